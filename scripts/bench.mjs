#!/usr/bin/env node
// Measures what a user waits for: a single snippet from the CLI against a bare `node -e 0`, the
// whole docs build, and the in-process render time per snippet. Runs are interleaved so machine
// load affects every command alike. Run after `npm run build`.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'box-snippet.mjs');
const runs = Number(process.env.BENCH_RUNS ?? 21);
const token = 'FakeDeveloperToken00000000000001';

const commands = {
  'node -e 0': [process.execPath, ['-e', '0']],
  'box-snippet --lang python --token …': [process.execPath, [cli, '--lang', 'python', '--token', token, '--quiet']],
  'box-snippet --lang node --token … (prettier)': [
    process.execPath,
    [cli, '--lang', 'node', '--token', token, '--quiet'],
  ],
};

const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (let round = 0; round < runs + 2; round++) {
  for (const [name, [command, args]] of Object.entries(commands)) {
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr}`);
    if (round >= 2) times[name].push(ms); // the first two rounds warm the file cache
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const baseline = median(times['node -e 0']);
const rows = Object.entries(times).map(([name, values]) => [name, median(values), median(values) / baseline]);

const buildTimes = [];
for (let i = 0; i < 5; i++) {
  const out = join(mkdtempSync(join(tmpdir(), 'box-snippet-bench-')), 'docs');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, 'build', '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
  buildTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  rmSync(join(out, '..'), { recursive: true, force: true });
}

const { generateAll } = await import(join(root, 'dist', 'core', 'batch.js'));
generateAll('placeholder'); // warm
const renderRounds = 50;
const started = process.hrtime.bigint();
let count = 0;
for (let i = 0; i < renderRounds; i++) count += generateAll(i % 2 ? 'env' : 'placeholder').length;
const perSnippetMs = Number(process.hrtime.bigint() - started) / 1e6 / count;

console.log(
  `box-snippet bench: ${runs} interleaved runs each, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
console.log('| command | median | × node -e 0 |');
console.log('| --- | ---: | ---: |');
for (const [name, ms, ratio] of rows) console.log(`| \`${name}\` | ${ms.toFixed(0)} ms | ${ratio.toFixed(2)} |`);
console.log(`| \`box-snippet build\` (every snippet, median of 5) | ${median(buildTimes).toFixed(0)} ms | |`);
console.log(`| in-process render, per snippet (${count} renders) | ${(perSnippetMs * 1000).toFixed(0)} µs | |`);
