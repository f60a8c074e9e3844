// The proof. Every Python, Node, Java and cURL program runs as printed, with the SDK its own
// printed install step installs, against a mock Box API that checks the token request and the
// API call:
// - default bytes + printed steps: every snapshot file, exactly as printed (https://api.box.com,
//   no --base-url), saved beside what its printed install steps installed and started by its
//   printed run command, inside network namespaces where Box's host names reach the mock;
// - project: `--project <dir>` for every auth method and credential mode, its install commands,
//   then its run command (and the check it ships, `npm run typecheck`);
// - type-check: every TypeScript program with the tsconfig and TypeScript its project ships;
// - base-url: the CLI's output with --base-url https://127.0.0.1:<port>, against a mock there;
// - failures: the day-one failures (test/proof/failures.ts), each program explaining them.
// Each install text runs once per proof run, in a folder of its own that the programs installing
// the same share (test/proof/install-folders.ts says why that is the same as an empty folder).
// C# and Swift cannot run here: they are parsed and API-checked. The matrix printed at the end
// says which is which, and why a cell did not run.

import { randomInt } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUTH_METHOD_TABLE,
  CREDENTIAL_INPUTS,
  DEFAULT_REDIRECT_URI,
  HINTS,
  STRING_ENCODERS,
  TARGETS,
  credentialNames,
  generateFromRequest,
  packageId,
  projectFor,
  type AuthMethodId,
  type ClientOptionId,
  type GenerateRequest,
  type InstallStep,
  type Language,
  type Snippet,
  type Target,
} from '../src/core/index.js';
import { formatSnippet } from '../src/format.js';
import {
  FAKE,
  STYLE_OPTION_VARIANTS,
  downscopeFor,
  PROXY_BASE_URL,
  allCases,
  literalCredentials,
  makeCase,
  offers,
  variantOptions,
  type SnippetCase,
  type Variant,
} from './support/cases.js';
import { CREDENTIAL_FLAGS } from '../src/cli/options.js';
import { runCli } from './support/cli.js';
import { checkBoxApi, parseCSharp } from './support/csharp/check-csharp.js';
import { LANGUAGES, type Runtime } from './support/languages.js';
import { DOTNET_LINES } from './support/dotnet-lines.js';
import { python3 } from './support/toolchains.js';
import { toolCaches, trustEnvironment } from './proof/additions.js';
import { FAILURE_CASES, KNOWN_HINTS, type FailureCase } from './proof/failures.js';
import { clientCredentialsGrant, jwtGrant, makeJwtApp, oauthApp, type JwtApp } from './proof/grants.js';
import { makeInstaller, type InstallFolder, type InstallRequest } from './proof/install-folders.js';
import { makeLanePool, type LanePool } from './proof/lanes.js';
import { makeLimiter } from './proof/limiter.js';
import { formatMatrix, noteRow, recordExclusion, recordProof, recordRunTime } from './proof/matrix.js';
import { startMockBoxApi, type MockBoxApi } from './proof/mock-box-api.js';
import { makeNamespace, type BrowserStep, type Namespace } from './proof/netns.js';
import { linkInstalled, makeRunFolder } from './proof/run-folder.js';
import {
  QUICK_JVM,
  closeCompileServer,
  runJava,
  runPrinted,
  spawnProgram,
  type ProgramRun,
} from './proof/run-program.js';
import { SIGN_IN_LINES, arrangeSnapshotRun, listensForRedirect, type SnapshotRun } from './proof/snapshot-runs.js';
import { SDK_LINES, lineFor, type SdkLine } from './proof/sdk-lines.js';
import { makeTestTls, type TestTls } from './proof/tls.js';
import { typecheckPrograms, type TypecheckResult } from './proof/typecheck.js';

