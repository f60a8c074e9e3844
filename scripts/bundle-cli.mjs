#!/usr/bin/env node
// Bundles the CLI into one minified CommonJS file, dist/cli-bundle.cjs, started by the bin,
// dist/box-snippet.cjs (src/cli/bin.cjs), from a V8 code cache written here. Node then reads one
// module instead of ~80 and compiles almost none of it, which is most of a snippet's start-up
// time beyond Node's own. prettier, fs-extra and the prompt and clipboard libraries stay
// outside and load only when a run needs them.

import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmod, copyFile, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
await build({
  entryPoints: [`${root}src/cli/main.ts`],
  outfile: `${root}dist/cli-bundle.cjs`,
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['prettier', 'fs-extra', '@inquirer/prompts', 'clipboardy'],
  // import() of those as require(): code run through vm.Script from a code cache has no
  // dynamic-import callback in Node 20, and Node >= 20.19 requires ES modules.
  supported: { 'dynamic-import': false },
  define: { BOX_SNIPPET_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
});
const bin = `${root}dist/box-snippet.cjs`;
await copyFile(`${root}src/cli/bin.cjs`, bin);
await chmod(bin, 0o755);

// In a process of its own, so the cache holds what a real run compiles and nothing else.
const cache = spawnSync(process.execPath, [`${root}scripts/write-code-cache.mjs`], { stdio: 'inherit' });
if (cache.status !== 0) process.exit(cache.status ?? 1);
