// Docs-site output in the formats docs platforms read, from the pure core: `box-snippet build
// --format mintlify|docusaurus` and the remark plugin both render through here.

import { renderDocusaurus, DOCUSAURUS_DEFAULTS, type DocusaurusOptions } from './docusaurus.js';
import { renderMintlify } from './mintlify.js';
import { renderPlain } from './plain.js';
import type { DocsFlavour } from './flavours.js';
import type { TabbedSnippet } from './tabs.js';

export function renderDocs(
  tabs: readonly TabbedSnippet[],
  flavour: DocsFlavour,
  docusaurus: Partial<DocusaurusOptions> = {},
): string {
  if (flavour === 'mintlify') return renderMintlify(tabs);
  if (flavour === 'docusaurus') return renderDocusaurus(tabs, { ...DOCUSAURUS_DEFAULTS, ...docusaurus });
  return renderPlain(tabs);
}

export { docsTabs, type TabbedSnippet, type DocsSelection } from './tabs.js';
export { installBlocks, type DocsBlock } from './install-blocks.js';
export type { DocusaurusOptions } from './docusaurus.js';
export { DOCS_FLAVOURS, type DocsFlavour } from './flavours.js';
export { parseBlockOptions, optionLineOffset, BlockOptionError, type BlockOptions } from './block-options.js';
