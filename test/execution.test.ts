// The proof: every Python, Node and Java snippet, produced by the built CLI exactly as a user
// would, runs with its real SDK package against a mock Box API on 127.0.0.1, and the mock saw the
// right token request (for CCG, JWT and OAuth 2.0) and the right API call with the right token.
// C# cannot run here; it is parsed and API-checked, and the matrix printed at the end says which
// is which.

import { randomInt } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH_METHOD_TABLE, CREDENTIAL_INPUTS, TARGETS, credentialNames, generateFromRequest, packageId, type AuthMethodId, type Target } from '../src/core/index.js';
import { runCli } from './support/cli.js';
import { checkBoxApi, findConstWithRuntimeValue, parseCSharp } from './support/csharp/check-csharp.js';
import { DOTNET_LINES } from './support/dotnet-lines.js';
import { authorizationCodeGrant, clientCredentialsGrant, jwtGrant, makeJwtApp, type JwtApp } from './proof/grants.js';
import { startMockBoxApi, type MockBoxApi } from './proof/mock-box-api.js';
import { ensureSdk, type InstalledSdk } from './proof/sdk-cache.js';
import { PROOF_SDKS, SDK_LINES, lineFor } from './proof/sdk-versions.js';
import { runProgram, type ProgramRun } from './proof/run-program.js';
import { makeTestTls, type TestTls } from './proof/tls.js';

