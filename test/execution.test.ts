// The proof. Every Python, Node, Java and cURL program runs with its real SDK package against a mock
// Box API that checks the token request and the API call:
// - default bytes: every snapshot file, exactly as printed (https://api.box.com, no --base-url),
//   inside network namespaces where Box's host names reach the mock;
// - base-url: the CLI's output with --base-url https://127.0.0.1:<port>, against a mock there;
// - printed steps: the install and run steps of `--format json`, run verbatim by sh in an empty
//   folder with the real registries;
// - project: `--project <dir>`, then the commands it prints, run inside it;
// - failures: the day-one failures (test/proof/failures.ts), each program explaining them.
// C# and Swift cannot run here: they are parsed and API-checked. The matrix printed at the end says
// which is which.

import { randomInt } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUTH_METHOD_TABLE,
  CREDENTIAL_INPUTS,
  STRING_ENCODERS,
  TARGETS,
  credentialNames,
  generateFromRequest,
  packageId,
  projectFor,
  type AuthMethodId,
  type InstallStep,
  type Language,
  type Snippet,
  type Target,
} from '../src/core/index.js';
import { formatSnippet } from '../src/format.js';
import { FAKE, PROXY_BASE_URL, allCases, makeCase } from './support/cases.js';
import { runCli } from './support/cli.js';
import { checkBoxApi, parseCSharp } from './support/csharp/check-csharp.js';
import { LANGUAGES } from './support/languages.js';
import { DOTNET_LINES } from './support/dotnet-lines.js';
import { python3 } from './support/toolchains.js';
import { authorizationCodeGrant, clientCredentialsGrant, jwtGrant, makeJwtApp, type JwtApp } from './proof/grants.js';
import { FAILURE_CASES } from './proof/failures.js';
import { makeLanePool, type LanePool } from './proof/lanes.js';
import { formatMatrix, recordProof } from './proof/matrix.js';
import { startMockBoxApi, type MockBoxApi } from './proof/mock-box-api.js';
import { makeNamespace, type Namespace } from './proof/netns.js';
import { mavenSubstitution, runPrintedSteps, trustEnvironment, type StepsRun } from './proof/printed-steps.js';
import { runProgram, spawnProgram, type ProgramRun } from './proof/run-program.js';
import { arrangeSnapshotRun } from './proof/snapshot-runs.js';
import { ensureSdk, type InstalledSdk } from './proof/sdk-cache.js';
import { PROOF_SDKS, SDK_LINES, lineFor, type SdkLine } from './proof/sdk-versions.js';
import { makeTestTls, type TestTls } from './proof/tls.js';

