// `box-snippet build`: writes every snippet for a docs site into a folder, deterministically
// (fixed order, no timestamps), through a temporary folder renamed into place at the end, so a
// failure never leaves a half-written docs tree.

import { AUTH_METHOD_TABLE, type AuthMethodId } from '../core/index.js';
import { generateAll, type BatchEntry } from '../core/batch.js';
import { formatSnippet } from '../format.js';
import { renderMarkdown } from './render-output.js';
import { DOCS_BUILD_FORMATS, docsFiles } from './docs-files.js';
import { replaceFolder } from './write-folder.js';

export const BUILD_FORMATS = ['files', 'markdown', 'json', ...DOCS_BUILD_FORMATS] as const;
export type BuildFormat = (typeof BUILD_FORMATS)[number];

export async function buildDocs(options: {
  out: string;
  format: BuildFormat;
  credentials: 'placeholder' | 'env';
  force: boolean;
}): Promise<number> {
  const entries = await Promise.all(
    generateAll(options.credentials).map(async (entry) => ({ ...entry, snippet: await formatSnippet(entry.snippet) })),
  );
  const { format } = options;
  const files =
    format === 'mintlify' || format === 'docusaurus'
      ? await docsFiles(format, options.credentials)
      : filesFor(entries, format);
  await replaceFolder(options.out, files, options.force);
  return files.size;
}

function filesFor(
  entries: BatchEntry[],
  format: Exclude<BuildFormat, (typeof DOCS_BUILD_FORMATS)[number]>,
): Map<string, string> {
  const files = new Map<string, string>();
  const manifest = entries.map(({ path, snippet }) => ({
    target: snippet.target,
    auth: snippet.auth,
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
    const byAuth = new Map<AuthMethodId, BatchEntry[]>();
    for (const entry of entries) byAuth.set(entry.snippet.auth, [...(byAuth.get(entry.snippet.auth) ?? []), entry]);
    for (const [auth, list] of byAuth) {
      const title = `# ${AUTH_METHOD_TABLE[auth].title}\n\n`;
      files.set(`${auth}.md`, title + list.map((entry) => renderMarkdown(entry.snippet)).join('\n'));
    }
  }
  files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
