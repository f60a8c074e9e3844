// `box-snippet build --format mintlify|docusaurus`: one MDX file per flow (DOCS_FLOWS: each auth
// method, each client option), holding the install tabs and the program tabs of every target
// that can write it, plus a manifest of what each file holds.

import {
  DOCS_FLOWS,
  PAGE_PACKS,
  SCHEMA_VERSION,
  docsTabs,
  renderDocs,
  type DocsFlavour,
  type DocsSelection,
  type PagePackId,
  type TabbedSnippet,
} from '../core/index.js';
import { formatSnippet } from '../format.js';

export const DOCS_BUILD_FORMATS = ['mintlify', 'docusaurus'] as const satisfies readonly DocsFlavour[];

async function formattedTabs(selection: DocsSelection): Promise<TabbedSnippet[]> {
  return Promise.all(docsTabs(selection).map(async (tab) => ({ ...tab, snippet: await formatSnippet(tab.snippet) })));
}

export async function docsFiles(
  flavour: DocsFlavour,
  credentials: 'placeholder' | 'env',
  excerpt = false,
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const manifest = [];
  for (const flow of DOCS_FLOWS) {
    const { auth } = flow;
    const file = `${flow.id}.mdx`;
    const tabs = await formattedTabs({ auth, credentials, options: flow.options });
    files.set(file, renderDocs(tabs, flavour, {}, { excerpt }));
    for (const { label, snippet } of tabs) {
      manifest.push({
        file,
        tabLabel: label,
        target: snippet.target,
        flow: flow.id,
        auth,
        clientOptions: snippet.clientOptions,
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
  files.set('manifest.json', `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, tabs: manifest }, null, 2)}\n`);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * A page pack, written into the pack's folder of the docs repository (`--out` names it): one
 * Mintlify snippet per flow, and `pages.json`, which says for each page the import line, the
 * component to place and where.
 */
export async function packFiles(
  id: PagePackId,
  credentials: 'placeholder' | 'env',
  excerpt: boolean,
): Promise<Map<string, string>> {
  const pack = PAGE_PACKS.find((candidate) => candidate.id === id)!;
  const files = new Map<string, string>();
  for (const page of pack.pages) {
    const path = `${page.snippet}.mdx`;
    if (files.has(path)) continue;
    const subject = 'subject' in page ? page.subject : undefined;
    const options = 'options' in page ? page.options : {};
    const tabs = await formattedTabs({ auth: page.auth, credentials, options, ...(subject ? { subject } : {}) });
    files.set(path, renderDocs(tabs, 'mintlify', {}, { excerpt }));
  }
  const pages = pack.pages.map((page) => ({
    page: page.page,
    snippet: `${pack.folder}/${page.snippet}.mdx`,
    import: `import ${page.component} from "/${pack.folder}/${page.snippet}.mdx";`,
    component: `<${page.component} />`,
    where: page.where,
  }));
  files.set('pages.json', `${JSON.stringify({ pack: pack.id, folder: pack.folder, pages }, null, 2)}\n`);
  return files;
}