const RUN_TIMEOUT_MS = 90_000;
const STEPS_TIMEOUT_MS = 600_000;
const LANES = 2;
const ROOT = join(import.meta.dirname, '..');
/** Box's hosts as the programs name them, and the --base-url snapshots' proxy host. */
const HOST_NAMES = ['api.box.com', 'account.box.com', 'upload.box.com', new URL(PROXY_BASE_URL).hostname];
/** The languages this machine runs (test/support/languages.ts); the rest are parsed and API-checked (below). */
const EXECUTED = (Object.keys(LANGUAGES) as Language[]).filter((language) => LANGUAGES[language].proof === 'run');
const languageOf = (target: Target) => target.styles[0]!.language;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randomToken = () => Array.from({ length: 32 }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('');
const randomClientId = () =>
  Array.from({ length: 32 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[randomInt(36)]).join('');
const randomDigits = () => String(randomInt(100_000, 99_999_999));

const ALL_TARGETS = TARGETS as readonly Target[];
const styleOf = (target: Target, styleId: string) => target.styles.find((style) => style.id === styleId)!;
const isExecuted = (target: Target, styleId: string) => EXECUTED.includes(styleOf(target, styleId).language);
const packageOf = (target: Target, id: string) => target.packages.find((pkg) => packageId(pkg) === id)!;
const rowName = (target: Target, id: string, styleId: string, auth: string, mode: string) =>
  [target.id, `${packageOf(target, id).name} ${packageOf(target, id).versionRange}`, styleId, auth, mode].join(' | ');

let tls: TestTls;
let lanes: LanePool;
let workDir: string;
let jwtApp: JwtApp;
const userId = String(randomInt(10_000_000, 99_999_999));
const sdks = new Map<string, InstalledSdk>();
const sdkFor = (target: Target, packageName: string) => sdks.get(lineFor(target.id, packageName).id)!;

beforeAll(async () => {
  const started = Date.now();
  tls = await makeTestTls(HOST_NAMES);
  lanes = await makeLanePool(LANES, { tls, userId, hostNames: HOST_NAMES });
  workDir = await mkdtemp(join(tmpdir(), 'box-snippet-proof-'));
  jwtApp = await makeJwtApp(tls.dir);
  // Installs run in parallel, outside the namespaces: they mostly wait on the registries.
  const installed = await Promise.all(SDK_LINES.map((line) => ensureSdk(line)));
  for (const sdk of installed) sdks.set(sdk.line.id, sdk);
  const summary = installed.map(
    (sdk) =>
      `  ${sdk.line.id.padEnd(32)} ${sdk.line.install.padEnd(34)} ${sdk.version.padEnd(9)} ${sdk.installed ? `installed in ${(sdk.installMs / 1000).toFixed(1)} s` : 'cached'}`,
  );
  console.log(
    `SDK lines, ${PROOF_SDKS === 'latest' ? 'newest release within each pinned major' : 'pinned'} (setup ${((Date.now() - started) / 1000).toFixed(1)} s):\n${summary.join('\n')}`,
  );
});

afterAll(async () => {
  await lanes?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
  if (tls) await rm(tls.dir, { recursive: true, force: true });
  const substitutes = SDK_LINES.filter((line) => line.substitute).map(
    (line) => `  ${line.standsFor}: run on ${line.install} (${line.substitute})`,
  );
  console.log(
    formatMatrix([
      'Substitutions (made outside the printed text):',
      ...substitutes,
      '  printed steps and projects of those Java lines: Maven settings (-Duser.home in MAVEN_OPTS) with a local repository of relocation POMs to the served artifact',
      'Trust: the test CA through REQUESTS_CA_BUNDLE/SSL_CERT_FILE, NODE_EXTRA_CA_CERTS, CURL_CA_BUNDLE and a Java trust store (MAVEN_OPTS).',
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

/** The checks every successful run gets: the user ID printed, the right calls with the right token. */
function expectSignedIn(
  run: ProgramRun,
  mock: MockBoxApi,
  expectedToken: string | null,
  tokenCalls: number,
  failure: string,
): void {
  expect(run.exitCode, failure).toBe(0);
  expect(run.stdout, failure).toContain(`My user ID is ${mock.userId}`);
  expect(
    mock.requests.filter((r) => !r.expected),
    failure,
  ).toEqual([]);
  expect(expectedToken, failure).toBeTruthy();
  const apiCalls = mock.requests.filter((r) => r.path.startsWith('/2.0/'));
  expect(
    apiCalls.some((r) => r.method === 'GET' && r.path === '/2.0/users/me'),
    failure,
  ).toBe(true);
  expect(
    apiCalls.every((r) => r.headers.authorization === `Bearer ${expectedToken}`),
    failure,
  ).toBe(true);
  expect(mock.requests.filter((r) => r.path === '/oauth2/token').length, failure).toBe(tokenCalls);
}

/** The generated Node SDK signs its JWT assertion without a `kid` header; every other line sends it. */
const expectsKid = (line: SdkLine) => line.jwtKid !== false;

/**
 * The failure cases that apply to `auth` whose hint line `code` does not hold as a string literal
 * of `language`. It holds the programs this machine cannot run to the lines the executed ones are
 * proven to print.
 */
const missingHints = (code: string, language: Language, auth: AuthMethodId) =>
  FAILURE_CASES.filter((failureCase) => failureCase.authMethods.includes(auth))
    .filter((failureCase) => !code.includes(STRING_ENCODERS[language](failureCase.hint)))
    .map((failureCase) => failureCase.id);

// ---------------------------------------------------------------------------------------------
// Default bytes: every snapshot program, as printed.

const snapshotCases = allCases().filter((testCase) => isExecuted(testCase.target, testCase.styleId));
const executedSnapshots = new Set<string>();

describe.concurrent(
  'default bytes: every executed snapshot (Python, Node, Java, cURL) runs as printed, against api.box.com',
  () => {
    it.each(snapshotCases.map((testCase) => [testCase.name, testCase] as const))(
      '%s',
      { timeout: 300_000 },
      async (_name, testCase) => {
        const sdk = sdkFor(testCase.target, testCase.packageName);
        const style = styleOf(testCase.target, testCase.styleId);
        const dir = await caseDir(sdk, `default-${testCase.name}`);
        const file = join(dir, style.fileName);
        await writeFile(file, await readFile(join(ROOT, testCase.snapshotPath)));
        const arranged = await arrangeSnapshotRun(testCase, jwtApp, dir, { expectKid: expectsKid(sdk.line) });
        const variant = testCase.snapshotPath
          .slice(testCase.snapshotPath.lastIndexOf('/') + 1)
          .replace(/\.\w+$/, '')
          .replace(`${testCase.styleId}-`, '');
        const cell = recordProof(
          rowName(testCase.target, testCase.packageName, testCase.styleId, testCase.auth, variant),
          'default bytes',
        );

        await lanes.use(async (lane) => {
          if (arranged.grant) lane.mock.grants[arranged.grant.type] = arranged.grant.handler;
          const run = await runProgram({
            file,
            sdk,
            tls,
            env: arranged.env,
            args: arranged.args,
            timeoutMs: RUN_TIMEOUT_MS,
            namespace: lane.namespace,
            typeScriptRunner: 'tsx',
          });
          const failure = describeFailure(testCase.name, file, run, lane.mock);
          expectSignedIn(
            run,
            lane.mock,
            arranged.grant ? arranged.grant.issued() : arranged.token,
            arranged.grant ? 1 : 0,
            failure,
          );
          if (testCase.auth === 'oauth')
            expect(run.stdout, failure).toContain('https://account.box.com/api/oauth2/authorize?');
        });
        // The environment-mode programs also stop with their message when the variable is unset.
        if (
          arranged.firstEnvVar !== null &&
          !testCase.variant.baseUrl &&
          !testCase.variant.subject &&
          !testCase.variant.withClient
        ) {
          await lanes.use(async (lane) => {
            const run = await runProgram({
              file,
              sdk,
              tls,
              env: {},
              args: arranged.args,
              timeoutMs: RUN_TIMEOUT_MS,
              namespace: lane.namespace,
              typeScriptRunner: 'tsx',
            });
            const failure = describeFailure(`${testCase.name} (unset)`, file, run, lane.mock);
            expect(run.exitCode, failure).not.toBe(0);
            expect(run.timedOut, failure).toBe(false);
            expect(run.stderr, failure).toContain(
              `Set the ${arranged.firstEnvVar} environment variable and run again.`,
            );
            expect(run.stdout, failure).not.toContain('My user ID is');
            expect(lane.mock.requests, failure).toEqual([]);
          });
        }
        executedSnapshots.add(testCase.snapshotPath);
        cell.pass();
      },
    );
  },
);

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

/** Runs at most `slots` of the given jobs at a time. */
function makeLimiter(slots: number): <T>(job: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (job) => {
    if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await job();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

async function caseDir(sdk: InstalledSdk, name: string): Promise<string> {
  // Node programs live inside the SDK's folder so `require`/`import` resolve as in a project.
  const dir =
    sdk.line.runtime === 'node'
      ? join(sdk.dir, 'programs', name.replace(/[^\w.-]+/g, '_'))
      : join(workDir, name.replace(/[^\w.-]+/g, '_'));
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

// ---------------------------------------------------------------------------------------------
// --base-url: the CLI's output for another host, run against a mock on 127.0.0.1.

type Subject = 'enterprise' | 'user' | null;
/** Per auth method: the runs each target × package × style gets with --base-url. */
const BASE_URL_RUNS: Record<
  AuthMethodId,
  { mode: 'literal' | 'env'; subject: Subject; withClient?: boolean; firstStyleOnly?: boolean }[]
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

const baseUrlCases = ALL_TARGETS.flatMap((target) =>
  target.authMethods.flatMap((auth) =>
    target.packages.flatMap((pkg) =>
      target.styles
        .filter((style) => EXECUTED.includes(style.language))
        .flatMap((style, styleIndex) =>
          BASE_URL_RUNS[auth]
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

/** At most this many --base-url programs at once; each test has a mock of its own. */
const baseUrlSlots = makeLimiter(LANES);

describe.concurrent('base-url: every executed program runs against another host', () => {
  it.each(baseUrlCases.map((testCase) => [testCase.name, testCase] as const))(
    '%s',
    { timeout: 300_000 },
    async (_name, testCase) => {
      await baseUrlSlots(async () => {
        const mock = await startMockBoxApi({ tls, userId });
        try {
          const sdk = sdkFor(testCase.target, testCase.packageName);
          const dir = await caseDir(sdk, `base-url-${testCase.name}`);
          const file = join(dir, styleOf(testCase.target, testCase.styleId).fileName);
          const app =
            testCase.auth === 'jwt'
              ? { clientId: jwtApp.clientId, clientSecret: jwtApp.clientSecret }
              : { clientId: randomClientId(), clientSecret: randomToken() };
          const values: Record<string, string> = {
            token: randomToken(),
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
            '--out',
            file,
            '--quiet',
          ];
          const env: Record<string, string> = {};
          if (testCase.mode === 'literal')
            for (const name of names) args.push(CREDENTIAL_INPUTS[name].flag, values[name]!);
          else {
            args.push('--from-env');
            if (testCase.withClient) args.push('--with-client-credentials');
            if (testCase.subject === 'user') args.push('--as', 'user');
            for (const name of names) env[CREDENTIAL_INPUTS[name].envVar] = values[name]!;
          }
          // Recorded first, so a failure anywhere below (the CLI's included) shows in the matrix.
          const mode = `${testCase.mode}${testCase.subject ? `-as-${testCase.subject}` : ''}${testCase.withClient ? '-with-client' : ''}`;
          const cell = recordProof(
            rowName(testCase.target, testCase.packageName, testCase.styleId, testCase.auth, mode),
            'base-url',
          );
          const cli = await runCli(args);
          expect(cli.code, cli.stderr).toBe(0);

          const subjectId = testCase.subject === 'user' ? values.userId! : values.enterpriseId!;
          const code = randomToken();
          const grant = {
            'developer-token': () => null,
            ccg: () => ['client_credentials', clientCredentialsGrant(app, testCase.subject!, subjectId)] as const,
            jwt: () =>
              [
                'urn:ietf:params:oauth:grant-type:jwt-bearer',
                jwtGrant(jwtApp, testCase.subject!, subjectId, expectsKid(sdk.line)),
              ] as const,
            oauth: () => ['authorization_code', authorizationCodeGrant(app, code)] as const,
          }[testCase.auth]();
          if (grant) mock.grants[grant[0]] = grant[1].handler;
          const run = await runProgram({
            file,
            sdk,
            tls,
            env,
            args: testCase.auth === 'oauth' ? [code] : [],
            timeoutMs: RUN_TIMEOUT_MS,
          });
          const failure = describeFailure(testCase.name, file, run, mock);
          expectSignedIn(run, mock, grant ? grant[1].issued() : values.token!, grant ? 1 : 0, failure);
          cell.pass();
        } finally {
          await mock.close();
        }
      });
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Printed steps and projects: what a newcomer does in an empty folder, with the registries.

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

const moduleFlag = (row: { target: Target; styleId: string }) =>
  row.target.styles.length > 1 ? ['--module', row.styleId] : [];

const MAVEN_SUBSTITUTES = join(ROOT, '.cache', 'maven-substitutes', 'repository');

/**
 * The two environments of a newcomer's folder: the install steps get the developer's own shell
 * (it reaches the registries); the run gets a clean one with the test CA's trust and the token.
 * Where this machine's Maven mirror lacks the printed SDK, both get the relocating Maven settings.
 */
async function stepsEnvironment(
  row: (typeof stepRows)[number],
  printed: readonly InstallStep[],
  dir: string,
  token: string,
) {
  const line = lineFor(row.target.id, row.packageName);
  const requirement = printed.find((step) => step.requirement !== undefined)?.requirement;
  const mavenHome =
    line.runtime === 'java' && line.substitute && requirement
      ? await mavenSubstitution(dir, MAVEN_SUBSTITUTES, [{ printed: requirement, served: line.install }])
      : undefined;
  const ownShell = Object.fromEntries(
    Object.entries(process.env).filter(([name, value]) => value !== undefined && !name.startsWith('BOX_')),
  ) as Record<string, string>;
  const trust = trustEnvironment(tls);
  const homeOption = mavenHome ? `-Duser.home=${mavenHome}` : '';
  return {
    installEnv: {
      ...ownShell,
      ...(mavenHome ? { MAVEN_OPTS: `${ownShell.MAVEN_OPTS ?? ''} ${homeOption}`.trim() } : {}),
    },
    runEnv: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/root',
      LANG: 'C.UTF-8',
      ...trust,
      MAVEN_OPTS: `${trust.MAVEN_OPTS} ${homeOption}`.trim(),
      BOX_DEVELOPER_TOKEN: token,
    },
    substituted: mavenHome ? `${requirement} → ${line.install}` : null,
  };
}

/**
 * Maven resolves its plugins on first use; inside the namespace there is no registry, so the
 * same pom is built once outside it first, with an empty program. The printed text is untouched.
 */
async function prefetchMaven(pom: string, mainPath: string, env: Record<string, string>, dir: string): Promise<void> {
  const scratch = join(dir, 'maven-prefetch');
  await mkdir(join(scratch, mainPath, '..'), { recursive: true });
  await writeFile(join(scratch, 'pom.xml'), pom);
  await writeFile(
    join(scratch, mainPath),
    'public class GetCurrentUser { public static void main(String[] args) {} }\n',
  );
  const ran = await spawnProgram('mvn', ['-q', '-B', 'compile', 'exec:java'], env, scratch, 300_000);
  if (ran.exitCode !== 0)
    throw new Error(`prefetching Maven plugins failed:\n${ran.stdout.slice(-2000)}\n${ran.stderr.slice(-2000)}`);
}

function expectStepsRan(result: StepsRun, mock: MockBoxApi, token: string, label: string): void {
  const failed = [...result.install, ...(result.run ? [result.run] : [])].find((run) => run.exitCode !== 0);
  const detail = failed
    ? `${label}: step failed: ${result.failedStep}\nstdout:\n${failed.stdout.slice(-2500)}\nstderr:\n${failed.stderr.slice(-2500)}`
    : label;
  expect(result.failedStep, detail).toBeNull();
  expectSignedIn(result.run!, mock, token, 0, describeFailure(label, '(printed steps)', result.run!, mock));
}

describe.concurrent('printed steps: the install and run steps of --format json, verbatim, in an empty folder', () => {
  it.each(stepRows.map((row) => [row.name, row] as const))('%s', { timeout: STEPS_TIMEOUT_MS }, async (_name, row) => {
    const token = randomToken();
    const cli = await runCli([
      '--lang',
      row.target.id,
      '--package',
      row.packageName,
      ...moduleFlag(row),
      '--from-env',
      '--format',
      'json',
    ]);
    expect(cli.code, cli.stderr).toBe(0);
    const snippet = JSON.parse(cli.stdout) as Snippet;
    const dir = join(workDir, `steps-${row.name.replace(/[^\w.-]+/g, '_')}`);
    await mkdir(dir, { recursive: true });
    const env = await stepsEnvironment(row, snippet.install, dir, token);
    const pom = snippet.install.find((step) => step.file === 'pom.xml');
    if (pom) await prefetchMaven(pom.text, snippet.fileName, env.installEnv, dir);
    const cell = recordProof(
      rowName(row.target, row.packageName, row.styleId, 'developer-token', 'env'),
      'printed steps',
    );
    await lanes.use(async (lane) => {
      const result = await runPrintedSteps({
        dir: join(dir, 'empty-folder'),
        steps: { install: snippet.install, program: { path: snippet.fileName, text: snippet.code }, run: snippet.run },
        namespace: lane.namespace,
        installEnv: env.installEnv,
        runEnv: env.runEnv,
        args: [],
        timeoutMs: STEPS_TIMEOUT_MS,
      });
      expectStepsRan(result, lane.mock, token, row.name);
    });
    cell.pass(env.substituted ?? undefined);
  });
});

describe.concurrent('project: --project writes a project whose printed commands run', () => {
  it.each(stepRows.map((row) => [row.name, row] as const))('%s', { timeout: STEPS_TIMEOUT_MS }, async (_name, row) => {
    const token = randomToken();
    const dir = join(workDir, `project-${row.name.replace(/[^\w.-]+/g, '_')}`);
    await mkdir(dir, { recursive: true });
    const projectDir = join(dir, 'get-current-user');
    const cli = await runCli([
      '--lang',
      row.target.id,
      '--package',
      row.packageName,
      ...moduleFlag(row),
      '--from-env',
      '--project',
      projectDir,
    ]);
    expect(cli.code, cli.stderr).toBe(0);
    const snippet = await formatSnippet(
      generateFromRequest({
        target: row.target.id as 'python',
        package: row.packageName as 'boxsdk',
        style: row.styleId as 'script',
        credentials: 'env',
      }),
    );
    const project = projectFor(snippet);
    // The commands the CLI printed are the project's own.
    expect(cli.stderr).toContain(
      `Then:    cd ${projectDir}${[...project.install, project.run].map((command) => ` && ${command}`).join('')}`,
    );
    for (const file of project.files) expect(await readFile(join(projectDir, file.path), 'utf8')).toBe(file.text);
    const env = await stepsEnvironment(row, snippet.install, dir, token);
    const pom = project.files.find((file) => file.path === 'pom.xml');
    const main = project.files.find((file) => file.path.endsWith('.java'));
    if (pom && main) await prefetchMaven(pom.text, main.path, env.installEnv, dir);
    const cell = recordProof(rowName(row.target, row.packageName, row.styleId, 'developer-token', 'env'), 'project');
    await lanes.use(async (lane) => {
      const result = await runPrintedSteps({
        dir: projectDir,
        steps: {
          install: project.install.map((text) => ({ tool: 'sh', text, languageTag: 'sh' })),
          program: { path: main?.path ?? snippet.fileName, text: main?.text ?? snippet.code },
          run: project.run,
        },
        namespace: lane.namespace,
        installEnv: env.installEnv,
        runEnv: env.runEnv,
        args: [],
        timeoutMs: STEPS_TIMEOUT_MS,
      });
      expectStepsRan(result, lane.mock, token, `${row.name} project`);
    });
    cell.pass(env.substituted ?? undefined);
  });
});

// ---------------------------------------------------------------------------------------------
// The languages this machine has no toolchain for (C#, Swift): parsed and API-checked.

/** The languages the proof checks instead of running them (test/support/languages.ts). */
const CHECKED = (Object.keys(LANGUAGES) as Language[]).filter((language) => LANGUAGES[language].proof === 'checked');

describe(`${CHECKED.join(', ')} (no toolchain here): parsed, API-checked, holding every hint line`, () => {
  const checkedCases = ALL_TARGETS.filter((target) => CHECKED.includes(languageOf(target))).flatMap((target) =>
    target.authMethods.flatMap((auth) =>
      target.packages.flatMap((pkg) =>
        (['literal', 'env'] as const).map((mode) => ({ target, auth, pkg: packageId(pkg), mode })),
      ),
    ),
  );
  it.each(checkedCases.map((c) => [`${c.target.id} ${c.pkg} ${c.auth} ${c.mode}`, c] as const))(
    '%s',
    async (name, c) => {
      const language = languageOf(c.target);
      const support = LANGUAGES[language];
      if (support.proof !== 'checked') throw new Error(`${language} is not a checked language`);
      const cell = recordProof(rowName(c.target, c.pkg, c.target.styles[0]!.id, c.auth, c.mode), 'parsed');
      const method = AUTH_METHOD_TABLE[c.auth];
      const subjects = Object.keys(method.subjects) as ('enterprise' | 'user')[];
      const values: Record<string, string> = {
        token: randomToken(),
        clientId: randomClientId(),
        clientSecret: randomToken(),
        enterpriseId: randomDigits(),
        userId: randomDigits(),
        jwtConfigPath: 'config.json',
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
      });
      const syntax = await support.syntax([{ name, code: snippet.code, fileName: snippet.fileName }]);
      expect(syntax[name]).toEqual([]);
      expect(await support.api.problems(snippet.code, c.target.id, c.pkg)).toEqual([]);
      expect(missingHints(snippet.code, language, c.auth)).toEqual([]);
      cell.pass(`against ${support.api.against(c.target.id, c.pkg)}`);
    },
  );
});

// .NET projects: the .csproj is .NET's own format, checked as XML.
describe('C# projects (no .NET SDK here)', () => {
  it.each(
    stepRows.length
      ? ALL_TARGETS.filter((target) => languageOf(target) === 'csharp').flatMap((target) =>
          target.packages.map((pkg) => [`${target.id} ${packageId(pkg)} project`, target, packageId(pkg)] as const),
        )
      : [],
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
      expect(check.stdout.trim()).toBe(`Microsoft.NET.Sdk Exe net8.0 [('${name}', '${version}')]`);
      const program = project.files.find((file) => file.path === snippet.fileName)!;
      expect((await parseCSharp(program.text)).problems).toEqual([]);
      expect(await checkBoxApi(program.text, DOTNET_LINES[`${target.id} ${packageName}`]!)).toEqual([]);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Failures: the day-one failures each program explains, one run per target × package × style ×
// case × auth method it applies to. The mock answers as Box does, the JWT config file is
// corrupted, or nothing listens on api.box.com (a namespace whose listener is closed).

type FailureRun = {
  name: string;
  row: (typeof stepRows)[number];
  auth: AuthMethodId;
  failureCase: (typeof FAILURE_CASES)[number];
};

/**
 * Puts a failure run's program (its env-mode snapshot, as printed) in a folder of its own, with its
 * JWT config corrupted where the case says so. Returns what it must never print and how to run it.
 */
async function prepareFailureRun({ row, auth, failureCase }: FailureRun) {
  const testCase = makeCase(row.target, auth, row.packageName, row.styleId, 'env');
  const sdk = sdkFor(row.target, row.packageName);
  const dir = await caseDir(sdk, `failure-${testCase.name}-${failureCase.id}`);
  const file = join(dir, styleOf(row.target, row.styleId).fileName);
  await writeFile(file, await readFile(join(ROOT, testCase.snapshotPath)));
  const arranged = await arrangeSnapshotRun(testCase, jwtApp, dir, { expectKid: expectsKid(sdk.line) });
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
  // What must never be printed: every value the program was given or read.
  // (A client ID is not one: the OAuth 2.0 programs print it in the authorize URL.)
  const given = ['BOX_DEVELOPER_TOKEN', 'BOX_CLIENT_SECRET'].map((name) => arranged.env[name]);
  const { clientSecret, appAuth } = config.boxAppSettings;
  const secrets = [
    ...given,
    clientSecret,
    appAuth.passphrase,
    'not-the-passphrase',
    appAuth.privateKey.split('\n')[1],
  ].filter(Boolean) as string[];
  const run = (namespace: Namespace) =>
    runProgram({
      file,
      sdk,
      tls,
      env: arranged.env,
      args: arranged.args,
      timeoutMs: failureCase.noRoute ? 2 * RUN_TIMEOUT_MS : RUN_TIMEOUT_MS,
      namespace,
      typeScriptRunner: 'tsx',
    });
  return { file, secrets, run };
}

/** At most this many no-route programs at once: they mostly sleep between their SDKs' retries. */
const NO_ROUTE_SLOTS = 12;

describe.concurrent('failures: every Python, Node, Java and cURL program explains the day-one failures', () => {
  const failureRuns: FailureRun[] = stepRows.flatMap((row) =>
    FAILURE_CASES.flatMap((failureCase) =>
      failureCase.authMethods
        .filter((auth) => row.target.authMethods.includes(auth))
        .filter(() => failureCase.id !== 'jwt-clock' || !lineFor(row.target.id, row.packageName).retriesJwtClock)
        .filter(
          () =>
            !failureCase.readsResponse ||
            row.styleId !== 'esm' ||
            !lineFor(row.target.id, row.packageName).esmErrorsLoseResponse,
        )
        .map((auth) => ({ name: `${row.name} ${auth} ${failureCase.id}`, row, auth, failureCase })),
    ),
  );
  // The no-route tests come last: by then their programs have run (see beforeAll).
  const ordered = [
    ...failureRuns.filter((run) => !run.failureCase.noRoute),
    ...failureRuns.filter((run) => run.failureCase.noRoute),
  ];

  // No route: nothing listens on api.box.com:443 in this namespace, so these runs need no mock
  // and no lane, and they spend their time in the SDKs' retries (the classic Node SDK's last
  // about a minute). They all start here, beside the runs that need a lane; each test then checks
  // its own program's outcome.
  let noRoute: Namespace;
  const noRouteRuns = new Map<string, ReturnType<typeof startNoRouteRun>>();
  const noRouteSlots = makeLimiter(NO_ROUTE_SLOTS);
  const startNoRouteRun = (run: FailureRun) =>
    noRouteSlots(async () => {
      const prepared = await prepareFailureRun(run);
      return { prepared, ran: await prepared.run(noRoute) };
    });
  beforeAll(async () => {
    noRoute = await makeNamespace(LANES, HOST_NAMES);
    noRoute.listener.close();
    for (const run of failureRuns.filter((candidate) => candidate.failureCase.noRoute)) {
      const started = startNoRouteRun(run);
      started.catch(() => {}); // its test reports the error
      noRouteRuns.set(run.name, started);
    }
  });
  afterAll(async () => {
    await Promise.allSettled(noRouteRuns.values());
    await noRoute?.close();
  });

  it.each(ordered.map((run) => [run.name, run] as const))('%s', { timeout: 300_000 }, async (_name, failureRun) => {
    const { row, auth, failureCase } = failureRun;
    const cell = recordProof(rowName(row.target, row.packageName, row.styleId, auth, 'env'), 'failures');
    const check = (prepared: { file: string; secrets: string[] }, run: ProgramRun, mock: MockBoxApi | null) => {
      const failure = describeFailure(failureRun.name, prepared.file, run, mock ?? lanes.lanes[0]!.mock);
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.timedOut, failure).toBe(false);
      expect(run.exitCode, failure).toBe(1);
      const lines = run.stderr.split('\n');
      const at = lines.indexOf(failureCase.hint);
      expect(at, failure).toBeGreaterThanOrEqual(0);
      // The SDK's own message follows the hint.
      expect(lines[at + 1]?.trim(), failure).toBeTruthy();
      for (const trace of ['Traceback', '    at ', 'Exception in thread']) expect(output, failure).not.toContain(trace);
      for (const secret of prepared.secrets)
        expect(output.includes(secret), `${failure}\n(a credential was printed)`).toBe(false);
      if (mock && failureCase.mock) expect(mock.requests.length, failure).toBeGreaterThan(0);
      else if (mock) expect(mock.requests, failure).toEqual([]);
    };
    if (failureCase.noRoute) {
      const { prepared, ran } = await noRouteRuns.get(failureRun.name)!;
      check(prepared, ran, null);
    } else {
      const prepared = await prepareFailureRun(failureRun);
      await lanes.use(async (lane) => {
        if (failureCase.mock) lane.mock.failure = failureCase.mock;
        check(prepared, await prepared.run(lane.namespace), lane.mock);
      });
    }
    cell.pass();
  });
});
