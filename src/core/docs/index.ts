// Docs-site output in the formats docs platforms read, from the pure core: `box-snippet build
// --format mintlify|docusaurus` and the remark plugin both render through here.

import { renderDocusaurus, DOCUSAURUS_DEFAULTS, type DocusaurusOptions } from './docusaurus.js';
import { renderMintlify } from './mintlify.js';
import { renderPlain } from './plain.js';
import type { DocsFlavour } from './flavours.js';
import type { TabbedSnippet } from './tabs.js';

export interface RenderDocsOptions {
  /**
   * Show each program's excerpt (the client set-up and first call), with the complete program
   * one click away: Mintlify's <Accordion>, a <details> element elsewhere.
   */
  readonly excerpt?: boolean;
}

export function renderDocs(
  tabs: readonly TabbedSnippet[],
  flavour: DocsFlavour,
  docusaurus: Partial<DocusaurusOptions> = {},
  options: RenderDocsOptions = {},
): string {
  const excerpt = options.excerpt ?? false;
  if (flavour === 'mintlify') return renderMintlify(tabs, excerpt);
  if (flavour === 'docusaurus') return renderDocusaurus(tabs, { ...DOCUSAURUS_DEFAULTS, ...docusaurus }, excerpt);
  return renderPlain(tabs, excerpt);
}

export { docsTabs, type TabbedSnippet, type DocsSelection } from './tabs.js';
export { DOCS_FLOWS, SAMPLE_FILE_URL, offersFlow, optionIds, type DocsFlow } from './flows.js';
export { installBlocks, blockInfo, type DocsBlock, type InstallSource } from './install-blocks.js';
export type { DocusaurusOptions } from './docusaurus.js';
export { DOCS_FLAVOURS, type DocsFlavour } from './flavours.js';
export { parseBlockOptions, optionLineOffset, BlockOptionError, type BlockOptions } from './block-options.js';
export {
  BOX_SAMPLE_SOURCES,
  CURRENT_USER_OPERATION,
  X_AUTH_VARIANTS,
  type BoxSampleSource,
  type XAuthVariant,
} from './box-sources.js';
export { boxSampleFiles, renderBoxSampleFile, type BoxSample, type BoxSampleFile } from './box-samples.js';
export { lintSampleMarkers, type SampleMarker, type SampleMarkerProblem } from './sample-markers.js';
export { xCodeSamplesOverlay, sampleLabel, X_CODE_SAMPLE_OPERATIONS, type CodeSample } from './x-codesamples.js';
export { PAGE_PACKS, PAGE_PACK_IDS, type PagePack, type PackPage, type PagePackId } from './page-packs.js';
