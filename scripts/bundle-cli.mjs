#!/usr/bin/env node
// Bundles the CLI into one file: Node then resolves and reads one module instead of ~80 (yargs,
// the Handlebars runtime, the core), which is most of a snippet's start-up time beyond Node's
// own. prettier, fs-extra and the prompt and clipboard libraries stay outside and load only
// when a JavaScript target, --out or interactive mode needs them.

import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}dist/box-snippet.mjs`;
await build({
  entryPoints: [`${root}src/cli/main.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['prettier', 'fs-extra', '@inquirer/prompts', 'clipboardy'],
  // Handlebars and yargs' CommonJS parts call require(); give the ES module one.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
await chmod(outfile, 0o755);
