// The proof: every Python, Node and Java snippet, produced by the built CLI exactly as a user
// would, runs with its real SDK package against a mock Box API on 127.0.0.1, and the mock saw the
// right request with the right token. C# cannot run here; it is parsed and API-checked, and the
// matrix printed at the end says which is which.

import { randomInt } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TARGETS, generate, type Target } from '../src/core/index.js';
import { runCli } from './support/cli.js';
import { checkBoxApi, findConstWithRuntimeValue, parseCSharp } from './support/csharp/check-csharp.js';
import { DOTNET_LINES } from './support/dotnet-lines.js';
import { startMockBoxApi, type MockBoxApi } from './proof/mock-box-api.js';
import { ensureSdk, type InstalledSdk } from './proof/sdk-cache.js';
import { SDK_LINES, lineFor } from './proof/sdk-versions.js';
import { runProgram, type ProgramRun } from './proof/run-program.js';
import { makeTestTls, type TestTls } from './proof/tls.js';

const RUN_TIMEOUT_MS = 90_000;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randomToken = () => Array.from({ length: 32 }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('');
const randomClientId = () => Array.from({ length: 32 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[randomInt(36)]).join('');

type Mode = 'literal' | 'env' | 'env-unset';
interface ExecCase {
  name: string;
  target: Target;
  packageName: string;
  styleId: string;
  mode: Mode;
  withClient: boolean;
}

const runnable = (TARGETS as readonly Target[]).filter((target) => target.family !== 'dotnet');
const execCases: ExecCase[] = runnable.flatMap((target) =>
  target.packages.flatMap((pkg) =>
    target.styles.flatMap((style) => {
      const name = `${target.id} ${pkg.name}${target.styles.length > 1 ? ` ${style.id}` : ''}`;
      const base = { target, packageName: pkg.name, styleId: style.id };
      const cases: ExecCase[] = (['literal', 'env', 'env-unset'] as const).map((mode) => ({ ...base, name: `${name} ${mode}`, mode, withClient: false }));
      // Client credentials change the construction code: run them once per target and package.
      if (style.id === target.styles[0]!.id) {
        cases.push({ ...base, name: `${name} literal+client`, mode: 'literal', withClient: true });
        cases.push({ ...base, name: `${name} env+client`, mode: 'env', withClient: true });
      }
      return cases;
    }),
  ),
);

interface MatrixRow {
  row: string;
  result: string;
  ms: number | null;
}
const matrix: MatrixRow[] = [];
let tls: TestTls;
let mock: MockBoxApi;
let workDir: string;
const sdks = new Map<string, InstalledSdk>();

beforeAll(async () => {
  const started = Date.now();
  tls = await makeTestTls();
  mock = await startMockBoxApi({ tls, userId: String(randomInt(10_000_000, 99_999_999)) });
  workDir = await mkdtemp(join(tmpdir(), 'box-snippet-proof-'));
  // Installs run in parallel: they mostly wait on the registries.
  const installed = await Promise.all(SDK_LINES.map((line) => ensureSdk(line)));
  for (const sdk of installed) sdks.set(sdk.line.id, sdk);
  const summary = installed.map((sdk) => `  ${sdk.line.id.padEnd(32)} ${sdk.line.install.padEnd(34)} ${sdk.installed ? `installed in ${(sdk.installMs / 1000).toFixed(1)} s` : 'cached'}`);
  console.log(`SDK lines (setup ${((Date.now() - started) / 1000).toFixed(1)} s):\n${summary.join('\n')}`);
});

afterAll(async () => {
  await mock?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
  if (tls) await rm(tls.dir, { recursive: true, force: true });
  const width = Math.max(...matrix.map((row) => row.row.length));
  const lines = matrix.map((row) => `${row.row.padEnd(width)}  ${row.result}${row.ms === null ? '' : ` (${(row.ms / 1000).toFixed(1)} s)`}`);
  const substitutes = SDK_LINES.filter((line) => line.substitute).map((line) => `  ${line.standsFor}: run on ${line.install} (${line.substitute})`);
  console.log(`Proof matrix (target × package line × credential mode):\n${lines.join('\n')}\n${substitutes.length ? `Substitutions:\n${substitutes.join('\n')}` : ''}`);
});

function describeFailure(testCase: ExecCase, file: string, run: ProgramRun): string {
  return [
    `${testCase.name}: ${run.command} ${run.timedOut ? 'timed out' : `exited ${run.exitCode}`}`,
    `program: ${file}`,
    `stdout:\n${run.stdout.slice(-2000)}`,
    `stderr:\n${run.stderr.slice(-3000)}`,
    `mock saw: ${mock.requests.map((r) => `${r.method} ${r.path}${r.expected ? '' : ' (unexpected)'}`).join(', ') || 'nothing'}`,
  ].join('\n');
}

describe('every Python, Node and Java snippet runs against its real SDK', () => {
  it.each(execCases.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
    const sdk = sdks.get(lineFor(testCase.target.id, testCase.packageName).id)!;
    const style = testCase.target.styles.find((candidate) => candidate.id === testCase.styleId)!;
    const token = randomToken();
    const client = { id: randomClientId(), secret: randomToken() };
    // Node programs live inside the SDK's folder so `require`/`import` resolve as in a project.
    const dir = sdk.line.runtime === 'node' ? join(sdk.dir, 'programs', testCase.name.replace(/[^\w.-]+/g, '_')) : await mkdtemp(join(workDir, 'case-'));
    await mkdir(dir, { recursive: true });
    const file = join(dir, style.fileName);
    await rm(file, { force: true });

    const args = ['--lang', testCase.target.id, '--package', testCase.packageName, '--base-url', mock.url, '--out', file, '--quiet'];
    if (testCase.target.styles.length > 1) args.push('--module', testCase.styleId);
    if (testCase.mode === 'literal') {
      args.push('--token', token);
      if (testCase.withClient) args.push('--client-id', client.id, '--client-secret', client.secret);
    } else {
      args.push('--from-env');
      if (testCase.withClient) args.push('--with-client-credentials');
    }
    const cli = await runCli(args);
    expect(cli.code, cli.stderr).toBe(0);

    const env: Record<string, string> = {};
    if (testCase.mode === 'env') {
      env.BOX_DEVELOPER_TOKEN = token;
      if (testCase.withClient) Object.assign(env, { BOX_CLIENT_ID: client.id, BOX_CLIENT_SECRET: client.secret });
    }
    mock.reset();
    const run = await runProgram({ file, sdk, tls, env, timeoutMs: RUN_TIMEOUT_MS });
    const failure = describeFailure(testCase, file, run);
    const pkg = testCase.target.packages.find((candidate) => candidate.name === testCase.packageName)!;
    const row = [
      testCase.target.id,
      `${pkg.name} ${pkg.versionRange} (ran ${sdk.line.install})`,
      ...(testCase.target.styles.length > 1 ? [testCase.styleId] : []),
      `${testCase.mode}${testCase.withClient ? '+client' : ''}`,
    ].join(' | ');
    // Recorded before the assertions, so a failing case shows in the matrix as FAILED.
    const entry: MatrixRow = { row, result: 'FAILED', ms: run.durationMs };
    matrix.push(entry);

    if (testCase.mode === 'env-unset') {
      expect(run.exitCode, failure).not.toBe(0);
      expect(run.timedOut, failure).toBe(false);
      expect(run.stderr, failure).toContain('Set the BOX_DEVELOPER_TOKEN environment variable and run again.');
      expect(run.stdout, failure).not.toContain('My user ID is');
      expect(mock.requests, failure).toEqual([]);
      entry.result = 'executed: exits with the message when BOX_DEVELOPER_TOKEN is unset';
      return;
    }
    expect(run.exitCode, failure).toBe(0);
    expect(run.stdout, failure).toContain(`My user ID is ${mock.userId}`);
    const withToken = mock.requestsWithToken(token);
    expect(withToken.some((r) => r.method === 'GET' && r.path === '/2.0/users/me'), failure).toBe(true);
    expect(mock.requests.filter((r) => !r.expected), failure).toEqual([]);
    // Every request the program made carried the token: a developer token needs no token call.
    expect(mock.requests.length, failure).toBe(withToken.length);
    entry.result = 'executed';
  });
});

describe('C# snippets (no .NET SDK here): parsed and API-checked', () => {
  const dotnetCases = (TARGETS as readonly Target[])
    .filter((target) => target.family === 'dotnet')
    .flatMap((target) => target.packages.flatMap((pkg) => (['literal', 'env'] as const).map((mode) => ({ target, pkg: pkg.name, mode }))));
  it.each(dotnetCases.map((c) => [`${c.target.id} ${c.pkg} ${c.mode}`, c] as const))('%s', async (_name, c) => {
    const started = Date.now();
    const snippet = generate({
      target: c.target.id as 'dotnet',
      package: c.pkg as 'Box.V2.Core',
      credentials: c.mode === 'env' ? 'env' : { token: randomToken() },
      baseUrl: 'https://127.0.0.1:8443',
    });
    const line = DOTNET_LINES[`${c.target.id} ${c.pkg}`]!;
    expect((await parseCSharp(snippet.code)).problems).toEqual([]);
    expect(await checkBoxApi(snippet.code, line)).toEqual([]);
    expect(await findConstWithRuntimeValue(snippet.code)).toEqual([]);
    matrix.push({ row: `${c.target.id} | ${c.pkg} ${c.target.packages.find((p) => p.name === c.pkg)!.versionRange} | ${c.mode}`, result: `parsed + API-checked against ${line} (skipped running: no .NET SDK on this machine)`, ms: Date.now() - started });
  });
});