const RUN_TIMEOUT_MS = 120_000;
/** Namespaces with a mock of their own: programs that need the mock run one per lane at a time. */
const LANES = 3;
const ROOT = join(import.meta.dirname, '..');
/** Box's hosts as the programs name them, and the --base-url snapshots' proxy host. */
const HOST_NAMES = ['api.box.com', 'account.box.com', 'upload.box.com', new URL(PROXY_BASE_URL).hostname];
/** The languages this machine runs (test/support/languages.ts); the rest are parsed and API-checked (below). */
const EXECUTED = (Object.keys(LANGUAGES) as Language[]).filter((language) => LANGUAGES[language].proof === 'run');
const TOOL_CACHES = toolCaches(process.env.BOX_SNIPPET_TEST_CACHE ?? join(homedir(), '.cache', 'box-snippet-tests'));
const languageOf = (target: Target) => target.styles[0]!.language;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randomToken = () => Array.from({ length: 32 }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('');
const randomClientId = () =>
  Array.from({ length: 32 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[randomInt(36)]).join('');
const randomDigits = () => String(randomInt(100_000, 99_999_999));
const folderName = (name: string) => name.replace(/[^\w.-]+/g, '_');

const ALL_TARGETS = TARGETS as readonly Target[];
const styleOf = (target: Target, styleId: string) => target.styles.find((style) => style.id === styleId)!;
const isExecuted = (target: Target, styleId: string) => EXECUTED.includes(styleOf(target, styleId).language);
const runtimeOf = (target: Target, styleId: string): Runtime => {
  const support = LANGUAGES[styleOf(target, styleId).language];
  if (support.proof !== 'run') throw new Error(`${target.id} ${styleId} is not run here`);
  return support.runtime;
};
const packageOf = (target: Target, id: string) => target.packages.find((pkg) => packageId(pkg) === id)!;
const isDefaultPackage = (target: Target, id: string) => packageId(target.packages[0]!) === id;
const rowName = (target: Target, id: string, styleId: string, auth: string, mode: string) =>
  [target.id, `${packageOf(target, id).name} ${packageOf(target, id).versionRange}`, styleId, auth, mode].join(' | ');
const moduleFlag = (row: { target: Target; styleId: string }) =>
  row.target.styles.length > 1 ? ['--module', row.styleId] : [];

let tls: TestTls;
let lanes: LanePool;
let workDir: string;
let jwtApp: JwtApp;
const userId = String(randomInt(10_000_000, 99_999_999));
let installs: ReturnType<typeof makeInstaller>;

/**
 * The developer's own shell, for install steps (it reaches the registries), with the proof's own
 * tool caches; never a BOX_* variable.
 */
const ownShell = (): Record<string, string> => {
  const shell = Object.fromEntries(
    Object.entries(process.env).filter(([name, value]) => value !== undefined && !name.startsWith('BOX_')),
  ) as Record<string, string>;
  return {
    ...shell,
    ...TOOL_CACHES.env,
    MAVEN_OPTS: `${shell.MAVEN_OPTS ?? ''} ${TOOL_CACHES.mavenOpts}`.trim(),
  };
};

/** A run's environment: a clean one, with the test CA's trust, the tool caches and a temp folder of the run's own. */
function runEnvironment(programEnv: Record<string, string>): Record<string, string> {
  const trust = trustEnvironment(tls);
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    LANG: 'C.UTF-8',
    TMPDIR: join(workDir, 'tmp'),
    ...TOOL_CACHES.env,
    ...trust,
    MAVEN_OPTS: [trust.MAVEN_OPTS, ...QUICK_JVM, TOOL_CACHES.mavenOpts].join(' '),
    ...programEnv,
  };
}

/** The install folder for a program's printed install steps (or a project's manifests and commands). */
function installFor(
  target: Target,
  packageName: string,
  styleId: string,
  steps: readonly InstallStep[],
  requirement = steps.find((step) => step.requirement !== undefined)?.requirement,
) {
  const line = lineFor(target.id, packageName);
  const pkg = packageOf(target, packageName);
  const request: InstallRequest = {
    label: `${target.id} ${packageName} ${styleId}`,
    runtime: runtimeOf(target, styleId),
    packageName: pkg.name.replace(/^.*:/, ''),
    requirement,
    steps,
  };
  if (line.substitute && requirement) request.substitute = { printed: requirement, served: line.substitute.served };
  return installs.folder(request);
}

/** The notes a row gets from its install: what it resolved to, and any substitution. */
function noteInstall(row: string, install: InstallFolder, line: SdkLine): void {
  noteRow(row, `ran ${install.resolved}`);
  if (install.substituted) noteRow(row, `substituted ${install.substituted} (${line.substitute!.why})`);
}

function expectInstalled(install: InstallFolder): void {
  expect(install.failure, `install steps of ${install.label} failed: ${install.failure}`).toBeNull();
}

/**
 * Runs a program in `dir`: its printed run command, or (Java, where `printed` is false) javac
 * with the printed pom's compile scope and java with its runtime scope.
 */
async function runIn(
  install: InstallFolder,
  options: {
    /** What the run proves, for the time summary. */
    kind: string;
    dir: string;
    fileName: string;
    run: string;
    printed: boolean;
    env: Record<string, string>;
    args?: readonly string[];
    namespace?: Namespace;
    timeoutMs?: number;
    /**
     * OAuth 2.0, a program that listens for Box's redirect: the test plays the browser once the
     * authorize URL is out. `box`: Box's authorize page (the namespace's mock) redirects to the
     * program; `direct`: the redirect as Box would make it, where no Box is reachable.
     */
    browser?: 'box' | 'direct';
  },
): Promise<ProofRun> {
  let visit: Promise<BrowserStep[]> | null = null;
  const onStdout = (stdout: string) => {
    const url = AUTHORIZE_URL_LINE.exec(stdout)?.[1];
    if (visit === null && url !== undefined && options.browser !== undefined)
      visit = playBrowser(options.namespace!, url, options.browser);
  };
  const ran = await runOnce(install, { ...options, onStdout });
  recordRunTime(`${options.kind}: ${ran.command.split(' ')[0]}`, ran.durationMs);
  return { ...ran, browsed: visit === null ? null : await visit };
}

/** A program run, with the proof's browser visit when it played one. */
type ProofRun = ProgramRun & { browsed: BrowserStep[] | null };

/** The authorize URL, on a line of its own (complete once its line has ended). */
const AUTHORIZE_URL_LINE = /^(https:\/\/account\.box\.com\/api\/oauth2\/authorize\?\S+)\r?\n/m;

/** What the user's browser does with the authorize URL; a failed request is a step with status 0. */
function playBrowser(namespace: Namespace, url: string, how: 'box' | 'direct'): Promise<BrowserStep[]> {
  let start = url;
  if (how === 'direct') {
    // Box, out of this namespace's reach, would redirect with a fresh code and the state it was given.
    const query = new URL(url).searchParams;
    const redirect = new URL(query.get('redirect_uri') ?? DEFAULT_REDIRECT_URI);
    redirect.searchParams.set('code', randomToken());
    if (query.has('state')) redirect.searchParams.set('state', query.get('state')!);
    start = redirect.href;
  }
  return namespace
    .browse(start)
    .catch((error: Error) => [{ url: start, status: 0, location: null, contentType: null, body: error.message }]);
}

/** The browser's visit of a sign-in that worked: Box redirected with a state, the program's page said it is done. */
function expectBrowserVisit(run: ProofRun, arranged: SnapshotRun, failure: string): void {
  if (!arranged.browser) {
    expect(run.browsed, failure).toBeNull();
    return;
  }
  const steps = run.browsed;
  expect(steps, `${failure}\n(the program printed no authorize URL)`).not.toBeNull();
  expect(
    steps!.map((step) => step.status),
    `${failure}\n(browser: ${JSON.stringify(steps)})`,
  ).toEqual([302, 200]);
  expect(steps![1]!.body, failure).toContain(HINTS.signedInPage);
  // A fresh random state per run: at least 16 bytes, as hex or URL-safe base64.
  expect(arranged.oauth!.lastState() ?? '', failure).toMatch(/^[A-Za-z0-9_-]{22,}$/);
}

function runOnce(
  install: InstallFolder,
  options: Parameters<typeof runIn>[1] & { onStdout: (stdout: string) => void },
): Promise<ProgramRun> {
  const env = runEnvironment(options.env);
  const timeoutMs = options.timeoutMs ?? RUN_TIMEOUT_MS;
  if (!options.printed && install.runtimeClasspath !== undefined)
    return runJava({
      dir: options.dir,
      fileName: options.fileName,
      compileClasspath: install.compileClasspath!,
      runtimeClasspath: install.runtimeClasspath,
      trust: { trustStore: tls.javaTrustStore, password: tls.javaTrustStorePassword },
      args: options.args,
      env,
      namespace: options.namespace,
      timeoutMs,
      onStdout: options.onStdout,
    });
  // `mvn … exec:java` takes words after it as goals: a program Maven runs gets its input typed
  // in, as its prompt asks (the OAuth 2.0 code).
  const typed = install.runtimeClasspath !== undefined && (options.args ?? []).length > 0;
  return runPrinted({
    dir: options.dir,
    command: options.run,
    args: typed ? [] : options.args,
    stdin: typed ? `${options.args!.join('\n')}\n` : undefined,
    env,
    namespace: options.namespace,
    timeoutMs,
    onStdout: options.onStdout,
  });
}

beforeAll(async () => {
  tls = await makeTestTls(HOST_NAMES);
  lanes = await makeLanePool(LANES, { tls, userId, hostNames: HOST_NAMES });
  workDir = await mkdtemp(join(tmpdir(), 'box-snippet-proof-'));
  await mkdir(join(workDir, 'tmp'));
  jwtApp = await makeJwtApp(tls.dir);
  // CI runs every install text verbatim; a local run may reuse a folder that is still what the
  // steps would make (test/proof/install-reuse.ts).
  const reuse = !process.env.CI;
  installs = makeInstaller({
    root: reuse ? join(TOOL_CACHES.root, 'installs') : join(workDir, 'installs'),
    reuse,
    env: ownShell(),
    mavenRepository: TOOL_CACHES.mavenRepository,
    // Installs mostly wait on the registries; Maven's and pip's own work is CPU.
    slots: 4,
  });
  // Every install the proof needs, up front and in parallel, outside the namespaces.
  const started = Date.now();
  // A program that does not render fails its own tests; the installs of the others go on.
  await Promise.all([
    ...snapshotCases.map((testCase) =>
      Promise.resolve(testCase)
        .then(installForCase)
        .catch(() => null),
    ),
    ...projectCells.map((cell) =>
      Promise.resolve(cell)
        .then(projectInstall)
        .catch(() => null),
    ),
  ]);
  const folders = await installs.all();
  const summary = folders.map(
    (folder) =>
      `  ${folder.label.padEnd(46)} ${folder.resolved.padEnd(34)} ${folder.reused ? 'reused  ' : `${(folder.ms / 1000).toFixed(1).padStart(6)} s`}  ${folder.steps
        .filter((step) => !step.system)
        .map((step) => (step.file ? `save ${step.file}` : step.text))
        .join(' && ')}`,
  );
  await startNoRouteRuns();
  console.log(
    `Install folders: ${folders.length}, each set up once by its printed steps, ${folders.filter((folder) => folder.reused).length} reused from an earlier run (${((Date.now() - started) / 1000).toFixed(1)} s):\n${summary.join('\n')}`,
  );
}, 1_800_000);

afterAll(async () => {
  closeCompileServer();
  await Promise.allSettled(noRouteRuns.values());
  await noRoute?.close();
  await lanes?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
  if (tls) await rm(tls.dir, { recursive: true, force: true });
  const substitutes = SDK_LINES.filter((line) => line.substitute).map(
    (line) => `  ${line.standsFor}: ${line.substitute!.why}; run on ${line.substitute!.served}`,
  );
  console.log(
    formatMatrix([
      "Substitutions (made outside the printed text, by relocation POMs in the proof's own Maven repository):",
      ...substitutes,
      'Trust: the test CA through REQUESTS_CA_BUNDLE/SSL_CERT_FILE, NODE_EXTRA_CA_CERTS, CURL_CA_BUNDLE and a Java trust store (MAVEN_OPTS, java).',
    ]),
  );
});

function describeFailure(name: string, file: string, run: ProgramRun, mock: MockBoxApi): string {
  return [
    `${name}: ${run.command} ${run.timedOut ? 'timed out' : `exited ${run.exitCode}`}`,
    `program: ${file}`,
    `stdout:\n${run.stdout.slice(-2000)}`,
    `stderr:\n${run.stderr.slice(-3000)}`,
    `mock saw: ${mock.requests.map((r) => `${r.method} ${r.path}${r.expected ? '' : ` (unexpected${r.rejection ? `: ${r.rejection}` : ''})`}`).join(', ') || 'nothing'}`,
  ].join('\n');
}

/** What a successful run must show: its output, and exactly the calls it should make, with the right tokens. */
interface ExpectedRun {
  /** The token every API call carries (the downscoped one, where there is one). */
  apiToken: string | null;
  /** Token requests: the sign-in grant, the token exchange. */
  tokenCalls: number;
  apiPath: string;
  /** The As-User header every API call carries, or null: none may. */
  asUserId: string | null;
  /** The lines the program prints, in order. */
  stdout: string[];
  /** The token the program revokes at the end, or null: no revoke request. */
  revoked: string | null;
  /** A token Box answers with 401 (expired): the first API call carries it, then the program refreshes. */
  expiredToken?: string | null;
}

/** A plain program's expectations: it signs in (with `tokenCalls` grants) and prints the user's ID. */
const signedIn = (mock: MockBoxApi, apiToken: string | null, tokenCalls: number): ExpectedRun => ({
  apiToken,
  tokenCalls,
  apiPath: '/2.0/users/me',
  asUserId: null,
  stdout: [`My user ID is ${mock.userId}`],
  revoked: null,
});

/** A snapshot program's expectations, from its arrangement, once it has run. */
const expectedOf = (arranged: SnapshotRun): ExpectedRun => ({
  apiToken: arranged.apiToken(),
  tokenCalls: (arranged.grant ? 1 : 0) + (arranged.exchange ? 1 : 0),
  apiPath: arranged.apiPath,
  asUserId: arranged.asUserId,
  stdout: arranged.stdout(),
  revoked: arranged.revoke ? arranged.token() : null,
  expiredToken: arranged.expiredToken,
});

/** Lets the mock accept what the arranged program will ask for: its sign-in, grant, exchange and revoke. */
function acceptArranged(mock: MockBoxApi, arranged: SnapshotRun): void {
  for (const grant of [arranged.grant, arranged.exchange]) if (grant) mock.grants[grant.type] = grant.handler;
  mock.revoke = arranged.revoke;
  if (arranged.browser) mock.authorize = arranged.oauth!.authorize;
  if (arranged.expiredToken !== null) mock.expire(arranged.expiredToken);
}

/** The checks every successful run gets: what it printed, and the right calls with the right tokens. */
function expectSignedIn(run: ProgramRun, mock: MockBoxApi, expected: ExpectedRun, failure: string): void {
  expect(run.exitCode, failure).toBe(0);
  const printed = run.stdout.split('\n').map((line) => line.trim());
  let at = -1;
  for (const line of expected.stdout) {
    const next = printed.indexOf(line, at + 1);
    expect(next, `${failure}\n(expected, in order: ${expected.stdout.join(' / ')})`).toBeGreaterThan(at);
    at = next;
  }
  expect(
    mock.requests.filter((r) => !r.expected),
    failure,
  ).toEqual([]);
  expect(expected.apiToken, failure).toBeTruthy();
  const allApiCalls = mock.requests.filter((r) => r.path.startsWith('/2.0/'));
  // An expired token's call comes first, once; the program refreshes and calls again.
  const apiCalls = expected.expiredToken ? allApiCalls.slice(1) : allApiCalls;
  if (expected.expiredToken)
    expect(allApiCalls[0]?.headers.authorization, failure).toBe(`Bearer ${expected.expiredToken}`);
  expect(
    apiCalls.some((r) => r.method === 'GET' && r.path === expected.apiPath),
    failure,
  ).toBe(true);
  expect(
    apiCalls.every((r) => r.headers.authorization === `Bearer ${expected.apiToken}`),
    failure,
  ).toBe(true);
  expect(
    apiCalls.map((r) => r.headers['as-user'] ?? null),
    failure,
  ).toEqual(apiCalls.map(() => expected.asUserId));
  expect(mock.requests.filter((r) => r.path === '/oauth2/token').length, failure).toBe(expected.tokenCalls);
  const revokes = mock.requests.filter((r) => r.path === '/oauth2/revoke');
  expect(
    revokes.map((r) => r.form?.token ?? null),
    failure,
  ).toEqual(expected.revoked === null ? [] : [expected.revoked]);
}

/**
 * An OAuth 2.0 program that keeps its tokens, after its first run (browser, code grant): the file
 * is owner-only and holds both tokens; a second run uses them (no browser, no token request); a
 * third, once Box says the access token expired, refreshes it once, retries with the new one and
 * keeps the new pair; a fourth, whose refresh token Box refuses, says what to do.
 */
async function proveKeptTokens(options: {
  name: string;
  file: string;
  tokenFile: string;
  mock: MockBoxApi;
  arranged: SnapshotRun;
  run: () => Promise<ProofRun>;
}): Promise<void> {
  const { mock, arranged, tokenFile } = options;
  const oauth = arranged.oauth!;
  const first = oauth.issued()!;
  const kept = async (run: string) => {
    const stats = await stat(tokenFile);
    expect(stats.mode & 0o077, `${options.name} ${run}: ${tokenFile} is readable by others`).toBe(0);
    return readFile(tokenFile, 'utf8');
  };
  const firstFile = await kept('first run');
  expect(firstFile, `${options.name}: the token file after the first run`).toContain(first.accessToken);
  expect(firstFile, `${options.name}: the token file after the first run`).toContain(first.refreshToken);
  const result = arranged.stdout().filter((line) => !SIGN_IN_LINES.includes(line));

  // Second run: the kept tokens, as they are.
  mock.requests.splice(0);
  const second = await options.run();
  let failure = describeFailure(`${options.name} (second run: kept tokens)`, options.file, second, mock);
  expectSignedIn(
    second,
    mock,
    { ...expectedOf(arranged), apiToken: first.accessToken, tokenCalls: 0, stdout: result },
    failure,
  );
  expect(second.browsed, failure).toBeNull();
  expect(second.stdout, failure).not.toContain('Open this URL');

  // Third run: Box answers 401 to the kept access token; one refresh, then the call again.
  mock.requests.splice(0);
  mock.expire(first.accessToken);
  mock.grants.refresh_token = oauth.refreshGrant;
  const third = await options.run();
  failure = describeFailure(`${options.name} (third run: expired access token)`, options.file, third, mock);
  expect(third.exitCode, failure).toBe(0);
  expect(third.stdout, failure).toContain(result.at(-1));
  expect(third.browsed, failure).toBeNull();
  expect(
    mock.requests.filter((r) => !r.expected),
    failure,
  ).toEqual([]);
  const refreshes = mock.requests.filter((r) => r.path === '/oauth2/token');
  expect(
    refreshes.map((r) => r.form?.grant_type),
    failure,
  ).toEqual(['refresh_token']);
  expect(refreshes[0]!.form?.refresh_token, failure).toBe(first.refreshToken);
  const renewed = oauth.issued()!;
  const apiCalls = mock.requests.filter((r) => r.path.startsWith('/2.0/'));
  expect(
    apiCalls.map((r) => r.headers.authorization),
    failure,
  ).toEqual([`Bearer ${first.accessToken}`, `Bearer ${renewed.accessToken}`]);
  const thirdFile = await kept('third run');
  expect(thirdFile, `${failure}\n(the token file keeps the new pair)`).toContain(renewed.accessToken);
  expect(thirdFile, `${failure}\n(the token file keeps the new pair)`).toContain(renewed.refreshToken);

  // Fourth run: the access token expired again and Box refuses the refresh token.
  mock.requests.splice(0);
  mock.expire(renewed.accessToken);
  mock.failure = {
    kind: 'token-error',
    error: 'invalid_grant',
    description: 'Invalid refresh token',
    grantType: 'refresh_token',
  };
  const fourth = await options.run();
  failure = describeFailure(`${options.name} (fourth run: stale refresh token)`, options.file, fourth, mock);
  expect(fourth.exitCode, failure).toBe(1);
  const lines = fourth.stderr.split('\n');
  expect(lines, failure).toContain(HINTS.staleRefreshToken);
  for (const trace of ['Traceback', '    at ', 'Exception in thread'])
    expect(fourth.stderr, failure).not.toContain(trace);
  expect(fourth.browsed, failure).toBeNull();
  expect(
    mock.requests.filter((r) => r.path === '/oauth2/token').map((r) => r.form?.grant_type),
    failure,
  ).toEqual(['refresh_token']);
}

/** The generated Node SDK signs its JWT assertion without a `kid` header; every other line sends it. */
const expectsKid = (line: SdkLine) => line.jwtKid !== false;

/**
 * The failure cases that apply to `auth` whose hint line `code` does not hold as a string literal
 * of `language`. It holds the programs this machine cannot run to the lines the executed ones are
 * proven to print.
 */
const missingHints = (
  code: string,
  language: Language,
  auth: AuthMethodId,
  options: readonly ClientOptionId[],
  listens: boolean,
) =>
  FAILURE_CASES.filter((failureCase) => failureCase.authMethods.includes(auth) && failureCase.hint !== null)
    .filter((failureCase) => listens || !failureCase.needsListener)
    .filter((failureCase) => !(failureCase.codeSignIn && options.includes('existingTokens')))
    .filter((failureCase) => variantOptions(failureCase.variant ?? {}).every((option) => options.includes(option)))
    .filter((failureCase) => !code.includes(STRING_ENCODERS[language](failureCase.hint!)))
    .map((failureCase): string => failureCase.id)
    // The kept tokens' own failure, which the executed programs' fourth run proves.
    .concat(
      options.includes('tokenFile') && !code.includes(STRING_ENCODERS[language](HINTS.staleRefreshToken))
        ? ['stale-refresh-token']
        : [],
    );

// ---------------------------------------------------------------------------------------------
// Default bytes and printed steps: every snapshot program, as printed, in a folder its own printed
// install steps set up, started by its printed run command.

const snapshotCases = allCases().filter((testCase) => isExecuted(testCase.target, testCase.styleId));
const executedSnapshots = new Set<string>();
const snippetFor = (options: GenerateRequest): Snippet => generateFromRequest(options);
const installForCase = (testCase: SnippetCase) =>
  installFor(testCase.target, testCase.packageName, testCase.styleId, snippetFor(testCase.options).install);

/**
 * The cells whose printed steps the proof runs as a user would, for Java too (where each run is a
 * Maven build): every auth method in literal and environment mode for a target's default package,
 * and in environment mode for its other packages. Java's other snapshots (placeholders, variants)
 * are compiled with the printed pom's compile scope and run with its runtime scope instead; every
 * other language runs every snapshot by its printed command.
 */
const isStepsCell = (testCase: SnippetCase) =>
  Object.keys(testCase.variant).length === 0 &&
  (testCase.mode === 'env' || (testCase.mode === 'literal' && isDefaultPackage(testCase.target, testCase.packageName)));
const runsPrinted = (testCase: SnippetCase) =>
  runtimeOf(testCase.target, testCase.styleId) !== 'java' || isStepsCell(testCase);
const variantName = (testCase: SnippetCase) =>
  testCase.snapshotPath
    .slice(testCase.snapshotPath.lastIndexOf('/') + 1)
    .replace(/\.\w+$/, '')
    .replace(`${testCase.styleId}-`, '');

describe.concurrent(
  'default bytes and printed steps: every executed snapshot runs as printed, against api.box.com',
  () => {
    it.each(snapshotCases.map((testCase) => [testCase.name, testCase] as const))(
      '%s',
      { timeout: 600_000 },
      async (_name, testCase) => {
        const snippet = snippetFor(testCase.options);
        const line = lineFor(testCase.target.id, testCase.packageName);
        const row = rowName(
          testCase.target,
          testCase.packageName,
          testCase.styleId,
          testCase.auth,
          variantName(testCase),
        );
        const printed = runsPrinted(testCase);
        const cells = [recordProof(row, 'default bytes'), ...(printed ? [recordProof(row, 'printed steps')] : [])];
        const install = await installForCase(testCase);
        expectInstalled(install);
        const dir = await makeRunFolder(install, join(workDir, 'runs', folderName(`default-${testCase.name}`)), [
          { path: snippet.fileName, text: await readFile(join(ROOT, testCase.snapshotPath)) },
        ]);
        const file = join(dir, snippet.fileName);
        const arranged = await arrangeSnapshotRun(testCase, jwtApp, dir, { expectKid: expectsKid(line), userId });
        const run = (env: Record<string, string>, namespace: Namespace) =>
          runIn(install, {
            kind: 'default bytes',
            dir,
            fileName: snippet.fileName,
            run: snippet.run,
            printed,
            env,
            args: arranged.args,
            namespace,
            browser: arranged.browser ? 'box' : undefined,
          });

        await lanes.use(async (lane) => {
          acceptArranged(lane.mock, arranged);
          const ran = await run(arranged.env, lane.namespace);
          const failure = describeFailure(testCase.name, file, ran, lane.mock);
          expectSignedIn(ran, lane.mock, expectedOf(arranged), failure);
          if (testCase.auth === 'oauth' && !testCase.variant.existingTokens)
            expect(ran.stdout, failure).toContain('https://account.box.com/api/oauth2/authorize?');
          expectBrowserVisit(ran, arranged, failure);
          if (arranged.browser)
            noteRow(
              row,
              "default bytes: the test played the browser (Box's authorize page, the redirect to the program)",
            );
          if (arranged.expiredToken !== null)
            noteRow(row, 'default bytes: the given access token expired; one refresh with the given refresh token');
          if (testCase.variant.tokenFile !== undefined)
            noteRow(
              row,
              'default bytes: four runs (the sign-in, the kept tokens, a refresh after a 401, a refused refresh token)',
            );
          if (testCase.variant.tokenFile !== undefined)
            await proveKeptTokens({
              name: testCase.name,
              file,
              tokenFile: join(dir, testCase.variant.tokenFile),
              mock: lane.mock,
              arranged,
              run: () => run(arranged.env, lane.namespace),
            });
        });
        // The environment-mode programs also stop with their message when the variable is unset.
        // The TypeScript programs' helper for it is the CommonJS one's code with types: it is
        // type-checked, and the CommonJS program of the same package runs the case.
        const unsetRun = arranged.firstEnvVar !== null && Object.keys(testCase.variant).length === 0;
        if (unsetRun && styleOf(testCase.target, testCase.styleId).typeScript)
          noteRow(
            row,
            'environment unset: run by the CommonJS program; the TypeScript one is the same helper with types (type-checked)',
          );
        else if (unsetRun) {
          await lanes.use(async (lane) => {
            const ran = await runIn(install, {
              kind: 'environment unset',
              dir,
              fileName: snippet.fileName,
              run: snippet.run,
              printed: runtimeOf(testCase.target, testCase.styleId) !== 'java',
              env: {},
              args: arranged.args,
              namespace: lane.namespace,
            });
            const failure = describeFailure(`${testCase.name} (unset)`, file, ran, lane.mock);
            expect(ran.exitCode, failure).not.toBe(0);
            expect(ran.timedOut, failure).toBe(false);
            expect(ran.stderr, failure).toContain(
              `Set the ${arranged.firstEnvVar} environment variable and run again.`,
            );
            expect(ran.stdout, failure).not.toContain('My user ID is');
            expect(lane.mock.requests, failure).toEqual([]);
          });
        }
        executedSnapshots.add(testCase.snapshotPath);
        noteInstall(row, install, line);
        for (const cell of cells) cell.pass();
      },
    );
  },
);

describe("Java classpaths: what javac gets is what Maven's compiler gets", () => {
  it('every Java install: the compile scope is a strict part of the runtime scope (the SDK jar, without its runtime-only libraries)', async () => {
    const folders = (await installs.all()).filter((folder) => folder.compileClasspath !== undefined);
    expect(folders.length).toBeGreaterThan(3);
    for (const folder of folders) {
      const compile = folder.compileClasspath!.split(':');
      const runtime = new Set(folder.runtimeClasspath!.split(':'));
      expect(
        compile.filter((entry) => !runtime.has(entry)),
        folder.label,
      ).toEqual([]);
      // box-java-sdk declares its HTTP, JSON and crypto libraries for run time only.
      expect(compile.length, `${folder.label}: ${compile.join(' ')}`).toBeLessThan(runtime.size);
      expect(
        compile.some((entry) => /minimal-json|jackson-databind|okhttp/.test(entry)),
        folder.label,
      ).toBe(false);
    }
  });
});

describe('default bytes: coverage', () => {
  it('executed every snapshot file of an executed language', async () => {
    const extensions = new Set(
      ALL_TARGETS.flatMap((target) =>
        target.styles
          .filter((style) => EXECUTED.includes(style.language))
          .map((style) => style.fileName.slice(style.fileName.lastIndexOf('.'))),
      ),
    );
    const entries = await readdir(join(ROOT, 'snapshots'), { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile() && extensions.has(entry.name.slice(entry.name.lastIndexOf('.'))))
      .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => !executedSnapshots.has(file))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// --project: for every auth method in literal and environment mode (default package) and in
// environment mode (the others), the CLI writes the project, its install commands run (once per
// distinct manifest set), then its run command in the project folder.

interface ProjectCell {
  name: string;
  testCase: SnippetCase;
}

/** The CLI flags that turn a variant's client options on (env and placeholder modes: --as-user alone). */
function optionFlags(variant: Variant): string[] {
  return [
    ...(variant.asUser ? ['--as-user'] : []),
    ...(variant.downscope
      ? [
          '--downscope',
          variant.downscope.scopes.join(','),
          ...(variant.downscope.resource ? ['--resource', variant.downscope.resource] : []),
        ]
      : []),
    ...(variant.revoke ? ['--revoke'] : []),
    ...(variant.tokenFile !== undefined ? ['--token-file', variant.tokenFile] : []),
    ...(variant.existingTokens ? ['--existing-tokens'] : []),
  ];
}

/**
 * The projects whose commands run: what differs between projects is the package's (its manifests
 * and commands, the same for every auth method but JWT's Python extra) and whether the program
 * holds a secret (its .gitignore). So every auth method in environment mode for the default
 * package, a Developer Token with literal values (a secret) too, and each other package's
 * Developer Token project; every other combination's program is its snapshot, run above.
 */
const runsProject = (target: Target, auth: AuthMethodId, pkg: string, mode: 'literal' | 'env') =>
  isDefaultPackage(target, pkg)
    ? mode === 'env' || auth === 'developer-token'
    : mode === 'env' && auth === 'developer-token';

const allProjectCells = ALL_TARGETS.flatMap((target) =>
  target.authMethods.flatMap((auth) =>
    target.packages.flatMap((pkg) =>
      target.styles
        .filter((style) => EXECUTED.includes(style.language))
        .flatMap((style) =>
          (['literal', 'env'] as const).map((mode) => {
            const testCase = makeCase(target, auth, packageId(pkg), style.id, mode);
            return { name: testCase.name, testCase, runs: runsProject(target, auth, packageId(pkg), mode) };
          }),
        ),
    ),
  ),
);

const projectCells: ProjectCell[] = ALL_TARGETS.flatMap((target) => [
  ...allProjectCells.filter((cell) => cell.testCase.target === target && cell.runs),
  // Each client option once per style, on a Developer Token program of the default package: the
  // project carries what the option adds (its flags, its variables).
  ...target.styles
    .filter((style) => EXECUTED.includes(style.language))
    .flatMap((style) =>
      STYLE_OPTION_VARIANTS.filter(([option]) => offers(target, 'developer-token', option)).map(([, variant]) => {
        const testCase = makeCase(target, 'developer-token', packageId(target.packages[0]!), style.id, 'env', variant);
        return { name: testCase.name, testCase };
      }),
    ),
]);

/** A project's files, as `projectFor` makes them from the formatted program. */
const projectOf = async (testCase: SnippetCase) => projectFor(await formatSnippet(snippetFor(testCase.options)));

/** The files and commands that set a project up: everything but the program and its prose. */
async function projectInstall(cell: ProjectCell): Promise<InstallFolder> {
  const { testCase } = cell;
  const snippet = snippetFor(testCase.options);
  const project = await projectOf(testCase);
  const manifests = project.files.filter(
    (file) => !file.path.endsWith(snippet.fileName) && !['README.md', '.gitignore'].includes(file.path),
  );
  const steps: InstallStep[] = [
    ...manifests.map((file) => ({ tool: 'project', file: file.path, text: file.text, languageTag: 'text' })),
    ...project.install.map((text) => ({ tool: 'sh', text, languageTag: 'sh' })),
  ];
  const requirement = snippet.install.find((step) => step.requirement !== undefined)?.requirement;
  return installFor(testCase.target, testCase.packageName, testCase.styleId, steps, requirement);
}

/** The TypeScript project cells whose shipped check (`npm run typecheck`) runs verbatim: one per package. */
const runsShippedTypecheck = (testCase: SnippetCase) =>
  styleOf(testCase.target, testCase.styleId).language === 'typescript' &&
  testCase.auth === 'developer-token' &&
  testCase.mode === 'env' &&
  Object.keys(testCase.variant).length === 0;

describe.concurrent('project: --project writes a project whose own commands run it', () => {
  for (const cell of allProjectCells.filter((candidate) => !candidate.runs)) {
    const { testCase } = cell;
    recordExclusion(
      rowName(testCase.target, testCase.packageName, testCase.styleId, testCase.auth, testCase.mode),
      'project',
      `project: the same manifests and commands run for ${isDefaultPackage(testCase.target, testCase.packageName) ? 'this package with the auth method in env mode and a Developer Token with literal values' : "this package's Developer Token project"}; the program is the snapshot run above`,
    );
  }
  it.each(projectCells.map((cell) => [cell.name, cell] as const))('%s', { timeout: 600_000 }, async (_name, cell) => {
    const { testCase } = cell;
    const { target } = testCase;
    const row = rowName(target, testCase.packageName, testCase.styleId, testCase.auth, variantName(testCase));
    const proof = recordProof(row, 'project');
    const projectDir = join(workDir, 'projects', folderName(cell.name), 'get-current-user');
    const cwd = join(workDir, 'projects', folderName(cell.name));
    await mkdir(join(cwd, 'config'), { recursive: true });
    // The CLI reads the JWT config file it is given (to check its shape) from where it runs.
    await writeFile(join(cwd, FAKE.jwtConfigPath), await readFile(jwtApp.configPath));
    const args = [
      '--lang',
      target.id,
      '--package',
      testCase.packageName,
      ...moduleFlag(testCase),
      '--auth',
      testCase.auth,
      ...optionFlags(testCase.variant),
    ];
    if (testCase.mode === 'env') args.push('--from-env');
    else
      for (const [name, value] of Object.entries(literalCredentials(testCase.auth, {})))
        args.push(CREDENTIAL_FLAGS[name as keyof typeof CREDENTIAL_FLAGS].flag, value);
    const cli = await runCli([...args, '--project', projectDir], { cwd });
    expect(cli.code, cli.stderr).toBe(0);
    const project = await projectOf(testCase);
    // The commands the CLI printed are the project's own, and its files are projectFor's.
    expect(cli.stderr).toContain(
      `Then:    cd ${projectDir}${[...project.install, project.run].map((command) => ` && ${command}`).join('')}`,
    );
    for (const file of project.files) expect(await readFile(join(projectDir, file.path), 'utf8')).toBe(file.text);
    // Its program is the snapshot's, which the type-check and failure proofs hold too.
    const snippet = snippetFor(testCase.options);
    const program = project.files.find((file) => file.path.endsWith(snippet.fileName))!;
    expect(program.text).toBe(await readFile(join(ROOT, testCase.snapshotPath), 'utf8'));

    const install = await projectInstall(cell);
    expectInstalled(install);
    await linkInstalled(install, projectDir);
    const line = lineFor(target.id, testCase.packageName);
    const arranged = await arrangeSnapshotRun(testCase, jwtApp, projectDir, { expectKid: expectsKid(line), userId });
    if (runsShippedTypecheck(testCase)) {
      const typecheck = await spawnProgram('sh', ['-c', 'npm run typecheck'], ownShell(), projectDir, 300_000);
      expect(typecheck.exitCode, `npm run typecheck:\n${typecheck.stdout}\n${typecheck.stderr}`).toBe(0);
    }
    await lanes.use(async (lane) => {
      acceptArranged(lane.mock, arranged);
      const ran = await runIn(install, {
        kind: 'project',
        dir: projectDir,
        fileName: program.path,
        run: project.run,
        printed: true,
        env: arranged.env,
        args: arranged.args,
        namespace: lane.namespace,
        browser: arranged.browser ? 'box' : undefined,
      });
      const failure = describeFailure(`${cell.name} project`, program.path, ran, lane.mock);
      expectSignedIn(ran, lane.mock, expectedOf(arranged), failure);
      expectBrowserVisit(ran, arranged, failure);
    });
    noteInstall(row, install, line);
    proof.pass();
  });
});

// ---------------------------------------------------------------------------------------------
// Type-check: every TypeScript snapshot program of a package, with the tsconfig and TypeScript
// its project ships, in one compiler run per package.

const typeScriptPackages = ALL_TARGETS.flatMap((target) =>
  target.styles
    .filter((style) => style.language === 'typescript')
    .flatMap((style) => target.packages.map((pkg) => ({ target, styleId: style.id, packageName: packageId(pkg) }))),
);

describe.concurrent('type-check: every TypeScript program, with the tsconfig its project ships', () => {
  it.each(typeScriptPackages.map((entry) => [`${entry.target.id} ${entry.packageName}`, entry] as const))(
    '%s',
    { timeout: 600_000 },
    async (name, { target, styleId, packageName }) => {
      const cases = snapshotCases.filter(
        (testCase) =>
          testCase.target === target && testCase.packageName === packageName && testCase.styleId === styleId,
      );
      expect(cases.length).toBeGreaterThan(0);
      const cells = cases.map(
        (testCase) =>
          [
            testCase,
            recordProof(rowName(target, packageName, styleId, testCase.auth, variantName(testCase)), 'type-check'),
          ] as const,
      );
      const projectCell = projectCells.find(
        (cell) =>
          cell.testCase.target === target &&
          cell.testCase.packageName === packageName &&
          cell.testCase.styleId === styleId &&
          cell.testCase.mode === 'env' &&
          Object.keys(cell.testCase.variant).length === 0,
      )!;
      const install = await projectInstall(projectCell);
      expectInstalled(install);
      const programs = await Promise.all(
        cases.map(async (testCase) => ({
          name: testCase.name,
          fileName: snippetFor(testCase.options).fileName,
          code: await readFile(join(ROOT, testCase.snapshotPath), 'utf8'),
        })),
      );
      const result: TypecheckResult = await typecheckPrograms(
        install,
        join(workDir, 'typecheck', folderName(name)),
        programs,
      );
      const failing = [...result.errors].filter(([, errors]) => errors.length > 0);
      expect(failing, result.run.stdout.slice(-3000)).toEqual([]);
      for (const [, cell] of cells) cell.pass();
    },
  );
});

// ---------------------------------------------------------------------------------------------
// --base-url: the CLI's output for another host, run against a mock on 127.0.0.1.

type Subject = 'enterprise' | 'user' | null;
/** Per auth method: the runs each target × package × style gets with --base-url. */
const BASE_URL_RUNS: Partial<
  Record<AuthMethodId, { mode: 'literal' | 'env'; subject: Subject; withClient?: boolean; firstStyleOnly?: boolean }[]>
> = {
  // Environment mode with --base-url is also a snapshot (env-base-url), run above as printed.
  'developer-token': [
    { mode: 'literal', subject: null },
    { mode: 'env', subject: null, withClient: true, firstStyleOnly: true },
  ],
  ccg: [
    { mode: 'literal', subject: 'enterprise' },
    { mode: 'env', subject: 'user' },
  ],
  jwt: [
    { mode: 'literal', subject: 'user' },
    { mode: 'env', subject: 'enterprise' },
  ],
  oauth: [{ mode: 'literal', subject: null }],
};
/** An auth method with no runs of its own above: literal values, for api.box.com's stand-in. */
const baseUrlRuns = (auth: AuthMethodId) => BASE_URL_RUNS[auth] ?? [{ mode: 'literal' as const, subject: null }];

const baseUrlCases = ALL_TARGETS.flatMap((target) =>
  target.authMethods.flatMap((auth) =>
    target.packages.flatMap((pkg) =>
      target.styles
        .filter((style) => EXECUTED.includes(style.language))
        // The first style: --base-url is the same lines of a partial in every style of a target.
        .filter((style) => style.id === target.styles[0]!.id)
        .flatMap((style, styleIndex) =>
          baseUrlRuns(auth)
            .filter((run) => !run.firstStyleOnly || styleIndex === 0)
            .filter((run) => !run.withClient || target.takesOptionalCredentials !== false)
            .map((run) => ({
              name: [
                target.id,
                packageId(pkg),
                style.id,
                auth,
                run.mode,
                run.subject ? `as ${run.subject}` : '',
                run.withClient ? '+client' : '',
              ]
                .filter(Boolean)
                .join(' '),
              target,
              packageName: packageId(pkg),
              styleId: style.id,
              auth,
              ...run,
            })),
        ),
    ),
  ),
);

/** A redirect URI no program listens on: the user copies the code from the address bar. */
const WEB_APP_REDIRECT_URI = 'https://app.example.com/box/callback';

/** At most this many --base-url programs at once; each test has a mock of its own. */
const baseUrlSlots = makeLimiter(LANES);

describe.concurrent('base-url: every executed program runs against another host', () => {
  for (const target of ALL_TARGETS)
    for (const style of target.styles.slice(1).filter((candidate) => EXECUTED.includes(candidate.language)))
      for (const pkg of target.packages)
        for (const auth of target.authMethods)
          recordExclusion(
            rowName(target, packageId(pkg), style.id, auth, 'literal'),
            'base-url',
            `base-url: run in the ${target.styles[0]!.id} style, whose --base-url lines are this style's too`,
          );
  it.each(baseUrlCases.map((testCase) => [testCase.name, testCase] as const))(
    '%s',
    { timeout: 600_000 },
    async (_name, testCase) => {
      const mode = `${testCase.mode}${testCase.subject ? `-as-${testCase.subject}` : ''}${testCase.withClient ? '-with-client' : ''}`;
      // Recorded first, so a failure anywhere below (the CLI's included) shows in the matrix.
      const cell = recordProof(
        rowName(testCase.target, testCase.packageName, testCase.styleId, testCase.auth, mode),
        'base-url',
      );
      const snippet = snippetFor({
        target: testCase.target.id as 'python',
        package: testCase.packageName as 'boxsdk',
        style: testCase.styleId as 'script',
        auth: testCase.auth,
        credentials: 'env',
      });
      const install = await installFor(testCase.target, testCase.packageName, testCase.styleId, snippet.install);
      expectInstalled(install);
      await baseUrlSlots(async () => {
        const mock = await startMockBoxApi({ tls, userId });
        try {
          const dir = await makeRunFolder(install, join(workDir, 'runs', folderName(`base-url-${testCase.name}`)), []);
          const file = join(dir, snippet.fileName);
          const app =
            testCase.auth === 'jwt'
              ? { clientId: jwtApp.clientId, clientSecret: jwtApp.clientSecret }
              : { clientId: randomClientId(), clientSecret: randomToken() };
          const values: Record<string, string> = {
            token: randomToken(),
            appToken: randomToken(),
            ...app,
            enterpriseId: testCase.auth === 'jwt' ? jwtApp.enterpriseId : randomDigits(),
            userId: randomDigits(),
            jwtConfigPath: jwtApp.configPath,
          };
          const names = credentialNames(
            AUTH_METHOD_TABLE[testCase.auth],
            testCase.subject,
            testCase.withClient ?? false,
          );
          const args = [
            '--lang',
            testCase.target.id,
            '--package',
            testCase.packageName,
            ...moduleFlag(testCase),
            '--auth',
            testCase.auth,
            '--base-url',
            mock.url,
            // Outside a namespace a program must not listen on this machine's ports: the web
            // app's redirect URI makes it take the code the user copies (that way's proof).
            ...(testCase.auth === 'oauth' ? ['--redirect-uri', WEB_APP_REDIRECT_URI] : []),
            '--out',
            file,
            '--quiet',
          ];
          const env: Record<string, string> = {};
          if (testCase.mode === 'literal')
            for (const name of names) args.push(CREDENTIAL_FLAGS[name].flag, values[name]!);
          else {
            args.push('--from-env');
            if (testCase.withClient) args.push('--with-client-credentials');
            if (testCase.subject === 'user') args.push('--as', 'user');
            for (const name of names) env[CREDENTIAL_INPUTS[name].envVar] = values[name]!;
          }
          const cli = await runCli(args);
          expect(cli.code, cli.stderr).toBe(0);

          const line = lineFor(testCase.target.id, testCase.packageName);
          const subjectId = testCase.subject === 'user' ? values.userId! : values.enterpriseId!;
          const signIn = oauthApp(app, WEB_APP_REDIRECT_URI);
          const code = signIn.codeAhead();
          // An auth method with no grant here uses the token it is given as it is.
          const grants: Partial<
            Record<AuthMethodId, () => readonly [string, ReturnType<typeof clientCredentialsGrant>]>
          > = {
            ccg: () => ['client_credentials', clientCredentialsGrant(app, testCase.subject!, subjectId)] as const,
            jwt: () =>
              [
                'urn:ietf:params:oauth:grant-type:jwt-bearer',
                jwtGrant(jwtApp, testCase.subject!, subjectId, expectsKid(line)),
              ] as const,
            oauth: () =>
              [
                'authorization_code',
                { handler: signIn.codeGrant, issued: () => signIn.issued()?.accessToken ?? null },
              ] as const,
          };
          const grant = grants[testCase.auth]?.() ?? null;
          if (grant) mock.grants[grant[0]] = grant[1].handler;
          const run = await runIn(install, {
            kind: 'base-url',
            dir,
            fileName: snippet.fileName,
            run: snippet.run,
            printed: false,
            env,
            args: testCase.auth === 'oauth' ? [code] : [],
          });
          const failure = describeFailure(testCase.name, file, run, mock);
          const given = values[AUTH_METHOD_TABLE[testCase.auth].required[0]]!;
          expectSignedIn(run, mock, signedIn(mock, grant ? grant[1].issued() : given, grant ? 1 : 0), failure);
          cell.pass();
        } finally {
          await mock.close();
        }
      });
    },
  );
});

// ---------------------------------------------------------------------------------------------
// The languages this machine has no toolchain for (C#, Swift): parsed and API-checked.

/** The languages the proof checks instead of running them (test/support/languages.ts). */
const CHECKED = (Object.keys(LANGUAGES) as Language[]).filter((language) => LANGUAGES[language].proof === 'checked');

describe(`${CHECKED.join(', ')} (no toolchain here): parsed, API-checked, holding every hint line`, () => {
  const checkedCases = ALL_TARGETS.filter((target) => CHECKED.includes(languageOf(target))).flatMap((target) =>
    target.authMethods.flatMap((auth) => [
      ...target.packages.flatMap((pkg) =>
        (['literal', 'env'] as const).map((mode) => ({
          target,
          auth,
          pkg: packageId(pkg),
          mode,
          variant: {} as Variant,
        })),
      ),
      // Each client option the auth method combines with, for the default package.
      ...STYLE_OPTION_VARIANTS.filter(([option]) => offers(target, auth, option)).map(([option, variant]) => ({
        target,
        auth,
        pkg: packageId(target.packages[0]!),
        mode: 'env' as const,
        variant: option === 'downscope' ? { downscope: downscopeFor(auth) } : variant,
      })),
    ]),
  );
  it.each(
    checkedCases.map(
      (c) =>
        [
          `${c.target.id} ${c.pkg} ${c.auth} ${c.mode}${variantOptions(c.variant)
            .map((o) => ` +${o}`)
            .join('')}`,
          c,
        ] as const,
    ),
  )('%s', async (name, c) => {
    const language = languageOf(c.target);
    const support = LANGUAGES[language];
    if (support.proof !== 'checked') throw new Error(`${language} is not a checked language`);
    const options = variantOptions(c.variant);
    const cell = recordProof(
      rowName(c.target, c.pkg, c.target.styles[0]!.id, c.auth, `${c.mode}${options.map((o) => `+${o}`).join('')}`),
      'parsed',
    );
    const method = AUTH_METHOD_TABLE[c.auth];
    const subjects = Object.keys(method.subjects) as ('enterprise' | 'user')[];
    const values: Record<string, string> = {
      token: randomToken(),
      clientId: randomClientId(),
      clientSecret: randomToken(),
      enterpriseId: randomDigits(),
      userId: randomDigits(),
      jwtConfigPath: 'config.json',
      appToken: randomToken(),
    };
    const literal = Object.fromEntries(
      credentialNames(method, subjects.at(-1) ?? null, false).map((credential) => [credential, values[credential]!]),
    );
    // Literal: as a user (where the method has subjects), for api.box.com; env: as the
    // enterprise, for another host.
    const snippet = generateFromRequest({
      target: c.target.id as 'swift',
      auth: c.auth,
      package: c.pkg as 'box-ios-sdk',
      credentials: c.mode === 'env' ? 'env' : literal,
      ...(c.mode === 'env' ? { baseUrl: 'https://127.0.0.1:8443' } : {}),
      ...(c.variant.asUser ? { asUser: true } : {}),
      ...(c.variant.downscope ? { downscope: c.variant.downscope } : {}),
      ...(c.variant.revoke ? { revoke: true } : {}),
      ...(c.variant.tokenFile !== undefined ? { tokenFile: c.variant.tokenFile } : {}),
      ...(c.variant.existingTokens ? { existingTokens: true } : {}),
    });
    const syntax = await support.syntax([{ name, code: snippet.code, fileName: snippet.fileName }]);
    expect(syntax[name]).toEqual([]);
    expect(await support.api.problems(snippet.code, c.target.id, c.pkg)).toEqual([]);
    expect(missingHints(snippet.code, language, c.auth, options, listensForRedirect(c))).toEqual([]);
    cell.pass(`parsed against ${support.api.against(c.target.id, c.pkg)}`);
  });
});

// .NET projects: the .csproj is .NET's own format, checked as XML.
describe('C# projects (no .NET SDK here)', () => {
  it.each(
    ALL_TARGETS.filter((target) => languageOf(target) === 'csharp').flatMap((target) =>
      target.packages.map((pkg) => [`${target.id} ${packageId(pkg)} project`, target, packageId(pkg)] as const),
    ),
  )(
    '%s: the .csproj is XML with the package reference, and Program.cs passes the checks',
    async (_name, target, packageName) => {
      const snippet = generateFromRequest({
        target: target.id as 'dotnet',
        package: packageName as 'Box.V2.Core',
        credentials: 'env',
      });
      const project = projectFor(snippet);
      const csproj = project.files.find((file) => file.path.endsWith('.csproj'))!;
      const requirement = snippet.install.find((step) => step.requirement)!.requirement!;
      const [name, version] = requirement.split('@');
      const check = await spawnProgram(
        python3(),
        [
          '-c',
          [
            'import sys, xml.etree.ElementTree as ET',
            'root = ET.fromstring(sys.argv[1])',
            'refs = [(r.get("Include"), r.get("Version")) for r in root.iter("PackageReference")]',
            'print(root.get("Sdk"), root.findtext("PropertyGroup/OutputType"), root.findtext("PropertyGroup/TargetFramework"), refs)',
          ].join('\n'),
          csproj.text,
        ],
        { PATH: process.env.PATH ?? '' },
        tmpdir(),
        30_000,
      );
      expect(check.stderr).toBe('');
      expect(check.stdout.trim()).toBe(`Microsoft.NET.Sdk Exe net10.0 [('${name}', '${version}')]`);
      const program = project.files.find((file) => file.path === snippet.fileName)!;
      expect((await parseCSharp(program.text)).problems).toEqual([]);
      expect(await checkBoxApi(program.text, DOTNET_LINES[`${target.id} ${packageName}`]!)).toEqual([]);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Failures: the day-one failures each program explains, one run per target × package × style ×
// case × auth method it applies to. The mock answers as Box does, the JWT config file is
// corrupted or missing, or nothing listens on api.box.com (a namespace whose listener is closed).

const stepRows = ALL_TARGETS.flatMap((target) =>
  target.packages.flatMap((pkg) =>
    target.styles
      .filter((style) => EXECUTED.includes(style.language))
      .map((style) => ({
        name: `${target.id} ${packageId(pkg)} ${style.id}`,
        target,
        packageName: packageId(pkg),
        styleId: style.id,
      })),
  ),
);

type FailureRun = {
  name: string;
  row: (typeof stepRows)[number];
  auth: AuthMethodId;
  failureCase: FailureCase;
};

/** The snapshot program a failure run starts: the env-mode program, with the case's client option. */
const failureCaseOf = ({ row, auth, failureCase }: FailureRun) =>
  makeCase(row.target, auth, row.packageName, row.styleId, 'env', failureCase.variant ?? {});

/** Why a failure case is left out for a row, or null where it runs. */
function exclusion(row: (typeof stepRows)[number], failureCase: FailureCase): string | null {
  const line = lineFor(row.target.id, row.packageName);
  if (failureCase.id === 'jwt-clock' && line.retriesJwtClock)
    return "jwt-clock: the SDK re-signs with the time of Box's reply and retries, so the program never sees the error";
  if (failureCase.readsResponse && row.styleId === 'esm' && line.esmErrorsLoseResponse)
    return `${failureCase.id}: the SDK's ES module build drops the error's response, so the program cannot tell Box's replies apart`;
  if (styleOf(row.target, row.styleId).typeScript)
    return `${failureCase.id}: the TypeScript program's failure helper is the CommonJS one's code with types (type-checked above); the CommonJS program runs this case`;
  return null;
}

/**
 * Puts a failure run's program (its env-mode snapshot, as printed) in a folder of its own, with its
 * JWT config corrupted or missing where the case says so. Returns what it must never print and
 * how to run it.
 */
async function prepareFailureRun(failureRun: FailureRun) {
  const { name, row, failureCase } = failureRun;
  const testCase = failureCaseOf(failureRun);
  const snippet = snippetFor(testCase.options);
  const install = await installForCase(testCase);
  expectInstalled(install);
  const dir = await makeRunFolder(install, join(workDir, 'runs', folderName(`failure-${name}`)), [
    { path: snippet.fileName, text: await readFile(join(ROOT, testCase.snapshotPath)) },
  ]);
  const file = join(dir, snippet.fileName);
  const arranged = await arrangeSnapshotRun(testCase, jwtApp, dir, {
    expectKid: expectsKid(lineFor(row.target.id, row.packageName)),
    userId,
  });
  const config = JSON.parse(await readFile(jwtApp.configPath, 'utf8'));
  if (failureCase.corruptJwtConfig) {
    const wrong = {
      ...config,
      boxAppSettings: {
        ...config.boxAppSettings,
        appAuth: { ...config.boxAppSettings.appAuth, passphrase: 'not-the-passphrase' },
      },
    };
    await writeFile(join(dir, FAKE.jwtConfigPath), JSON.stringify(wrong, null, 2));
  }
  const env = { ...arranged.env };
  if (failureCase.missingJwtConfig) env.BOX_JWT_CONFIG_PATH = MISSING_JWT_CONFIG;
  // What must never be printed: every value the program was given or read.
  // (A client ID is not one: the OAuth 2.0 programs print it in the authorize URL.)
  const given = (Object.values(CREDENTIAL_INPUTS) as { envVar: string; secret: boolean }[])
    .filter((input) => input.secret)
    .map((input) => arranged.env[input.envVar]);
  const { clientSecret, appAuth } = config.boxAppSettings;
  const secrets = [
    ...given,
    clientSecret,
    appAuth.passphrase,
    'not-the-passphrase',
    appAuth.privateKey.split('\n')[1],
  ].filter(Boolean) as string[];
  const run = (namespace: Namespace) =>
    runIn(install, {
      kind: 'failures',
      dir,
      fileName: snippet.fileName,
      run: snippet.run,
      printed: runtimeOf(row.target, row.styleId) !== 'java',
      env,
      args: arranged.args,
      namespace,
      timeoutMs: failureCase.noRoute ? 2 * RUN_TIMEOUT_MS : RUN_TIMEOUT_MS,
      // With no Box to reach, the browser brings the redirect as Box would have made it.
      browser: arranged.browser ? (failureCase.noRoute ? 'direct' : 'box') : undefined,
    });
  return { file, secrets, run, arranged };
}

/** The request a mock failure answers, which the program must have made. */
const FAILING_REQUEST: Record<NonNullable<FailureCase['mock']>['kind'], string> = {
  'token-error': '/oauth2/token',
  'unknown-token': '/2.0/users/me',
  'as-user-forbidden': '/2.0/users/me',
  'state-mismatch': '/api/oauth2/authorize',
  'access-denied': '/api/oauth2/authorize',
};

const MISSING_JWT_CONFIG = 'config/no_such_config.json';
/** The default redirect URI's port, which the port-in-use case holds. */
const REDIRECT_PORT = Number(new URL(DEFAULT_REDIRECT_URI).port);

/** At most this many no-route programs at once: they mostly sleep between their SDKs' retries. */
const NO_ROUTE_SLOTS = 12;

const failureCandidates = stepRows.flatMap((row) =>
  FAILURE_CASES.filter(
    (failureCase) =>
      !failureCase.defaultRowOnly ||
      (isDefaultPackage(row.target, row.packageName) && row.styleId === row.target.styles[0]!.id),
  ).flatMap((failureCase) =>
    failureCase.authMethods
      .filter((auth) => row.target.authMethods.includes(auth))
      .filter((auth) => variantOptions(failureCase.variant ?? {}).every((option) => offers(row.target, auth, option)))
      .filter((auth) => !failureCase.needsListener || listensForRedirect({ auth, target: row.target }))
      .map((auth) => ({ name: `${row.name} ${auth} ${failureCase.id}`, row, auth, failureCase })),
  ),
);
const failureRuns: FailureRun[] = failureCandidates.filter((run) => exclusion(run.row, run.failureCase) === null);

// No route: nothing listens on api.box.com:443 in this namespace, so these runs need no mock and
// no lane, and they spend their time in the SDKs' retries (the classic Node SDK's last about a
// minute). They all start when the installs are done (see the first beforeAll), beside every
// other kind of run; each failures test then checks its own program's outcome.
let noRoute: Namespace | undefined;
const noRouteRuns = new Map<
  string,
  Promise<{ prepared: Awaited<ReturnType<typeof prepareFailureRun>>; ran: ProgramRun }>
>();

async function startNoRouteRuns(): Promise<void> {
  const namespace = await makeNamespace(LANES, HOST_NAMES, tls.caPem);
  namespace.listener.close();
  noRoute = namespace;
  const slots = makeLimiter(NO_ROUTE_SLOTS);
  // A run of some tests only (vitest -t) starts the no-route programs of those tests only.
  const pattern = (globalThis as { __vitest_worker__?: { config?: { testNamePattern?: RegExp } } }).__vitest_worker__
    ?.config?.testNamePattern;
  const chosen = (run: FailureRun) => !pattern || pattern.test(`${FAILURES_TITLE} ${run.name}`);
  let namespaces = LANES;
  for (const run of failureRuns.filter((candidate) => candidate.failureCase.noRoute && chosen(candidate))) {
    const started = slots(async () => {
      const prepared = await prepareFailureRun(run);
      if (!prepared.arranged.browser) return { prepared, ran: await prepared.run(namespace) };
      // A program that listens on the redirect URI's port gets a namespace of its own: side by
      // side in one, they would take each other's port.
      const own = await makeNamespace(++namespaces, HOST_NAMES, tls.caPem);
      own.listener.close();
      try {
        return { prepared, ran: await prepared.run(own) };
      } finally {
        await own.close();
      }
    });
    started.catch(() => {}); // its test reports the error
    noRouteRuns.set(run.name, started);
  }
}

const FAILURES_TITLE = 'failures: every Python, Node, Java and cURL program explains the day-one failures';

describe.concurrent(FAILURES_TITLE, () => {
  for (const run of failureCandidates) {
    const reason = exclusion(run.row, run.failureCase);
    if (reason)
      recordExclusion(
        rowName(run.row.target, run.row.packageName, run.row.styleId, run.auth, 'env'),
        'failures',
        reason,
      );
  }
  // The no-route tests come last: by then their programs have run (see beforeAll).
  const ordered = [
    ...failureRuns.filter((run) => !run.failureCase.noRoute),
    ...failureRuns.filter((run) => run.failureCase.noRoute),
  ];

  it.each(ordered.map((run) => [run.name, run] as const))('%s', { timeout: 600_000 }, async (_name, failureRun) => {
    const { row, auth, failureCase } = failureRun;
    const cell = recordProof(
      rowName(row.target, row.packageName, row.styleId, auth, variantName(failureCaseOf(failureRun))),
      'failures',
    );
    const check = (prepared: { file: string; secrets: string[] }, run: ProgramRun, mock: MockBoxApi | null) => {
      const failure = describeFailure(failureRun.name, prepared.file, run, mock ?? lanes.lanes[0]!.mock);
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.timedOut, failure).toBe(false);
      for (const secret of prepared.secrets)
        expect(output.includes(secret), `${failure}\n(a credential was printed)`).toBe(false);
      if (failureCase.hint === null) {
        // Not a case to explain: the program stops with the error as it is, and no hint misleads.
        expect(run.exitCode, failure).not.toBe(0);
        expect(output, failure).toContain(MISSING_JWT_CONFIG.split('/').at(-1));
        for (const hint of KNOWN_HINTS) expect(output, failure).not.toContain(hint);
      } else {
        expect(run.exitCode, failure).toBe(1);
        const lines = run.stderr.split('\n');
        const at = lines.indexOf(failureCase.hint);
        expect(at, failure).toBeGreaterThanOrEqual(0);
        // The SDK's own message follows the hint.
        if (!failureCase.ownCheck) expect(lines[at + 1]?.trim(), failure).toBeTruthy();
        for (const trace of ['Traceback', '    at ', 'Exception in thread'])
          expect(output, failure).not.toContain(trace);
      }
      if (mock && failureCase.mock)
        expect(
          mock.requests.some(
            (r) =>
              r.path === FAILING_REQUEST[failureCase.mock!.kind] &&
              (failureCase.mock!.kind !== 'as-user-forbidden' || r.headers['as-user'] === FAKE.asUserId),
          ),
          failure,
        ).toBe(true);
      else if (mock) expect(mock.requests, failure).toEqual([]);
      // A redirect that is not this sign-in's, or carries no code, is never exchanged.
      if (mock && (failureCase.mock?.kind === 'state-mismatch' || failureCase.mock?.kind === 'access-denied'))
        expect(
          mock.requests.filter((r) => r.path === '/oauth2/token'),
          failure,
        ).toEqual([]);
    };
    if (failureCase.noRoute) {
      const { prepared, ran } = await noRouteRuns.get(failureRun.name)!;
      check(prepared, ran, null);
    } else {
      const prepared = await prepareFailureRun(failureRun);
      await lanes.use(async (lane) => {
        if (failureCase.mock) lane.mock.failure = failureCase.mock;
        if (prepared.arranged.browser) lane.mock.authorize = prepared.arranged.oauth!.authorize;
        if (failureCase.holdsRedirectPort) await lane.namespace.holdPort(REDIRECT_PORT);
        try {
          check(prepared, await prepared.run(lane.namespace), lane.mock);
        } finally {
          if (failureCase.holdsRedirectPort) await lane.namespace.releasePort(REDIRECT_PORT);
        }
      });
    }
    cell.pass();
  });
});
