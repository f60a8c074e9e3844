// Bad input gets one line on stderr naming the flag and what is expected, exit code 2, nothing on
// stdout and no file; a failed write leaves the previous file as it was. No output of any error
// path contains a secret that was given.

import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE } from './support/cases.js';
import { runCli } from './support/cli.js';

let dir: string;
const JWT_FILES: Record<string, string> = {};
const JWT_SECRET = 'JwtAppSecret00000000000000000001';
const JWT_PASSPHRASE = 'Zq9xMustNotLeak';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'box-snippet-bad-input-'));
  const config = {
    boxAppSettings: {
      clientID: FAKE.clientId,
      clientSecret: JWT_SECRET,
      appAuth: {
        publicKeyID: 'abcd1234',
        privateKey: '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIF\n-----END ENCRYPTED PRIVATE KEY-----\n',
        passphrase: JWT_PASSPHRASE,
      },
    },
    enterpriseID: '1234567',
  };
  const files: Record<string, string> = {
    JWT_CONFIG: JSON.stringify(config),
    NOT_JSON: `{ "boxAppSettings": ${JWT_SECRET} `,
    NO_PASSPHRASE: JSON.stringify({
      ...config,
      boxAppSettings: {
        ...config.boxAppSettings,
        appAuth: { ...config.boxAppSettings.appAuth, passphrase: undefined },
      },
    }),
  };
  for (const [name, content] of Object.entries(files)) {
    JWT_FILES[name] = join(dir, `${name.toLowerCase()}.json`);
    await writeFile(JWT_FILES[name]!, content);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// A secret that is valid, so the error each case is about is the only one.
const SECRET = FAKE.token;
const CLIENT_SECRET = FAKE.clientSecret;

/** [flag under test, arguments, what the message must say]. Every case carries the secrets. */
const BAD_VALUES: [string, string[], string][] = [
  ['--lang', ['--lang', 'cobol'], '--lang: expected one of'],
  ['--lang', [], '--lang: required'],
  ['--sdk', ['--lang', 'python', '--sdk', 'old'], '--sdk: expected one of gen, legacy'],
  ['--sdk', ['--lang', 'node-legacy', '--sdk', 'gen'], '--sdk: node-legacy is the legacy line'],
  [
    '--package',
    ['--lang', 'java', '--package', 'box-java'],
    '--package: expected one of com.box:box-java-sdk, com.box:box-java-sdk-gen',
  ],
  ['--module', ['--lang', 'node', '--module', 'amd'], '--module: expected one of cjs, esm, ts'],
  ['--module', ['--lang', 'ts', '--module', 'esm'], '--module: --lang ts already means ts'],
  ['--module', ['--lang', 'java', '--module', 'esm'], '--module: java has a single style'],
  ['--auth', ['--lang', 'python', '--auth', 'kerberos'], '--auth: expected one of developer-token'],
  ['--token', ['--lang', 'python', '--token', 'x'.repeat(31)], '--token: expected a Box Developer Token'],
  ['--token', ['--lang', 'python', '--token'], '--token: expected a value'],
  [
    '--client-id',
    ['--lang', 'python', '--client-id', 'NOT-lower-case-00000000000000000', '--client-secret', CLIENT_SECRET],
    '--client-id: expected a Box Client ID',
  ],
  [
    '--client-id',
    ['--lang', 'python', '--client-secret', CLIENT_SECRET],
    '--client-id: --client-id and --client-secret go together',
  ],
  [
    '--client-secret',
    ['--lang', 'python', '--client-id', FAKE.clientId, '--client-secret', 'short'],
    '--client-secret: expected a Box Client Secret',
  ],
  [
    '--from-env',
    ['--lang', 'python', '--from-env', '--client-secret', CLIENT_SECRET],
    '--client-secret: cannot be combined with --from-env',
  ],
  [
    '--with-client-credentials',
    ['--lang', 'python', '--with-client-credentials', '--client-id', FAKE.clientId, '--client-secret', CLIENT_SECRET],
    '--with-client-credentials: is for --from-env and placeholders',
  ],
  [
    '--base-url',
    ['--lang', 'python', '--base-url', 'api.box.example'],
    '--base-url: expected an absolute http:// or https:// URL',
  ],
  [
    '--base-url',
    ['--lang', 'python', '--base-url', 'ftp://example.com'],
    '--base-url: expected an http:// or https:// URL',
  ],
  [
    '--base-url',
    ['--lang', 'python', '--base-url', 'https://user:pw@example.com'],
    '--base-url: expected a URL without a user name or password',
  ],
  [
    '--base-url',
    ['--lang', 'java', '--base-url', 'http://127.0.0.1:8080'],
    '--base-url: this SDK accepts only https://',
  ],
  ['--format', ['--lang', 'python', '--format', 'yaml'], '--format: expected one of code, markdown, json'],
  ['--format', ['list', '--format', 'markdown'], '--format: list prints text or json'],
  ['--format', ['build', '--out', 'docs', '--format', 'html'], '--format: build writes files, markdown, json'],
  ['--out', ['build'], '--out: build needs the folder'],
  [
    'unknown flag',
    ['--lang', 'python', '--client-secrt', CLIENT_SECRET],
    'unknown option --client-secrt (did you mean --client-secret?)',
  ],
  [
    '--enterprise-id',
    [
      '--lang',
      'java',
      '--auth',
      'ccg',
      '--client-id',
      FAKE.clientId,
      '--client-secret',
      CLIENT_SECRET,
      '--enterprise-id',
      '12',
      '--user-id',
      '34',
    ],
    '--enterprise-id, --user-id: give exactly one of them, not both',
  ],
  [
    '--enterprise-id',
    ['--lang', 'java', '--auth', 'ccg', '--client-id', FAKE.clientId, '--client-secret', CLIENT_SECRET],
    '--enterprise-id or --user-id: Client Credentials Grant auth acts as an enterprise or a user; give exactly one of them',
  ],
  [
    '--enterprise-id',
    [
      '--lang',
      'node',
      '--auth',
      'ccg',
      '--client-id',
      FAKE.clientId,
      '--client-secret',
      CLIENT_SECRET,
      '--enterprise-id',
      'acme',
    ],
    '--enterprise-id: expected a Box enterprise ID: digits only',
  ],
  [
    '--user-id',
    ['--lang', 'py', '--auth', 'jwt', '--jwt-config', 'JWT_CONFIG', '--user-id', '12a'],
    '--user-id: expected a Box user ID: digits only',
  ],
  [
    '--enterprise-id',
    ['--lang', 'py', '--auth', 'jwt', '--jwt-config', 'JWT_CONFIG', '--enterprise-id', '12'],
    '--enterprise-id: not used by JWT (server authentication) auth',
  ],
  [
    '--jwt-config',
    ['--lang', 'py', '--auth', 'jwt', '--jwt-config', 'no-such-config.json'],
    '--jwt-config: cannot read no-such-config.json: no such file',
  ],
  ['--jwt-config', ['--lang', 'py', '--auth', 'jwt', '--jwt-config', 'NOT_JSON'], 'is not JSON'],
  [
    '--jwt-config',
    ['--lang', 'py', '--auth', 'jwt', '--jwt-config', 'NO_PASSPHRASE'],
    'has no boxAppSettings.appAuth.passphrase',
  ],
  [
    '--jwt-config',
    ['--lang', 'py', '--auth', 'jwt', '--user-id', '5'],
    '--jwt-config: required for JWT (server authentication) auth',
  ],
  ['--as', ['--lang', 'py', '--auth', 'ccg', '--as', 'admin'], '--as: expected one of enterprise, user'],
  ['--as', ['--lang', 'py', '--auth', 'oauth', '--as', 'user'], '--as: OAuth 2.0 auth has no choice of subject'],
  [
    '--as',
    [
      '--lang',
      'py',
      '--auth',
      'ccg',
      '--client-id',
      FAKE.clientId,
      '--client-secret',
      CLIENT_SECRET,
      '--user-id',
      '5',
      '--as',
      'user',
    ],
    '--as: is for --from-env and placeholders',
  ],
  [
    '--redirect-uri',
    ['--lang', 'py', '--auth', 'oauth', '--redirect-uri', 'localhost:3000'],
    '--redirect-uri: expected an',
  ],
  [
    '--redirect-uri',
    ['--lang', 'py', '--redirect-uri', 'http://localhost:3000/callback'],
    '--redirect-uri: only OAuth 2.0 auth uses a redirect URI',
  ],
  [
    '--auth',
    ['--lang', 'py', '--auth', 'jwt', '--token', SECRET],
    '--token: not used by JWT (server authentication) auth',
  ],
  ['unknown command', ['generate-all'], 'unknown'],
  [
    '--app-token',
    ['--lang', 'py', '--auth', 'app-token', '--app-token', 'short'],
    '--app-token: expected a Box App Token',
  ],
  [
    '--app-token',
    ['--lang', 'py', '--auth', 'app-token', '--token', SECRET],
    '--token: not used by App Token (Limited Access App) auth',
  ],
  [
    '--as-user',
    ['--lang', 'py', '--token', SECRET, '--as-user', 'bob'],
    '--as-user: expected a Box user ID: digits only',
  ],
  [
    '--as-user',
    ['--lang', 'py', '--token', SECRET, '--as-user'],
    '--as-user: expected a Box user ID: digits only with literal values (alone, it is for --from-env and placeholders)',
  ],
  ['--as-user', ['--lang', 'py', '--from-env', '--as-user', '12345'], '--as-user: cannot be combined with --from-env'],
  [
    '--as-user',
    ['--lang', 'py', '--auth', 'app-token', '--from-env', '--as-user'],
    "--as-user: not with App Token (Limited Access App) auth on python: an App Token belongs to a Limited Access App's service account",
  ],
  [
    '--downscope',
    ['--lang', 'py', '--token', SECRET, '--downscope', 'item_preview,everything'],
    '--downscope: expected scopes among annotation_edit',
  ],
  [
    '--downscope',
    ['--lang', 'py', '--token', SECRET, '--downscope', 'item_preview;rm'],
    '--downscope: expected scopes among',
  ],
  [
    '--downscope',
    ['--lang', 'py', '--from-env', '--as-user', '--downscope', 'item_preview'],
    '--downscope: not with --as-user: a downscoped token acts for the user of the token it came from; give one of them',
  ],
  [
    '--resource',
    ['--lang', 'py', '--token', SECRET, '--resource', 'https://app.box.com/file/1'],
    '--resource: names the item of a downscoped token; give --downscope <scopes> too',
  ],
  [
    '--resource',
    ['--lang', 'py', '--token', SECRET, '--downscope', 'item_preview', '--resource', 'https://example.com/file/1'],
    '--resource: expected a Box file or folder URL',
  ],
  [
    '--revoke',
    ['--lang', 'py', '--token', SECRET, '--revoke'],
    '--client-id: --revoke with Developer Token auth needs --client-id and --client-secret',
  ],
  [
    '--revoke',
    ['--lang', 'py', '--auth', 'app-token', '--from-env', '--revoke'],
    '--revoke: not with App Token (Limited Access App) auth on python: an App Token is revoked by removing its key',
  ],
  [
    '--token-file',
    ['--lang', 'py', '--auth', 'oauth', '--from-env', '--token-file', '../tokens.json'],
    '--token-file: expected a file name of letters, digits and . _ - (a file in the folder the program runs in)',
  ],
  [
    '--token-file',
    ['--lang', 'py', '--auth', 'oauth', '--from-env', '--token-file', 'my tokens.json'],
    '--token-file: expected a file name',
  ],
  [
    '--token-file',
    ['--lang', 'py', '--auth', 'ccg', '--from-env', '--token-file'],
    '--token-file: not with Client Credentials Grant auth on python: only an OAuth 2.0 sign-in has a refresh token to keep',
  ],
  [
    '--token-file',
    ['--lang', 'curl', '--auth', 'oauth', '--from-env', '--token-file'],
    '--token-file: not with OAuth 2.0 auth on curl: a curl script makes each request by hand',
  ],
  [
    '--token-file',
    ['--lang', 'py', '--auth', 'oauth', '--from-env', '--token-file', '--revoke'],
    '--token-file: not with --revoke: a revoked token is of no use to the next run',
  ],
  [
    '--existing-tokens',
    ['--lang', 'py', '--auth', 'jwt', '--from-env', '--existing-tokens'],
    '--existing-tokens: not with JWT (server authentication) auth on python: only an OAuth 2.0 sign-in has a refresh token',
  ],
  [
    '--existing-tokens',
    ['--lang', 'py', '--auth', 'oauth', '--from-env', '--existing-tokens', '--token-file'],
    '--existing-tokens: not with --token-file: a token file starts from the sign-in in the browser',
  ],
  [
    '--access-token',
    [
      '--lang',
      'py',
      '--auth',
      'oauth',
      '--client-id',
      FAKE.clientId,
      '--client-secret',
      CLIENT_SECRET,
      '--access-token',
      'short',
      '--refresh-token',
      'r'.repeat(64),
    ],
    '--access-token: expected a Box access token: 32 letters and digits',
  ],
  [
    '--refresh-token',
    [
      '--lang',
      'py',
      '--auth',
      'oauth',
      '--client-id',
      FAKE.clientId,
      '--client-secret',
      CLIENT_SECRET,
      '--access-token',
      'a'.repeat(32),
    ],
    '--refresh-token: required for OAuth 2.0 auth',
  ],
  [
    '--auth',
    ['--lang', 'curl', '--auth', 'jwt'],
    "--auth: curl cannot do jwt: a JWT assertion must be signed with the app's private key (RS256), which a curl script cannot do; use the Box CLI",
  ],
  ['--auth', ['--lang', 'sh', '--auth', 'jwt', '--from-env'], 'or an SDK target (--lang python, node, java, dotnet)'],
  ['--auth', ['--lang', 'swift', '--auth', 'jwt'], '--auth: swift cannot do jwt: the Box Swift SDK has no JWT auth'],
  ['--sdk', ['--lang', 'bash', '--sdk', 'legacy'], '--sdk: --lang bash has only the gen line; drop --sdk'],
  [
    '--client-id',
    ['--lang', 'curl', '--client-id', FAKE.clientId, '--client-secret', CLIENT_SECRET],
    '--client-id: the curl Developer Token program does not use the client ID and secret',
  ],
  [
    '--with-client-credentials',
    ['--lang', 'shell', '--from-env', '--with-client-credentials'],
    '--with-client-credentials: the curl Developer Token program does not use',
  ],
];

describe('every flag rejects a bad value with one line, exit 2, nothing on stdout', () => {
  it.each(BAD_VALUES)('%s: %j', async (_flag, givenArgs, message) => {
    let args = givenArgs;
    const out = join(dir, `out-${Math.random().toString(36).slice(2)}`);
    // The JWT config files are made below; their secrets must not show up either.
    args = args.map((arg) => JWT_FILES[arg] ?? arg);
    const usesToken = !args.includes('--auth') || args.includes('developer-token');
    const withSecret =
      args.includes('--token') || args.includes('--from-env') || args[0] === 'list' || args[0] === 'build' || !usesToken
        ? args
        : [...args, '--token', SECRET];
    const result = await runCli(
      [...withSecret, ...(args.includes('--out') || args[0] === 'list' || args[0] === 'build' ? [] : ['--out', out])],
      { cwd: dir },
    );
    expect(result.code, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1);
    expect(result.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
    for (const secret of [SECRET, CLIENT_SECRET, 'x'.repeat(31), JWT_SECRET, JWT_PASSPHRASE, 'PRIVATE KEY'])
      expect(result.stderr).not.toContain(secret.slice(0, 6));
  });
});

describe('a value the target language cannot hold', () => {
  // A NUL cannot be passed on a command line; `--token -` reads it from stdin.
  it('--token - with a NUL, for a shell script: one line naming --token, exit 2, nothing written', async () => {
    const out = join(dir, 'nul.sh');
    const result = await runCli(['--lang', 'curl', '--token', '-', '--no-validate', '--out', out], {
      stdin: `${SECRET.slice(0, 16)}\0${SECRET.slice(16)}\n`,
      cwd: dir,
    });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr.trim()).toBe(
      'box-snippet: --token: a shell script cannot hold a NUL character (U+0000); remove it',
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('a failed write leaves the previous file untouched', () => {
  const failRename = ['--require', join(import.meta.dirname, 'support', 'fail-rename.cjs')];

  it('--out --force: the old file survives and no temporary file is left', async () => {
    const out = join(dir, 'kept', 'Program.cs');
    expect((await runCli(['--lang', 'cs', '--from-env', '--out', out])).code).toBe(0);
    const before = await readFile(out, 'utf8');
    const result = await runCli(['--lang', 'cs', '--token', SECRET, '--out', out, '--force'], { nodeArgs: failRename });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`--out: cannot write ${out}`);
    expect(result.stderr).not.toContain(SECRET);
    expect(await readFile(out, 'utf8')).toBe(before);
    expect(await readdir(join(dir, 'kept'))).toEqual(['Program.cs']);
  });

  it('--out without a previous file: nothing is left behind', async () => {
    const out = join(dir, 'fresh', 'get_current_user.py');
    const result = await runCli(['--lang', 'py', '--from-env', '--out', out], { nodeArgs: failRename });
    expect(result.code).toBe(1);
    expect(await readdir(join(dir, 'fresh'))).toEqual([]);
  });

  it('build --force: the previous docs tree survives', async () => {
    const out = join(dir, 'docs');
    expect((await runCli(['build', '--out', out])).code).toBe(0);
    const manifest = await readFile(join(out, 'manifest.json'), 'utf8');
    const result = await runCli(['build', '--out', out, '--force', '--from-env'], { nodeArgs: failRename });
    expect(result.code).toBe(1);
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(manifest);
    expect((await readdir(dir)).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('--out whose folder is a file is a clear error', async () => {
    const file = join(dir, 'plain-file');
    await writeFile(file, 'x');
    const result = await runCli(['--lang', 'py', '--out', join(file, 'get_current_user.py')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--out: cannot create the folder');
  });
});

describe('secrets in files and metadata', () => {
  it('says once on stderr that the file holds a secret, and suggests --from-env', async () => {
    const result = await runCli(['--lang', 'py', '--token', SECRET, '--out', join(dir, 'secret.py')]);
    expect(result.stderr.match(/holds a secret/g)).toHaveLength(1);
    expect(result.stderr).toContain('--from-env');
    expect(result.stderr).not.toContain(SECRET);
  });
  it('--format json carries the secret only inside the code it was asked to write', async () => {
    const snippet = JSON.parse((await runCli(['--lang', 'py', '--token', SECRET, '--format', 'json'])).stdout);
    expect(snippet.code).toContain(SECRET);
    expect(JSON.stringify({ ...snippet, code: undefined })).not.toContain(SECRET);
    expect(snippet.containsSecret).toBe(true);
  });
});
