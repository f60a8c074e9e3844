#!/usr/bin/env node
// Measures what a user waits for: one snippet from the CLI, for every target, against a bare
// `node -e 0`; the whole docs build; and the in-process render time per snippet. Runs are
// interleaved so machine load affects every command alike, and NODE_EXTRA_CA_CERTS is unset for
// all of them (Node reads that file at start-up). Run after `npm run build`.
//
// BENCH_BEFORE=<path of an older dist/box-snippet.cjs> times that build too, in the same rounds,
// for a before/after table on the same machine in the same run.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'box-snippet.cjs');
const before = process.env.BENCH_BEFORE;
const runs = Number(process.env.BENCH_RUNS ?? 21);
const token = 'FakeDeveloperToken00000000000001';
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

const snippets = [
  ['python', ['--lang', 'python']],
  ['python-legacy', ['--lang', 'python-legacy']],
  ['node (cjs)', ['--lang', 'node']],
  ['node (ts)', ['--lang', 'ts']],
  ['node-legacy', ['--lang', 'node-legacy']],
  ['java', ['--lang', 'java']],
  ['java-legacy', ['--lang', 'java-legacy']],
  ['dotnet', ['--lang', 'dotnet']],
  ['dotnet-legacy', ['--lang', 'dotnet-legacy']],
];
const commands = [['node -e 0', ['-e', '0']]];
for (const [name, args] of snippets) {
  if (before) commands.push([`before: ${name}`, [before, ...args, '--token', token, '--quiet']]);
  commands.push([before ? `after: ${name}` : name, [cli, ...args, '--token', token, '--quiet']]);
}

const times = new Map(commands.map(([name]) => [name, []]));
for (let round = 0; round < runs + 2; round++) {
  for (const [name, args] of commands) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr}`);
    if (round >= 2) times.get(name).push(ms); // the first two rounds warm the file cache
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const baseline = median(times.get('node -e 0'));

const buildTimes = [];
for (let i = 0; i < 5; i++) {
  const out = join(mkdtempSync(join(tmpdir(), 'box-snippet-bench-')), 'docs');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, 'build', '--out', out], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env,
  });
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

const date = new Date().toISOString().slice(0, 10);
console.log(
  `box-snippet bench, ${date}: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, median of ${runs} interleaved runs`,
);
console.log('| command (`box-snippet --lang … --token … --quiet`) | median | × `node -e 0` |');
console.log('| --- | ---: | ---: |');
for (const [name, values] of times)
  console.log(`| ${name} | ${median(values).toFixed(0)} ms | ${(median(values) / baseline).toFixed(2)} |`);
console.log(`| \`box-snippet build\` (every snippet, median of 5) | ${median(buildTimes).toFixed(0)} ms | |`);
console.log(`| in-process render, per snippet (${count} renders) | ${(perSnippetMs * 1000).toFixed(0)} µs | |`);
const worst = Math.max(
  ...[...times]
    .filter(([name]) => name !== 'node -e 0' && !name.startsWith('before:'))
    .map(([, values]) => median(values) / baseline),
);
console.log(`worst ratio: ${worst.toFixed(2)} (budget 1.50)`);
if (worst > 1.5) {
  console.error('over the start-up budget of 1.5 × node -e 0');
  process.exitCode = 1;
}
