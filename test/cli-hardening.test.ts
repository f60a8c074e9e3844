// The ways the CLI broke for a new user (issue 14), each tried as the user tried it: the built
// bin in its own process. Repeated flags, a closed stdout, short flags and typos, --out and the
// program's name, the secret note, flags `build` and `list` do not read, and the list's width.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE } from './support/cases.js';
import { CLI, runCli, type CliResult } from './support/cli.js';

let dir: string;
beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/box-snippet.cjs is missing: run `npm run build` first (npm test does)');
  dir = await mkdtemp(join(tmpdir(), 'box-snippet-hardening-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectUsageError(result: CliResult, text: string): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1);
  expect(result.stderr).toContain(text);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('a single-value flag given twice', () => {
  it.each([
    [['--lang', 'python', '--lang', 'node'], '--lang: given --lang twice; give it once'],
    [['-l', 'python', '--lang', 'node'], '--lang: given both -l and --lang; give it once'],
    [['--lang', 'python', '--format', 'json', '--format', 'code'], '--format: given --format twice'],
    [['--lang', 'python', '--from-env', '--no-from-env'], '--from-env: given both --from-env and --no-from-env'],
  ])('%j is a usage error naming the flag', async (args, message) => {
    expectUsageError(await runCli(args), message);
  });

  it('--no-validate --token a --token b writes nothing, and never joins the values', async () => {
    const out = join(dir, 'twice.py');
    const result = await runCli([
      '--lang',
      'python',
      '--no-validate',
      '--token',
      'first-value',
      '--token',
      'second-value',
      '--out',
      out,
    ]);
    expectUsageError(result, '--token: given --token twice; give it once');
    expect(result.stderr).not.toMatch(/first-value|second-value/);
    expect(existsSync(out)).toBe(false);
  });
});

/** Starts the CLI with the read end of its stdout already closed, as `| head -0` leaves it. */
function runWithClosedStdout(args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH },
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: '', stderr }));
  });
}

