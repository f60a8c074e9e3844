#!/usr/bin/env node
// Writes dist/cli-bundle.cache: V8's code cache for the CLI bundle, taken after running the
// commands users run most (one program per target family, `list`), so the functions those runs
// compile lazily are in it too. Run by scripts/bundle-cli.mjs after each bundle.

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { CODE_CACHE, loadBundle } = createRequire(import.meta.url)('../dist/box-snippet.cjs');

const token = 'CodeCacheWarmUpToken000000000001';
const runs = [
  ['--lang', 'python', '--token', token],
  ['--lang', 'node', '--token', token],
  ['--lang', 'ts', '--from-env'],
  ['--lang', 'java', '--auth', 'ccg', '--from-env'],
  ['--lang', 'dotnet', '--sdk', 'legacy'],
  ['list'],
];
const { script, exports } = loadBundle(undefined);
const write = { stdout: process.stdout.write, stderr: process.stderr.write };
process.stdout.write = process.stderr.write = (_chunk, encoding, callback) => {
  (typeof encoding === 'function' ? encoding : callback)?.();
  return true;
};
const codes = [];
for (const args of runs) codes.push(await exports.main(args));
process.stdout.write = write.stdout;
process.stderr.write = write.stderr;
if (codes.some((code) => code !== 0)) throw new Error(`a warm-up run failed: exit codes ${codes.join(', ')}`);
const data = script.createCachedData();
writeFileSync(CODE_CACHE, data);
console.log(`wrote ${CODE_CACHE.replace(/.*\/dist\//, 'dist/')} (${Math.round(data.length / 1024)} KB)`);
