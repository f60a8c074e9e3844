#!/usr/bin/env node
// Builds the playground into site/: a static page (HTML, CSS and one script bundled from the
// browser-safe core), with no server code. Open site/index.html through any static server.

import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}site`;
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: [`${root}playground/playground.ts`],
  outfile: `${out}/playground.js`,
  bundle: true,
  platform: 'browser',
  format: 'esm',
  minify: true,
  target: 'es2022',
  logLevel: 'warning',
});
await copyFile(`${root}playground/index.html`, `${out}/index.html`);
await copyFile(`${root}playground/style.css`, `${out}/style.css`);
console.error(`built the playground into ${out}`);
