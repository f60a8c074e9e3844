#!/usr/bin/env node
// Bundles the CLI into one minified CommonJS file, dist/cli-bundle.cjs, started by the bin,
// dist/box-snippet.cjs (src/cli/bin.cjs), which keeps a V8 code cache of it per runtime. Node then
// reads one module instead of ~80 and, from the second run on, compiles almost none of it, which
// is most of a snippet's start-up time beyond Node's own. prettier, fs-extra and the prompt
// library stay outside and load only when a run needs them. The output depends only on the
// sources, so two builds of one commit pack the same bytes.

import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
const common = { bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' };
const templateSets = (await readdir(`${root}src/core/templates`))
  .filter((name) => name.endsWith('.generated.ts') && !/^(all|imports)\./.test(name))
  .map((name) => name.replace(/\.generated\.ts$/, ''));
await build({
  ...common,
  entryPoints: [`${root}src/cli/main.ts`],
  outfile: `${root}dist/cli-bundle.cjs`,
  external: ['prettier', 'fs-extra', '@inquirer/prompts'],
  // import() of those as require(): code run through vm.Script has no dynamic-import callback in
  // Node 20, and Node >= 20.19 requires ES modules.
  supported: { 'dynamic-import': false },
  define: { BOX_SNIPPET_VERSION: JSON.stringify(version) },
  plugins: [
    {
      // A run renders one target: its templates stay in files of their own (below), loaded on
      // demand, so the bundle V8 reads on every start holds none.
      name: 'templates-on-demand',
      setup(bundle) {
        bundle.onLoad({ filter: /[\\/]src[\\/]core[\\/]templates-eager\.ts$/ }, () => ({ contents: '', loader: 'ts' }));
        bundle.onResolve({ filter: /^\.\/[\w.-]+\.generated\.js$/ }, (args) =>
          args.importer.endsWith('imports.generated.ts')
            ? { path: `./cli-templates/${args.path.slice(2).replace(/\.generated\.js$/, '.cjs')}`, external: true }
            : undefined,
        );
      },
    },
  ],
});
await build({
  ...common,
  entryPoints: templateSets.map((set) => ({ in: `${root}src/core/templates/${set}.generated.ts`, out: set })),
  outdir: `${root}dist/cli-templates`,
  outExtension: { '.js': '.cjs' },
  // The set itself as module.exports: the bundle's import() of it, turned into require(), reads `default`.
  footer: { js: 'module.exports = module.exports.default;' },
  plugins: [
    {
      // A folder's partials common to its auth methods stay in a file of their own, read once.
      name: 'common-partials-once',
      setup(bundle) {
        bundle.onResolve({ filter: /^\.\/[\w-]+\.common\.generated\.js$/ }, (args) => ({
          path: `./cli-templates/${args.path.slice(2).replace(/\.generated\.js$/, '.cjs')}`,
          external: true,
        }));
      },
    },
  ],
});
// The bin names its cache folder after the content of every file it compiles through a cache (the
// bundle and each template set): V8 checks a cache only against its source's length, so a changed
// file must never meet an old cache.
const cachedFiles = ['cli-bundle.cjs', ...templateSets.map((set) => `cli-templates/${set}.cjs`).sort()];
const contentHash = createHash('sha256');
for (const file of cachedFiles) contentHash.update(`${file}\0`).update(await readFile(`${root}dist/${file}`));
const bundleHash = contentHash.digest('hex').slice(0, 16);
const binSource = await readFile(`${root}src/cli/bin.cjs`, 'utf8');
const placeholder = "const BUNDLE_ID = 'development';";
if (!binSource.includes(placeholder)) throw new Error(`src/cli/bin.cjs: no "${placeholder}" to fill in`);
const bin = `${root}dist/box-snippet.cjs`;
await writeFile(bin, binSource.replace(placeholder, `const BUNDLE_ID = '${version}-${bundleHash}';`));
await chmod(bin, 0o755);
