// What keeps start-up within its budget (`npm run bench` measures it): the bin runs the bundle
// from a V8 code cache that it writes itself, per exact runtime, into the user's cache folder;
// a run loads only its target's templates; and a JavaScript snippet starts without prettier where
// prettier would change nothing. A cache that is missing, corrupt, cut short or unwritable must
// only be slower, never wrong. (test/tarball.test.ts runs one cache folder under four Node builds.)

import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/core/index.js';
import { formatSnippet } from '../src/format.js';
import { FAKE } from './support/cases.js';
import { CLI, runCli } from './support/cli.js';

const root = join(import.meta.dirname, '..');
let homes: string;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/box-snippet.cjs is missing: run `npm run build` first (npm test does)');
  mkdirSync(join(root, '.cache'), { recursive: true });
  homes = mkdtempSync(join(root, '.cache', 'startup-test-'));
});
afterAll(() => {
  rmSync(homes, { recursive: true, force: true });
});

const RUNS = [['--lang', 'python', '--token', FAKE.token], ['--lang', 'ts', '--from-env'], ['list']];

/** Runs the bin with its caches under `cacheHome`. */
function run(args: string[], cacheHome: string) {
  return spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, XDG_CACHE_HOME: cacheHome },
  });
}

/** Loads the bundle in a fresh node with the caches under `cacheHome`; says whether V8 took its cache. */
function cacheTaken(cacheHome: string): boolean {
  const script = `const bin = require(${JSON.stringify(CLI)}); const modules = new bin.Modules(bin.cacheFolder()); modules.load(bin.BUNDLE); process.stdout.write(String(modules.loaded[0].cached))`;
  const result = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, XDG_CACHE_HOME: cacheHome },
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout === 'true';
}

/** The one folder of caches under `cacheHome`, and its files. */
function cacheFiles(cacheHome: string): { folder: string; files: string[] } {
  const builds = readdirSync(join(cacheHome, 'box-snippet'));
  expect(builds).toHaveLength(1);
  const folder = join(cacheHome, 'box-snippet', builds[0]!);
  return { folder, files: readdirSync(folder).sort() };
}

/** What the bin prints with no cache at all (its cache folder cannot be made). */
const expected = new Map<string[], ReturnType<typeof run>>();
function uncached(args: string[]) {
  if (!expected.has(args)) expected.set(args, run(args, '/dev/null/no-cache-here'));
  return expected.get(args)!;
}

function expectSameRuns(cacheHome: string): void {
  for (const args of RUNS) {
    const [want, got] = [uncached(args), run(args, cacheHome)];
    expect(want.status, want.stderr).toBe(0);
    expect(got.status, got.stderr).toBe(0);
    expect(got.stdout).toBe(want.stdout);
    expect(got.stderr).toBe(want.stderr);
  }
}

describe('the code cache', () => {
  it('is written by the first run, beside the templates that run used, and taken by the next', () => {
    const home = mkdtempSync(join(homes, 'first-'));
    expect(run(['--lang', 'python', '--token', FAKE.token], home).status).toBe(0);
    const { folder, files } = cacheFiles(home);
    // The program's module and its folder's common partials: nothing of another auth method or target.
    expect(files).toEqual(['cli-bundle.cache', 'python.common.cache', 'python.developer-token.cache']);
    expect(folder).toMatch(/box-snippet[\\/]\d+\.\d+\.\d+-[0-9a-f]{16}-[0-9a-f]{8}$/);
    expect(cacheTaken(home)).toBe(true);
    expectSameRuns(home);
    expect(cacheFiles(home).files).toEqual([
      'cli-bundle.cache',
      'node.common.cache',
      'node.developer-token.cache',
      'python.common.cache',
      'python.developer-token.cache',
    ]);
  });

  it.each([
    ['corrupt', (data: Buffer) => randomBytes(data.length)],
    ['cut short', (data: Buffer) => data.subarray(0, data.length >> 1)],
    ['empty', () => Buffer.alloc(0)],
  ])('%s: the CLI prints the same programs, and writes a good cache again', (_name, damage) => {
    const home = mkdtempSync(join(homes, 'damaged-'));
    expect(run(['list'], home).status).toBe(0);
    const cache = join(cacheFiles(home).folder, 'cli-bundle.cache');
    writeFileSync(cache, damage(readFileSync(cache)));
    expect(cacheTaken(home)).toBe(false);
    expectSameRuns(home);
    expect(cacheTaken(home)).toBe(true);
  });

  it('a cache folder that cannot be written only means no cache', () => {
    const home = join(homes, 'a-file');
    writeFileSync(home, 'not a folder');
    expectSameRuns(home);
  });

  it('is named after the content of every file it compiles: the bundle and each template set', () => {
    // V8 checks a cache against its source's length only: a template set changed to the same
    // length would otherwise run the old code from the cache.
    const dist = join(root, 'dist');
    const files = [
      'cli-bundle.cjs',
      ...readdirSync(join(dist, 'cli-templates'))
        .sort()
        .map((f) => `cli-templates/${f}`),
    ];
    const hash = createHash('sha256');
    for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(dist, file)));
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(createRequire(import.meta.url)(CLI).BUNDLE_ID).toBe(`${version}-${hash.digest('hex').slice(0, 16)}`);
  });

  it('leaves no caches of other builds behind', () => {
    const home = mkdtempSync(join(homes, 'upgrade-'));
    mkdirSync(join(home, 'box-snippet', '0.0.1-0123456789abcdef-01234567'), { recursive: true });
    expect(run(['list'], home).status).toBe(0);
    expect(cacheFiles(home).files).toEqual(['cli-bundle.cache']);
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