const RUN_TIMEOUT_MS = 90_000;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randomToken = () => Array.from({ length: 32 }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('');
const randomClientId = () => Array.from({ length: 32 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[randomInt(36)]).join('');
const randomDigits = () => String(randomInt(100_000, 99_999_999));

type Mode = 'literal' | 'env' | 'env-unset';
type Subject = 'enterprise' | 'user' | null;
interface ExecCase {
  name: string;
  target: Target;
  packageName: string;
  styleId: string;
  auth: AuthMethodId;
  mode: Mode;
  subject: Subject;
  withClient: boolean;
}

/**
 * Per auth method: the runs each target × package × style gets. Both subjects and both modes
 * are covered without running every combination of the two.
 */
const RUNS: Record<AuthMethodId, { mode: Mode; subject: Subject; withClient?: boolean; firstStyleOnly?: boolean }[]> = {
  'developer-token': [
    { mode: 'literal', subject: null },
    { mode: 'env', subject: null },
    { mode: 'env-unset', subject: null },
    { mode: 'literal', subject: null, withClient: true, firstStyleOnly: true },
    { mode: 'env', subject: null, withClient: true, firstStyleOnly: true },
  ],
  ccg: [
    { mode: 'literal', subject: 'enterprise' },
    { mode: 'env', subject: 'user' },
    { mode: 'env-unset', subject: 'enterprise', firstStyleOnly: true },
  ],
  jwt: [
    { mode: 'literal', subject: 'user' },
    { mode: 'env', subject: 'enterprise' },
    { mode: 'env-unset', subject: 'enterprise', firstStyleOnly: true },
  ],
  oauth: [
    { mode: 'literal', subject: null },
    { mode: 'env', subject: null },
    { mode: 'env-unset', subject: null, firstStyleOnly: true },
  ],
};

const runnable = (TARGETS as readonly Target[]).filter((target) => target.family !== 'dotnet');
const execCases: ExecCase[] = runnable.flatMap((target) =>
  target.authMethods.flatMap((auth) =>
    target.packages.flatMap((pkg) =>
      target.styles.flatMap((style, styleIndex) =>
        RUNS[auth]
          .filter((run) => !run.firstStyleOnly || styleIndex === 0)
          .map((run) => ({
            name: [target.id, packageId(pkg), ...(target.styles.length > 1 ? [style.id] : []), auth, run.mode, run.subject ? `as ${run.subject}` : '', run.withClient ? '+client' : '']
              .filter(Boolean)
              .join(' '),
            target,
            packageName: packageId(pkg),
            styleId: style.id,
            auth,
            mode: run.mode,
            subject: run.subject,
            withClient: run.withClient ?? false,
          })),
      ),
    ),
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
let jwtApp: JwtApp;
const sdks = new Map<string, InstalledSdk>();

beforeAll(async () => {
  const started = Date.now();
  tls = await makeTestTls();
  mock = await startMockBoxApi({ tls, userId: String(randomInt(10_000_000, 99_999_999)) });
  workDir = await mkdtemp(join(tmpdir(), 'box-snippet-proof-'));
  jwtApp = await makeJwtApp(tls.dir);
  // Installs run in parallel: they mostly wait on the registries.
  const installed = await Promise.all(SDK_LINES.map((line) => ensureSdk(line)));
  for (const sdk of installed) sdks.set(sdk.line.id, sdk);
  const summary = installed.map((sdk) => `  ${sdk.line.id.padEnd(32)} ${sdk.line.install.padEnd(34)} ${sdk.version.padEnd(9)} ${sdk.installed ? `installed in ${(sdk.installMs / 1000).toFixed(1)} s` : 'cached'}`);
  console.log(`SDK lines, ${PROOF_SDKS === 'latest' ? 'newest release within each pinned major' : 'pinned'} (setup ${((Date.now() - started) / 1000).toFixed(1)} s):\n${summary.join('\n')}`);
});

afterAll(async () => {
  await mock?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
  if (tls) await rm(tls.dir, { recursive: true, force: true });
  const width = Math.max(...matrix.map((row) => row.row.length));
  const lines = matrix.map((row) => `${row.row.padEnd(width)}  ${row.result}${row.ms === null ? '' : ` (${(row.ms / 1000).toFixed(1)} s)`}`);
  const substitutes = SDK_LINES.filter((line) => line.substitute).map((line) => `  ${line.standsFor}: run on ${line.install} (${line.substitute})`);
  const executed = matrix.filter((row) => row.result.startsWith('executed')).length;
  const parsed = matrix.filter((row) => row.result.startsWith('parsed')).length;
  const failed = matrix.filter((row) => row.result === 'FAILED').length;
  console.log(
    `Proof matrix (target | package line | style | auth | credential mode):\n${lines.join('\n')}\n` +
      `${executed} executed, ${parsed} parsed, ${failed} failed\n${substitutes.length ? `Substitutions:\n${substitutes.join('\n')}` : ''}`,
  );
});

function describeFailure(testCase: ExecCase, file: string, run: ProgramRun): string {
  return [
    `${testCase.name}: ${run.command} ${run.timedOut ? 'timed out' : `exited ${run.exitCode}`}`,
    `program: ${file}`,
    `stdout:\n${run.stdout.slice(-2000)}`,
    `stderr:\n${run.stderr.slice(-3000)}`,
    `mock saw: ${mock.requests.map((r) => `${r.method} ${r.path}${r.expected ? '' : ` (unexpected${r.rejection ? `: ${r.rejection}` : ''})`}`).join(', ') || 'nothing'}`,
  ].join('\n');
}

/** The CLI arguments, program environment and mock grant for one case. */
function arrange(testCase: ExecCase) {
  const app = testCase.auth === 'jwt' ? { clientId: jwtApp.clientId, clientSecret: jwtApp.clientSecret } : { clientId: randomClientId(), clientSecret: randomToken() };
  const token = randomToken();
  const userId = randomDigits();
  const enterpriseId = testCase.auth === 'jwt' ? jwtApp.enterpriseId : randomDigits();
  const code = randomToken();
  const values: Record<string, string> = {
    token,
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    enterpriseId,
    userId,
    jwtConfigPath: jwtApp.configPath,
  };
  const method = AUTH_METHOD_TABLE[testCase.auth];
  const names = credentialNames(method, testCase.subject, testCase.withClient);
  const args: string[] = ['--auth', testCase.auth];
  const env: Record<string, string> = {};
  if (testCase.mode === 'literal') {
    for (const name of names) args.push(CREDENTIAL_INPUTS[name].flag, values[name]!);
  } else {
    args.push('--from-env');
    if (testCase.withClient) args.push('--with-client-credentials');
    if (testCase.subject === 'user') args.push('--as', 'user');
    if (testCase.mode === 'env') for (const name of names) env[CREDENTIAL_INPUTS[name].envVar] = values[name]!;
  }
  const subjectId = testCase.subject === 'user' ? userId : enterpriseId;
  const grantFor = {
    'developer-token': () => null,
    ccg: () => ['client_credentials', clientCredentialsGrant(app, testCase.subject!, subjectId)] as const,
    // The generated Node SDK signs its assertion without a `kid` header; every other line sends it.
    jwt: () => ['urn:ietf:params:oauth:grant-type:jwt-bearer', jwtGrant(jwtApp, testCase.subject!, subjectId, testCase.target.id !== 'node')] as const,
    oauth: () => ['authorization_code', authorizationCodeGrant(app, code)] as const,
  }[testCase.auth]();
  const programArgs = testCase.auth === 'oauth' ? [code] : [];
  const firstEnvVar = CREDENTIAL_INPUTS[names[0]!].envVar;
  return { args, env, token, grantFor, programArgs, firstEnvVar };
}

describe('every Python, Node and Java snippet runs against its real SDK', () => {
  it.each(execCases.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
    const sdk = sdks.get(lineFor(testCase.target.id, testCase.packageName).id)!;
    const style = testCase.target.styles.find((candidate) => candidate.id === testCase.styleId)!;
    // Node programs live inside the SDK's folder so `require`/`import` resolve as in a project.
    const dir = sdk.line.runtime === 'node' ? join(sdk.dir, 'programs', testCase.name.replace(/[^\w.-]+/g, '_')) : await mkdtemp(join(workDir, 'case-'));
    await mkdir(dir, { recursive: true });
    const file = join(dir, style.fileName);
    await rm(file, { force: true });

    const { args, env, token, grantFor, programArgs, firstEnvVar } = arrange(testCase);
    const cliArgs = ['--lang', testCase.target.id, '--package', testCase.packageName, '--base-url', mock.url, '--out', file, '--quiet', ...args];
    if (testCase.target.styles.length > 1) cliArgs.push('--module', testCase.styleId);
    const cli = await runCli(cliArgs);
    expect(cli.code, cli.stderr).toBe(0);

    mock.reset();
    if (grantFor) mock.grants[grantFor[0]] = grantFor[1].handler;
    const run = await runProgram({ file, sdk, tls, env, args: programArgs, timeoutMs: RUN_TIMEOUT_MS });
    const failure = describeFailure(testCase, file, run);
    const pkg = testCase.target.packages.find((candidate) => packageId(candidate) === testCase.packageName)!;
    const row = [
      testCase.target.id,
      `${pkg.name} ${pkg.versionRange} (ran ${sdk.version})`,
      ...(testCase.target.styles.length > 1 ? [testCase.styleId] : []),
      `${testCase.auth}${testCase.subject ? ` as ${testCase.subject}` : ''}`,
      `${testCase.mode}${testCase.withClient ? '+client' : ''}`,
    ].join(' | ');
    // Recorded before the assertions, so a failing case shows in the matrix as FAILED.
    const entry: MatrixRow = { row, result: 'FAILED', ms: run.durationMs };
    matrix.push(entry);

    if (testCase.mode === 'env-unset') {
      expect(run.exitCode, failure).not.toBe(0);
      expect(run.timedOut, failure).toBe(false);
      expect(run.stderr, failure).toContain(`Set the ${firstEnvVar} environment variable and run again.`);
      expect(run.stdout, failure).not.toContain('My user ID is');
      expect(mock.requests, failure).toEqual([]);
      entry.result = `executed: exits with the message when ${firstEnvVar} is unset`;
      return;
    }
    expect(run.exitCode, failure).toBe(0);
    expect(run.stdout, failure).toContain(`My user ID is ${mock.userId}`);
    expect(mock.requests.filter((r) => !r.expected), failure).toEqual([]);
    // The API calls carry the developer token, or the token the mock issued for the grant.
    const expectedToken = grantFor ? grantFor[1].issued() : token;
    expect(expectedToken, failure).not.toBeNull();
    const apiCalls = mock.requests.filter((r) => r.path.startsWith('/2.0/'));
    expect(apiCalls.some((r) => r.method === 'GET' && r.path === '/2.0/users/me'), failure).toBe(true);
    expect(apiCalls.every((r) => r.headers.authorization === `Bearer ${expectedToken}`), failure).toBe(true);
    const tokenCalls = mock.requests.filter((r) => r.path === '/oauth2/token');
    expect(tokenCalls.length, failure).toBe(grantFor ? 1 : 0);
    if (testCase.auth === 'oauth') expect(run.stdout, failure).toContain('/authorize?');
    entry.result = 'executed';
  });
});

describe('C# snippets (no .NET SDK here): parsed and API-checked', () => {
  const dotnetCases = (TARGETS as readonly Target[])
    .filter((target) => target.family === 'dotnet')
    .flatMap((target) =>
      target.authMethods.flatMap((auth) =>
        target.packages.flatMap((pkg) => (['literal', 'env'] as const).map((mode) => ({ target, auth, pkg: packageId(pkg), mode }))),
      ),
    );
  it.each(dotnetCases.map((c) => [`${c.target.id} ${c.pkg} ${c.auth} ${c.mode}`, c] as const))('%s', async (_name, c) => {
    const started = Date.now();
    const literal = {
      'developer-token': { token: randomToken() },
      ccg: { clientId: randomClientId(), clientSecret: randomToken(), enterpriseId: randomDigits() },
      jwt: { jwtConfigPath: 'config.json', userId: randomDigits() },
      oauth: { clientId: randomClientId(), clientSecret: randomToken() },
    }[c.auth];
    const snippet = generateFromRequest({
      target: c.target.id as 'dotnet',
      auth: c.auth,
      package: c.pkg as 'Box.V2.Core',
      credentials: c.mode === 'env' ? 'env' : literal,
      baseUrl: 'https://127.0.0.1:8443',
    });
    const line = DOTNET_LINES[`${c.target.id} ${c.pkg}`]!;
    expect((await parseCSharp(snippet.code)).problems).toEqual([]);
    expect(await checkBoxApi(snippet.code, line)).toEqual([]);
    expect(await findConstWithRuntimeValue(snippet.code)).toEqual([]);
    const range = c.target.packages.find((p) => packageId(p) === c.pkg)!.versionRange;
    matrix.push({ row: `${c.target.id} | ${c.pkg} ${range} | ${c.auth} | ${c.mode}`, result: `parsed + API-checked against ${line} (not run: no .NET SDK on this machine)`, ms: Date.now() - started });
  });
});
