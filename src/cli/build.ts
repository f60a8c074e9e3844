// `box-snippet build`: writes every snippet for a docs site into a folder, deterministically
// (fixed order, no timestamps), through a temporary folder renamed into place at the end, so a
// failure never leaves a half-written docs tree.

import {
  DOCS_FLOWS,
  boxSampleFiles,
  lintSampleMarkers,
  renderBoxSampleFile,
  xCodeSamplesOverlay,
  X_CODE_SAMPLE_OPERATIONS,
  CURRENT_USER_OPERATION,
  SCHEMA_VERSION,
  type PagePackId,
} from '../core/index.js';
import { generateAll, type BatchEntry } from '../core/batch.js';
import { formatSnippet } from '../format.js';
import { renderMarkdown } from './render-output.js';
import { DOCS_BUILD_FORMATS, docsFiles, packFiles } from './docs-files.js';
import { replaceFolder } from './write-folder.js';

/** Box's docs build: sample Markdown for its SDK repositories, and an overlay for its OpenAPI file. */
const BOX_FORMATS = ['box-samples', 'x-codesamples'] as const;
export const BUILD_FORMATS = ['files', 'markdown', 'json', ...DOCS_BUILD_FORMATS, ...BOX_FORMATS] as const;
export type BuildFormat = (typeof BUILD_FORMATS)[number];
/** The formats whose programs --excerpt shortens; files and json always hold the whole Snippet. */
export const EXCERPT_FORMATS: readonly BuildFormat[] = ['markdown', ...DOCS_BUILD_FORMATS, ...BOX_FORMATS];

export interface BuildOptions {
  format: BuildFormat;
  credentials: 'placeholder' | 'env';
  excerpt: boolean;
  /** With format mintlify: the page pack to write instead of one file per auth method. */
  pack?: PagePackId;
}

/** What `build` writes, path to text, sorted: the same bytes on every run. */
export async function buildFiles(options: BuildOptions): Promise<Map<string, string>> {
  const { format, credentials, excerpt } = options;
  let files: Map<string, string>;
  if (options.pack !== undefined) files = await packFiles(options.pack, credentials, excerpt);
  else if (format === 'mintlify' || format === 'docusaurus') files = await docsFiles(format, credentials, excerpt);
  else if (format === 'box-samples') files = boxSamplesFiles(credentials, excerpt);
  else if (format === 'x-codesamples') {
    files = new Map([
      ['box-snippet.overlay.json', `${JSON.stringify(xCodeSamplesOverlay(credentials, excerpt), null, 2)}\n`],
    ]);
  } else {
    const entries = await Promise.all(
      generateAll(credentials).map(async (entry) => ({ ...entry, snippet: await formatSnippet(entry.snippet) })),
    );
    files = filesFor(entries, format, excerpt);
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export async function buildDocs(options: BuildOptions & { out: string; force: boolean }): Promise<number> {
  const files = await buildFiles(options);
  await replaceFolder(options.out, files, options.force);
  return files.size;
}

/** One file per repository; each is linted as Box's extractor would read it before it is written. */
function boxSamplesFiles(credentials: 'placeholder' | 'env', excerpt: boolean): Map<string, string> {
  const operationIds = new Set([
    CURRENT_USER_OPERATION.operationId,
    ...X_CODE_SAMPLE_OPERATIONS.map((o) => o.operationId),
  ]);
  const files = new Map<string, string>();
  for (const file of boxSampleFiles(credentials)) {
    const text = renderBoxSampleFile(file, excerpt);
    const { problems } = lintSampleMarkers(text, operationIds);
    if (problems.length > 0) throw new Error(`internal: ${file.path}:${problems[0]!.line}: ${problems[0]!.message}`);
    files.set(file.path, text);
  }
  return files;
}

function filesFor(entries: BatchEntry[], format: 'files' | 'markdown' | 'json', excerpt: boolean): Map<string, string> {
  const files = new Map<string, string>();
  const manifest = entries.map(({ path, flow, snippet }) => ({
    target: snippet.target,
    flow,
    auth: snippet.auth,
    clientOptions: snippet.clientOptions,
    package: snippet.package.name,
    packageId: snippet.package.id,
    versionRange: snippet.package.versionRange,
    style: snippet.style,
    file: format === 'files' ? path : undefined,
    fileName: snippet.fileName,
    languageTag: snippet.languageTag,
    install: snippet.install,
    run: snippet.run,
    envVars: snippet.envVars,
  }));
  if (format === 'files') {
    for (const { path, snippet } of entries) files.set(path, snippet.code);
  } else if (format === 'json') {
    files.set(
      'snippets.json',
      `${JSON.stringify(
        entries.map((entry) => entry.snippet),
        null,
        2,
      )}\n`,
    );
  } else {
    for (const flow of DOCS_FLOWS) {
      const list = entries.filter((entry) => entry.flow === flow.id);
      const title = `# ${flow.title}\n\n`;
      files.set(`${flow.id}.md`, title + list.map((entry) => renderMarkdown(entry.snippet, excerpt)).join('\n'));
    }
  }
  files.set('manifest.json', `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, programs: manifest }, null, 2)}\n`);
  return files;
}
