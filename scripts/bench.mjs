#!/usr/bin/env node
// Measures what a user waits for: one snippet from the CLI against a bare `node -e 0`, on every
// Node build package.json's engines admits (scripts/node-versions.mjs), side by side; then the
// whole docs build and the in-process render time per snippet, on the Node running this script.
//
// The figure is CPU time (user + system, start-up included, reported by each process itself at
// exit), the median of interleaved runs, so machine load affects every command alike and wall
// time's noise on a shared machine stays out. NODE_EXTRA_CA_CERTS is unset for all runs (Node
// reads that file at start-up). The code caches live in a fresh folder: the first two rounds,
// not counted, write them, so the table is the steady state; the "no cache" row is a run whose
// cache folder cannot be written, as on a read-only home. Run after `npm run build`.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_VERSIONS, nodeBinary } from './node-versions.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'box-snippet.cjs');
const probe = ['--require', join(root, 'scripts', 'bench-cpu.cjs')];
const runs = Number(process.env.BENCH_RUNS ?? 21);
const budget = 1.5;
const token = 'FakeDeveloperToken00000000000001';
const cacheHome = mkdtempSync(join(tmpdir(), 'box-snippet-bench-'));
const env = { ...process.env, XDG_CACHE_HOME: cacheHome };
delete env.NODE_EXTRA_CA_CERTS;

const snippet = (...args) => [cli, ...args, '--token', token, '--quiet'];
const commands = [
  ['`node -e 0`', ['-e', '0']],
  ['python', snippet('--lang', 'python')],
  ['node (ts)', snippet('--lang', 'ts')],
  ['node-legacy', snippet('--lang', 'node-legacy')],
  ['java', snippet('--lang', 'java')],
  ['dotnet', snippet('--lang', 'dotnet')],
  ['curl', snippet('--lang', 'curl')],
  ['`list`', [cli, 'list']],
  ['`--version`', [cli, '--version']],
  ['python, no cache', snippet('--lang', 'python'), { XDG_CACHE_HOME: '/dev/null/no-cache' }],
];

const nodes = [];
for (const version of NODE_VERSIONS) nodes.push([version, await nodeBinary(version)]);
const cpu = new Map(); // `${version} ${name}` → CPU ms per run
for (let round = 0; round < runs + 2; round++) {
  for (const [version, node] of nodes) {
    for (const [name, args, extraEnv] of commands) {
      const result = spawnSync(node, [...probe, ...args], {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
        env: { ...env, ...extraEnv },
      });
      if (result.status !== 0) throw new Error(`${name} on Node ${version} failed: ${result.stderr}`);
      if (round < 2) continue; // the first two rounds warm the file cache and write the code caches
      const key = `${version} ${name}`;
      cpu.set(key, [...(cpu.get(key) ?? []), Number(String(result.output[3]).trim())]);
    }
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const baseline = new Map(nodes.map(([version]) => [version, median(cpu.get(`${version} ${commands[0][0]}`))]));

const buildTimes = [];
for (let i = 0; i < 5; i++) {
  const out = join(mkdtempSync(join(tmpdir(), 'box-snippet-bench-build-')), 'docs');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, 'build', '--out', out], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env,
  });
  buildTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  rmSync(join(out, '..'), { recursive: true, force: true });
}
rmSync(cacheHome, { recursive: true, force: true });

const { generateAll } = await import(join(root, 'dist', 'core', 'index.js'));
generateAll('placeholder'); // warm
const renderRounds = 50;
const started = process.hrtime.bigint();
let count = 0;
for (let i = 0; i < renderRounds; i++) count += generateAll(i % 2 ? 'env' : 'placeholder').length;
const perSnippetMs = Number(process.hrtime.bigint() - started) / 1e6 / count;

const date = new Date().toISOString().slice(0, 10);
console.log(
  `box-snippet bench, ${date}: ${cpus().length} × ${cpus()[0]?.model.trim()}; CPU time, median of ${runs} interleaved runs; × is the ratio to \`node -e 0\` on the same Node`,
);
console.log(`| \`box-snippet …\` | ${nodes.map(([version]) => `Node ${version}`).join(' | ')} |`);
console.log(`| --- | ${nodes.map(() => '---:').join(' | ')} |`);
let worst = 0;
for (const [name] of commands) {
  const cells = nodes.map(([version]) => {
    const ms = median(cpu.get(`${version} ${name}`));
    const ratio = ms / baseline.get(version);
    if (name !== commands[0][0] && !name.includes('no cache')) worst = Math.max(worst, ratio);
    return name === commands[0][0] ? `${ms.toFixed(1)} ms` : `${ms.toFixed(1)} ms (${ratio.toFixed(2)}×)`;
  });
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
console.log(
  `\n\`box-snippet build\` (every snippet, Node ${process.version}, wall time, median of 5): ${median(buildTimes).toFixed(0)} ms`,
);
console.log(`in-process render, per snippet (${count} renders): ${(perSnippetMs * 1000).toFixed(0)} µs`);
console.log(`worst ratio with its cache: ${worst.toFixed(2)} (budget ${budget.toFixed(2)})`);
if (worst > budget) {
  console.error(`over the start-up budget of ${budget} × node -e 0`);
  process.exitCode = 1;
}