describe('stdout closed by its reader', () => {
  it.each([
    [['--lang', 'python', '--token', FAKE.token]],
    [['--lang', 'node', '--from-env', '--format', 'json']],
    [['list']],
    [['--help']],
  ])('%j ends quietly with 0', async (args) => {
    const result = await runWithClosedStdout(args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('the same run with an open stdout prints hints on stderr, so the quiet one stopped early', async () => {
    const result = await runCli(['--lang', 'python', '--token', FAKE.token]);
    expect(result.stderr).toContain('Install:');
  });
});

describe('short flags and suggestions', () => {
  it('-h prints the help and exits 0', async () => {
    const result = await runCli(['-h']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: box-snippet/);
    for (const flag of ['-l, --lang', '-h, --help', '-v, --version', '--[no-]validate'])
      expect(result.stdout).toContain(flag);
    expect(Math.max(...result.stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
    expect(result.stdout).toMatch(/\nExamples:\n {2}box-snippet --lang /);
  });

  it('--help names every language the registry knows and every build format', async () => {
    const { LANGUAGE_ALIASES } = await import('../src/core/index.js');
    const { BUILD_FORMATS } = await import('../src/cli/build.js');
    const help = (await runCli(['--help'])).stdout.replace(/\n +/g, ' ');
    for (const alias of Object.keys(LANGUAGE_ALIASES))
      expect(help).toMatch(new RegExp(`[ ,(]${alias.replace(/[.#]/g, '\\$&')}[,)]*( |$)`));
    expect(help).toContain(`build: ${BUILD_FORMATS.join(', ')}`);
  });

  it('-v prints the package version', async () => {
    const pkg = JSON.parse(await readFile(join(import.meta.dirname, '..', 'package.json'), 'utf8'));
    const result = await runCli(['-v']);
    expect([result.code, result.stdout]).toEqual([0, `${pkg.version}\n`]);
  });

  it.each(['-x', '-z', '-j'])('%s is unknown, with no suggestion', async (flag) => {
    const result = await runCli(['--lang', 'python', flag]);
    expectUsageError(result, `unknown option ${flag}; see box-snippet --help`);
    expect(result.stderr).not.toContain('did you mean');
  });

  it('-L suggests the one-letter alias it resembles', async () => {
    expectUsageError(await runCli(['-L', 'python']), 'unknown option -L (did you mean -l (--lang)?)');
  });

  it('-lang, a long name after one dash, suggests --lang', async () => {
    expectUsageError(await runCli(['-lang', 'python']), 'unknown option -lang (did you mean --lang?)');
  });

  it('a value with no likeness gets no suggestion', async () => {
    const result = await runCli(['--lang', 'c']);
    expectUsageError(result, '--lang: expected one of');
    expect(result.stderr).not.toContain('did you mean');
  });

  it('a flag missing its value says so, even when a flag follows', async () => {
    expectUsageError(await runCli(['--lang', '--token', FAKE.token]), '--lang: expected a value');
  });

  it('a switch given a value says so', async () => {
    expectUsageError(
      await runCli(['--lang', 'python', '--from-env=yes']),
      '--from-env: is a switch and takes no value',
    );
  });
});

describe('--out and the program agree', () => {
  it('--out Foo.java names the class Foo, in the file and in the pom the steps print', async () => {
    const out = join(dir, 'Foo.java');
    const result = await runCli(['--lang', 'java', '--from-env', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const code = await readFile(out, 'utf8');
    expect([...code.matchAll(/public class (\w+)/g)].map((match) => match[1])).toEqual(['Foo']);
    expect(code).not.toContain('GetCurrentUser');
    expect(result.stderr).toContain(`In the folder of ${out}:`);
    const json = JSON.parse((await runCli(['--lang', 'java', '--from-env', '--format', 'json'])).stdout);
    expect(json.install[0].text).toContain('<mainClass>GetCurrentUser</mainClass>');
    const { generate } = await import('../src/core/index.js');
    const named = generate({ target: 'java', credentials: 'env', fileName: 'Foo.java' });
    expect(named.install[0]!.text).toContain('<mainClass>Foo</mainClass>');
    expect(named.code).toBe(code);
  });

  it('--out GetCurrentUser.java, the default name, writes the default program', async () => {
    const out = join(dir, 'default-name', 'GetCurrentUser.java');
    const result = await runCli(['--lang', 'java', '--from-env', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const { generate } = await import('../src/core/index.js');
    expect(await readFile(out, 'utf8')).toBe(generate({ target: 'java', credentials: 'env' }).code);
  });

  it('the classic Java SDK too', async () => {
    const out = join(dir, 'legacy', 'ListMe.java');
    expect((await runCli(['--lang', 'java', '--sdk', 'legacy', '--auth', 'oauth', '--out', out])).code).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(/^public class ListMe \{$/m);
  });

  it.each([
    ['get-current-user.java', 'must be a class name'],
    ['class.java', 'must be a class name'],
    ['BoxClient.java', 'the program already uses the name BoxClient'],
    ['Foo.py', 'this program is a .java file'],
  ])('--out %s for Java is a usage error, and nothing is written', async (name, message) => {
    const out = join(dir, 'rejected', name);
    const result = await runCli(['--lang', 'java', '--from-env', '--out', out]);
    expectUsageError(result, message);
    expect(result.stderr).toMatch(/^box-snippet: --out: /);
    expect(existsSync(out)).toBe(false);
  });

  it('--out foo.py: the Run hint and the program name foo.py', async () => {
    const out = join(dir, 'foo.py');
    const result = await runCli(['--lang', 'python', '--token', FAKE.token, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`In the folder of ${out}:`);
    expect(result.stderr).toContain('Run:     .venv/bin/python foo.py\n');
    expect(result.stderr).not.toContain('get_current_user');
    const code = await readFile(out, 'utf8');
    expect(code).toContain('Run:     .venv/bin/python foo.py\n');
    expect(code).not.toContain('get_current_user');
  });

  it('--out in the current folder: the steps name the file', async () => {
    const result = await runCli(['--lang', 'ts', '--from-env', '--out', 'me.ts'], { cwd: dir });
    expect(result.stderr).toMatch(/^In the folder of me\.ts:$/m);
    expect(result.stderr).toMatch(/^ {2}Run: {5}npx tsx me\.ts$/m);
  });

  it.each([
    ['python', 'notes.txt', 'this program is a .py file, as in get_current_user.py'],
    ['node', 'main.mjs', 'this program is a .js file'],
    ['python', 'my script.py', 'the file name may hold only letters, digits'],
  ])('--lang %s --out %s is a usage error', async (lang, name, message) => {
    expectUsageError(await runCli(['--lang', lang, '--from-env', '--out', join(dir, name)]), `--out: ${message}`);
  });

  it('--format markdown --out names the markdown file, not the program', async () => {
    const out = join(dir, 'snippet.md');
    expect((await runCli(['--lang', 'python', '--from-env', '--format', 'markdown', '--out', out])).code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('Save as `get_current_user.py`');
  });
});

describe('the secret note', () => {
  it('a JWT program with a literal config path holds no secret and says none', async () => {
    const config = join(dir, 'box_config.json');
    await writeFile(
      config,
      JSON.stringify({
        boxAppSettings: {
          clientID: FAKE.clientId,
          clientSecret: FAKE.clientSecret,
          appAuth: { publicKeyID: 'k', privateKey: 'p', passphrase: 'x' },
        },
        enterpriseID: '1',
      }),
    );
    for (const lang of ['python', 'node', 'java', 'dotnet']) {
      const result = await runCli(['--lang', lang, '--auth', 'jwt', '--jwt-config', config]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('box_config.json');
      expect(result.stdout).not.toContain('holds a secret');
      expect(result.stderr).not.toContain('holds a secret');
    }
  });

  it('a program with a literal token says so, in the file and on stderr', async () => {
    const result = await runCli(['--lang', 'java', '--token', FAKE.token]);
    expect(result.stdout).toContain('// This file holds a secret: keep it out of version control.');
    expect(result.stderr).toContain('Note: the program holds a secret');
  });
});

describe('commands never ignore a flag', () => {
  it.each([
    [['build', '--out', 'docs', '--with-client-credentials'], '--with-client-credentials: build writes every target'],
    [['build', '--out', 'docs', '--no-validate'], '--no-validate: build writes every target'],
    [['build', '--out', 'docs', '--validate'], '--validate: build writes every target'],
    [['build', '--out', 'docs', '-l', 'python'], '--lang: build writes every target'],
    [['list', '--out', 'list.txt'], '--out: list takes only --format; drop --out'],
    [['list', '--from-env'], '--from-env: list takes only --format'],
  ])('%j is a usage error, and writes nothing', async (args, message) => {
    expectUsageError(await runCli(args, { cwd: dir }), message);
    expect(existsSync(join(dir, 'docs'))).toBe(false);
    expect(existsSync(join(dir, 'list.txt'))).toBe(false);
  });

  it('build --quiet writes the docs and prints nothing', async () => {
    const out = join(dir, 'quiet-docs');
    const result = await runCli(['build', '--out', out, '--quiet']);
    expect([result.code, result.stdout, result.stderr]).toEqual([0, '', '']);
    expect(await readdir(out)).toContain('manifest.json');
    expect((await runCli(['build', '--out', join(dir, 'loud-docs')])).stderr).toMatch(/^Wrote \d+ files/);
  });
});

describe('box-snippet list', () => {
  it('fits 100 columns, and says once what every row shares', async () => {
    const result = await runCli(['list']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100);
    // What rows share is said once below the table: the four auth methods, the module styles.
    expect(result.stdout.match(/developer-token, ccg, jwt, oauth/g)).toHaveLength(1);
    expect(result.stdout).toMatch(/^node +Node\/TypeScript v10 +box-typescript-sdk-gen +1\.x +deprecated +all$/m);
    expect(result.stdout).toMatch(/^curl +cURL +curl +7\.75\+ +current +no jwt$/m);
    expect(result.stdout).toContain('\nnode: --module cjs, esm, ts (cjs by default).\n');
  });
});
