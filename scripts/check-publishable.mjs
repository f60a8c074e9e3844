#!/usr/bin/env node
// Run by `npm publish` (prepublishOnly), never by `npm pack`: refuses to publish a package whose
// npm page would have broken links. npm resolves the README's relative links and its screenshot
// against `repository`, and its page links `homepage` and `bugs`; the project's public address is
// its owner's to give, so the check names what to set rather than guessing it.
//
// Usage: node scripts/check-publishable.mjs [package.json]   exit 0: publishable; 1: what is missing.

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const path = process.argv[2] ?? fileURLToPath(new URL('../package.json', import.meta.url));
const manifest = JSON.parse(await readFile(path, 'utf8'));

const REQUIRED = {
  repository: (value) => typeof (value?.url ?? value) === 'string' && (value?.url ?? value) !== '',
  homepage: (value) => typeof value === 'string' && /^https:\/\//.test(value),
  bugs: (value) => typeof (value?.url ?? value) === 'string' && /^https:\/\//.test(value?.url ?? value),
};
const missing = Object.entries(REQUIRED)
  .filter(([field, valid]) => !valid(manifest[field]))
  .map(([field]) => field);

if (missing.length > 0) {
  process.stderr.write(
    `${path}: set ${missing.join(', ')} before publishing: the npm page resolves the README's relative links and screenshot against repository, and links homepage and bugs\n`,
  );
  process.exit(1);
}
