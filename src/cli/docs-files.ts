// `box-snippet build --format mintlify|docusaurus`: one MDX file per auth method, holding the
// install tabs and the program tabs of every target that supports it, plus a manifest of what
// each file holds.

import { AUTH_METHODS, docsTabs, renderDocs, type DocsFlavour } from '../core/index.js';
import { formatSnippet } from '../format.js';

export const DOCS_BUILD_FORMATS = ['mintlify', 'docusaurus'] as const satisfies readonly DocsFlavour[];

export async function docsFiles(
  flavour: DocsFlavour,
  credentials: 'placeholder' | 'env',
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const manifest = [];
  for (const auth of AUTH_METHODS) {
    const file = `${auth}.mdx`;
    const tabs = await Promise.all(
      docsTabs({ auth, credentials }).map(async (tab) => ({ ...tab, snippet: await formatSnippet(tab.snippet) })),
    );
    files.set(file, renderDocs(tabs, flavour));
    for (const { label, snippet } of tabs) {
      manifest.push({
        file,
        tabLabel: label,
        target: snippet.target,
        auth,
        credentialMode: credentials,
        package: snippet.package.name,
        versionRange: snippet.package.versionRange,
        style: snippet.style,
        fileName: snippet.fileName,
        languageTag: snippet.languageTag,
        install: snippet.install,
        run: snippet.run,
        envVars: snippet.envVars,
      });
    }
  }
  files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
