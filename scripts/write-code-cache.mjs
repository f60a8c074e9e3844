#!/usr/bin/env node
// Writes dist/cli-bundle.cache: V8's code cache for the CLI bundle, taken after running the
// commands users run most (one program per target family, `list`), so the functions those runs
// compile lazily are in it too. Run by scripts/bundle-cli.mjs after each bundle.

import fs from 'node:fs';
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
// The warm-up runs write with fs.writeSync to descriptors 1 and 2; keep their output out of the build log.
const writeSync = fs.writeSync;
fs.writeSync = (fd, buffer, ...rest) =>
  fd === 1 || fd === 2 ? buffer.length - (typeof rest[0] === 'number' ? rest[0] : 0) : writeSync(fd, buffer, ...rest);
const codes = [];
for (const args of runs) codes.push(await exports.main(args));
fs.writeSync = writeSync;
if (codes.some((code) => code !== 0)) throw new Error(`a warm-up run failed: exit codes ${codes.join(', ')}`);
const data = script.createCachedData();
fs.writeFileSync(CODE_CACHE, data);
console.log(`wrote ${CODE_CACHE.replace(/.*\/dist\//, 'dist/')} (${Math.round(data.length / 1024)} KB)`);
