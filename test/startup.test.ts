// What keeps start-up within its budget (`npm run bench` measures it): the bin runs the bundle
// from a V8 code cache made at build time, and a JavaScript snippet starts without prettier
// where prettier would change nothing. A cache that is missing, stale or corrupt must only be
// slower, never wrong.

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/core/index.js';
import { formatSnippet } from '../src/format.js';
import { FAKE } from './support/cases.js';
import { CLI, runCli } from './support/cli.js';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
let copies: string;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/box-snippet.cjs is missing: run `npm run build` first (npm test does)');
  // Inside the project, so the copies find prettier and fs-extra in node_modules as dist/ does.
  mkdirSync(join(root, '.cache'), { recursive: true });
  copies = mkdtempSync(join(root, '.cache', 'startup-test-'));
});
afterAll(() => {
  rmSync(copies, { recursive: true, force: true });
});

/** Loads a bin's bundle in a fresh node and says whether V8 turned its code cache down. */
function cacheRejected(bin: string): string {
  const script = `process.stdout.write(String(require(${JSON.stringify(bin)}).loadBundle().script.cachedDataRejected))`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** A copy of the bin and bundle with the given cache (or none). */
function copyWithCache(name: string, cache: Buffer | 'none' | 'shipped', changeBundle = false): string {
  const folder = join(copies, name);
  mkdirSync(folder);
  copyFileSync(join(dist, 'box-snippet.cjs'), join(folder, 'box-snippet.cjs'));
  copyFileSync(join(dist, 'cli-bundle.cjs'), join(folder, 'cli-bundle.cjs'));
  if (cache === 'shipped') copyFileSync(join(dist, 'cli-bundle.cache'), join(folder, 'cli-bundle.cache'));
  else if (cache !== 'none') writeFileSync(join(folder, 'cli-bundle.cache'), cache);
  if (changeBundle) appendFileSync(join(folder, 'cli-bundle.cjs'), '\n// a later build\n');
  return join(folder, 'box-snippet.cjs');
}

describe('the code cache', () => {
  it('is shipped in dist and V8 takes it', () => {
    expect(existsSync(join(dist, 'cli-bundle.cache'))).toBe(true);
    expect(cacheRejected(CLI)).toBe('false');
  });

  it.each([
    ['missing', () => copyWithCache('missing', 'none'), 'undefined'],
    ['corrupt', () => copyWithCache('corrupt', randomBytes(4096)), 'true'],
    ['stale (the bundle changed after it was made)', () => copyWithCache('stale', 'shipped', true), 'true'],
  ])('%s: the CLI prints the same programs', async (_name, makeCopy, rejected) => {
    const bin = makeCopy();
    expect(cacheRejected(bin)).toBe(rejected);
    for (const args of [['--lang', 'python', '--token', FAKE.token], ['--lang', 'ts', '--from-env'], ['list']]) {
      const [expected, got] = [
        spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' }),
        spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' }),
      ];
      expect(got.status, got.stderr).toBe(0);
      expect(got.stdout).toBe(expected.stdout);
      expect(got.stderr).toBe(expected.stderr);
    }
  });
});

describe('prettier at start-up', () => {
  const blockPrettier = ['--require', join(import.meta.dirname, 'support', 'block-prettier.cjs')];

  it.each([
    [['--lang', 'node', '--token', FAKE.token], { target: 'node', style: 'cjs', credentials: { token: FAKE.token } }],
    [
      [
        '--lang',
        'ts',
        '--auth',
        'ccg',
        '--client-id',
        FAKE.clientId,
        '--client-secret',
        FAKE.clientSecret,
        '--enterprise-id',
        FAKE.enterpriseId,
      ],
      {
        target: 'node',
        style: 'ts',
        auth: 'ccg',
        credentials: { clientId: FAKE.clientId, clientSecret: FAKE.clientSecret, enterpriseId: FAKE.enterpriseId },
      },
    ],
    [
      ['--lang', 'js', '--sdk', 'legacy', '--from-env', '--base-url', 'https://box-proxy.example.com'],
      { target: 'node-legacy', style: 'cjs', credentials: 'env', baseUrl: 'https://box-proxy.example.com' },
    ],
  ] as const)('%j is not loaded, and the program is what prettier prints', async (args, options) => {
    const result = await runCli([...args], { nodeArgs: blockPrettier });
    expect(result.code, result.stderr).toBe(0);
    const expected = await formatSnippet(generate(options as Parameters<typeof generate>[0]));
    expect(result.stdout).toBe(expected.code);
  });

  it('is loaded where a value could change the formatting (the block above is real)', async () => {
    const args = ['--lang', 'node', '--no-validate', '--token', 'say "hi"'];
    const blocked = await runCli(args, { nodeArgs: blockPrettier });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('prettier is blocked in this run');
    const result = await runCli(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`const DEVELOPER_TOKEN = 'say "hi"';`);
  });
});
