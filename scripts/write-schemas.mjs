#!/usr/bin/env node
// Writes the JSON Schemas of box-snippet's JSON outputs (src/core/schemas.ts) into dist/schemas/,
// where the package exports them as box-snippet/schemas/snippet.json, …/targets.json and
// …/manifest.json. Run by
// `npm run build` after TypeScript.

import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { snippetSchema, targetsSchema, manifestSchema } = await import(`${root}dist/core/schemas.js`);
await mkdir(`${root}dist/schemas`, { recursive: true });
for (const [name, schema] of [
  ['snippet', snippetSchema()],
  ['targets', targetsSchema()],
  ['manifest', manifestSchema()],
]) {
  await writeFile(`${root}dist/schemas/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
}
