// The CLI as a user runs it: the built bin in its own process; stdout, stderr and exit codes.

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { generate, projectFor, TARGETS, type TargetSummary } from '../src/core/index.js';
import { printedSteps } from '../src/cli/printed-steps.js';
import { formatSnippet } from '../src/format.js';
import { FAKE } from './support/cases.js';
import { CLI, runCli } from './support/cli.js';

let dir: string;
beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/box-snippet.cjs is missing: run `npm run build` first (npm test does)');
  dir = await mkdtemp(join(tmpdir(), 'box-snippet-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const expectUsageError = (result: { code: number | null; stdout: string; stderr: string }, text: string) => {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toContain(text);
};

describe('box-snippet (generate)', () => {
  it('prints the Python program for --lang python --token, identical to the library output', async () => {
    const result = await runCli(['--lang', 'python', '--token', FAKE.token]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(generate({ target: 'python', credentials: { token: FAKE.token } }).code);
    expect(result.stdout).toContain(`DEVELOPER_TOKEN = "${FAKE.token}"`);
    expect(result.stderr).toContain(
      'In an empty folder:\n  Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk>=10,<11"\n  Save:    the program as get_current_user.py\n  Run:     .venv/bin/python get_current_user.py\n',
    );
    expect(result.stderr).toContain('keep it out of version control');
  });

  it("prints the steps in Windows PowerShell's form on Windows, where they differ", () => {
    const steps = (target: 'python' | 'dotnet' | 'node') => printedSteps(generate({ target }), undefined, 'win32');
    expect(steps('python')).toBe(
      'In an empty folder:\n  Install: python -m venv .venv; .venv\\Scripts\\pip install "boxsdk>=10,<11"\n  Save:    the program as get_current_user.py\n  Run:     .venv\\Scripts\\python get_current_user.py\n',
    );
    expect(steps('dotnet')).toContain(
      '  Install: dotnet new console --framework net10.0; dotnet add package Box.V2.Core --version 10.17.0\n',
    );
    // The same commands as elsewhere where Windows runs them as they are.
    expect(steps('node')).toBe(printedSteps(generate({ target: 'node' }), undefined, 'linux'));
  });

  it('prints the prettier-formatted program for JavaScript targets', async () => {
    const result = await runCli(['--lang', 'js', '--from-env']);
    expect(result.code).toBe(0);
    const expected = await formatSnippet(generate({ target: 'node', style: 'cjs', credentials: 'env' }));
    expect(result.stdout).toBe(expected.code);
  });

  it.each([
    [['--lang', 'py'], 'python', 'script'],
    [['--lang', 'python', '--sdk', 'legacy'], 'python-legacy', 'script'],
    [['--lang', 'node'], 'node', 'cjs'],
    [['--lang', 'js'], 'node', 'cjs'],
    [['--lang', 'javascript', '--sdk', 'legacy'], 'node-legacy', 'cjs'],
    [['--lang', 'ts'], 'node', 'ts'],
    [['--lang', 'typescript'], 'node', 'ts'],
    [['--lang', 'node', '--module', 'esm'], 'node', 'esm'],
    [['--lang', 'java'], 'java', 'class'],
    [['--lang', 'java', '--sdk', 'legacy'], 'java-legacy', 'class'],
    [['--lang', 'csharp'], 'dotnet', 'top-level'],
    [['--lang', 'cs'], 'dotnet', 'top-level'],
    [['--lang', 'c#'], 'dotnet', 'top-level'],
    [['--lang', '.net'], 'dotnet', 'top-level'],
    [['--lang', 'net', '--sdk', 'legacy'], 'dotnet-legacy', 'top-level'],
    [['--lang', 'node-legacy'], 'node-legacy', 'cjs'],
    [['--lang', 'curl'], 'curl', 'script'],
    [['--lang', 'sh'], 'curl', 'script'],
    [['--lang', 'shell'], 'curl', 'script'],
    [['--lang', 'bash'], 'curl', 'script'],
    [['--lang', 'swift'], 'swift', 'package'],
  ])('%j selects %s (%s)', async (args, target, style) => {
    const result = await runCli([...args, '--format', 'json']);
    expect(result.code).toBe(0);
    const snippet = JSON.parse(result.stdout);
    expect([snippet.target, snippet.style]).toEqual([target, style]);
    expect(snippet.credentialMode).toBe('placeholder');
  });

  it('--package picks the standalone generated package', async () => {
    const result = await runCli(['--lang', 'ts', '--package', 'box-typescript-sdk-gen', '--token', FAKE.token]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('from "box-typescript-sdk-gen"');
  });

  it('--token - reads the token from stdin', async () => {
    const result = await runCli(['--lang', 'java', '--token', '-'], { stdin: `${FAKE.token}\n` });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`DEVELOPER_TOKEN = "${FAKE.token}";`);
  });

  it('--format markdown gives the install commands per platform and a fenced block with the language tag', async () => {
    const result = await runCli(['--lang', 'cs', '--from-env', '--format', 'markdown']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'On macOS and Linux:\n\n```sh\ndotnet new console --framework net10.0 && dotnet add package Box.V2.Core --version 10.17.0\nexport BOX_DEVELOPER_TOKEN="YOUR_DEVELOPER_TOKEN"\n```',
    );
    expect(result.stdout).toContain(
      'On Windows (PowerShell):\n\n```powershell\ndotnet new console --framework net10.0; dotnet add package Box.V2.Core --version 10.17.0\n$env:BOX_DEVELOPER_TOKEN = "YOUR_DEVELOPER_TOKEN"\n```',
    );
    const curl = await runCli(['--lang', 'curl', '--format', 'markdown']);
    expect(curl.stdout).toContain(
      'On Debian/Ubuntu:\n\n```sh\nsudo apt-get install curl\n```\n\nOn macOS:\n\n```sh\nbrew install curl\n```',
    );
    expect(result.stdout).toContain('```csharp\n// Print the ID');
    expect(result.stdout).toContain('Save as `Program.cs`');
  });

  it('--format json gives the whole Snippet', async () => {
    const result = await runCli(['--lang', 'java', '--sdk', 'legacy', '--format', 'json']);
    const snippet = JSON.parse(result.stdout);
    expect(Object.keys(snippet).sort()).toEqual(
      [
        'auth',
        'clientOptions',
        'code',
        'containsSecret',
        'credentialMode',
        'envVars',
        'excerpt',
        'fileName',
        'install',
        'languageTag',
        'package',
        'run',
        'schemaVersion',
        'sdkLine',
        'style',
        'tabLabel',
        'target',
        'title',
      ].sort(),
    );
    // One build tool: a pom.xml to save beside the program, which `mvn -q compile exec:java` builds and runs.
    expect(snippet.install.map((step: { tool: string; file?: string }) => [step.tool, step.file])).toEqual([
      ['maven', 'pom.xml'],
    ]);
    expect(snippet.install[0].text).toContain('<mainClass>GetCurrentUser</mainClass>');
    expect(snippet.run).toBe('mvn -q compile exec:java');
    expect(snippet.tabLabel).toBe('Java v5');
    expect(snippet.package).toEqual({
      id: 'com.box:box-java-sdk',
      name: 'com.box:box-java-sdk',
      versionRange: '5.x',
      status: 'classic',
    });
  });

  it.each([
    ['python', 'boxsdk', '4.x', 'boxsdk@3', '3.x'],
    ['node', 'box-node-sdk', '4.x', 'box-node-sdk@3', '3.x'],
    ['java', 'com.box:box-java-sdk', '5.x', 'com.box:box-java-sdk@4', '4.x'],
    ['dotnet', 'Box.V2.Core', '6.x', 'Box.V2.Core@5', '5.x'],
  ])(
    '--lang %s --sdk classic is the maintained combined line; its end-of-life major prints one notice',
    async (lang, name, range, eolId, eolRange) => {
      const current = await runCli(['--lang', lang, '--sdk', 'classic', '--from-env', '--format', 'json']);
      expect(current.code).toBe(0);
      expect(current.stderr).toBe('');
      expect(JSON.parse(current.stdout).package).toMatchObject({
        id: name,
        name,
        versionRange: range,
        status: 'classic',
      });
      expect(JSON.parse(current.stdout).package.endOfLife).toBeUndefined();

      const old = await runCli(['--lang', lang, '--sdk', 'legacy', '--package', eolId, '--from-env', '--quiet']);
      expect(old.code).toBe(0);
      expect(old.stdout).toContain(`${name} ${eolRange}`);
      const notice = old.stderr.trim().split('\n');
      expect(notice).toHaveLength(1);
      expect(notice[0]).toMatch(
        new RegExp(
          `^Note: ${name.replace(/\./g, '\\.')} ${eolRange.replace('.', '\\.')} is end-of-life since 23 Oct 2025; the maintained line is .* ${range.replace('.', '\\.')} \\(--package ${name.replace(/\./g, '\\.')}\\)\\. See "Migration guide[^"]+": https://github\\.com/box/`,
        ),
      );
      const json = JSON.parse(
        (await runCli(['--lang', lang, '--sdk', 'legacy', '--package', eolId, '--format', 'json'])).stdout,
      );
      expect(json.package).toMatchObject({
        id: eolId,
        versionRange: eolRange,
        status: 'end-of-life',
        endOfLife: { date: '23 Oct 2025', successor: name },
      });
    },
  );

  it("--base-url writes the SDK's own override, without a trailing slash", async () => {
    const result = await runCli(['--lang', 'python', '--from-env', '--base-url', 'https://proxy.example.com/box/']);
    expect(result.stdout).toContain('BaseUrls(base_url="https://proxy.example.com/box")');
    const without = await runCli(['--lang', 'python', '--from-env']);
    expect(without.stdout).not.toMatch(/BaseUrls|NetworkSession/);
  });
});

describe('box-snippet --out', () => {
  it('writes the file, refuses to overwrite it without --force, and overwrites with --force', async () => {
    const out = join(dir, 'new-folder', 'get_current_user.py');
    const first = await runCli(['--lang', 'python', '--from-env', '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    const written = await readFile(out, 'utf8');
    expect(written).toContain('require_env("BOX_DEVELOPER_TOKEN")');

    const second = await runCli(['--lang', 'python', '--token', FAKE.token, '--out', out]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('already exists; use --force');
    expect(await readFile(out, 'utf8')).toBe(written);

    const forced = await runCli(['--lang', 'python', '--token', FAKE.token, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain(FAKE.token);
    expect((await readdir(join(dir, 'new-folder'))).sort()).toEqual(['get_current_user.py']);
  });

  it('reports a folder given as --out, and writes nothing', async () => {
    const folder = join(dir, 'a-folder');
    await mkdir(folder);
    const result = await runCli(['--lang', 'python', '--out', folder]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is a folder');
    expect(await readdir(folder)).toEqual([]);
  });

  it('writes nothing when the input is bad', async () => {
    const out = join(dir, 'bad-input.py');
    const result = await runCli(['--lang', 'python', '--token', 'short', '--out', out]);
    expect(result.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('box-snippet errors', () => {
  it('suggests the language for --lang pyhton', async () => {
    expectUsageError(await runCli(['--lang', 'pyhton']), 'did you mean python?');
  });
  it('suggests the flag for an unknown flag', async () => {
    expectUsageError(
      await runCli(['--lang', 'python', '--tokn', FAKE.token]),
      'unknown option --tokn (did you mean --token?)',
    );
  });
  it('suggests the value for --sdk, --module, --package and --format', async () => {
    expectUsageError(
      await runCli(['--lang', 'java', '--sdk', 'legcy']),
      '--sdk: expected one of gen, legacy, classic; got "legcy" (did you mean legacy?)',
    );
    expectUsageError(await runCli(['--lang', 'node', '--module', 'mjs']), '--module:');
    expectUsageError(await runCli(['--lang', 'node', '--module', 'ems']), 'did you mean esm?');
    expectUsageError(await runCli(['--lang', 'python', '--package', 'box-sdk-gem']), 'did you mean box-sdk-gen?');
    expectUsageError(await runCli(['--lang', 'python', '--format', 'markdwn']), 'did you mean markdown?');
  });
  it('requires --lang', async () => {
    expectUsageError(await runCli([]), '--lang: required');
  });
  it('rejects --module for a target with one style', async () => {
    expectUsageError(await runCli(['--lang', 'python', '--module', 'esm']), '--module: python has a single style');
  });
  it('rejects --from-env together with a literal credential', async () => {
    expectUsageError(
      await runCli(['--lang', 'python', '--from-env', '--token', FAKE.token]),
      '--token: cannot be combined with --from-env',
    );
  });
  it('rejects a client id without its secret', async () => {
    expectUsageError(
      await runCli(['--lang', 'python', '--token', FAKE.token, '--client-id', FAKE.clientId]),
      '--client-secret: --client-id and --client-secret go together',
    );
  });
  it('rejects an http:// base URL for Java, whose SDKs refuse cleartext', async () => {
    expectUsageError(
      await runCli(['--lang', 'java', '--base-url', 'http://127.0.0.1:8080']),
      '--base-url: this SDK accepts only https://',
    );
  });
  it('rejects a base URL with a query string', async () => {
    expectUsageError(await runCli(['--lang', 'python', '--base-url', 'https://a.example/?x=1']), '--base-url:');
  });
  it.each([
    ['--token', 'x"y'.padEnd(32, 'Q'), 'a Box Developer Token: 32 letters and digits'],
    ['--token', 'A'.repeat(31), 'a Box Developer Token: 32 letters and digits'],
    ['--client-secret', 'S3cr3t'.padEnd(33, 'z'), 'a Box Client Secret: 32 letters and digits'],
  ])('rejects a bad %s without printing the value', async (flag, value, expected) => {
    const args =
      flag === '--token' ? ['--token', value] : ['--token', FAKE.token, '--client-id', FAKE.clientId, flag, value];
    const result = await runCli(['--lang', 'python', ...args]);
    expectUsageError(result, `${flag}: expected ${expected}`);
    expect(result.stderr).not.toContain(value);
    expect(result.stderr).not.toContain(value.slice(0, 8));
  });
  it('rejects an upper-case client id', async () => {
    expectUsageError(
      await runCli([
        '--lang',
        'python',
        '--token',
        FAKE.token,
        '--client-id',
        FAKE.clientId.toUpperCase(),
        '--client-secret',
        FAKE.clientSecret,
      ]),
      '--client-id: expected a Box Client ID: 32 lowercase letters and digits',
    );
  });
  it('--no-validate accepts an unusual token and still escapes it', async () => {
    const result = await runCli(['--lang', 'python', '--no-validate', '--token', 'a"b\\c']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('DEVELOPER_TOKEN = "a\\"b\\\\c"');
  });
});

describe('box-snippet list', () => {
  it('prints one row per target and package', async () => {
    const result = await runCli(['list']);
    expect(result.code).toBe(0);
    const rows = result.stdout.trim().split('\n\n')[0]!.split('\n').slice(1);
    const expected = TARGETS.reduce((count, target) => count + target.packages.length, 0);
    expect(rows).toHaveLength(expected);
    expect(result.stdout).toMatch(/^python-legacy +Python v4 +boxsdk +4\.x +classic +all$/m);
    expect(result.stdout).toMatch(/^python-legacy +Python v4 +boxsdk@3 +3\.x +end-of-life +all$/m);
    expect(result.stdout).toContain('\nboxsdk@3 3.x: end-of-life since 23 Oct 2025.\n');
    expect(result.stdout.match(/end-of-life since/g)).toHaveLength(4);
    for (const target of TARGETS) expect(result.stdout).toMatch(new RegExp(`^${target.id} `, 'm'));
    expect(result.stdout).toMatch(/^node +Node\/TypeScript v10 +box-typescript-sdk-gen +1\.x/m);
  });
  it('prints JSON with --format json: its schemaVersion, then the rows, each package as a Snippet names it', async () => {
    const { schemaVersion, targets: rows } = JSON.parse((await runCli(['list', '--format', 'json'])).stdout);
    expect(schemaVersion).toBe(1);
    expect(rows.map((row: TargetSummary) => `${row.target} ${row.package.name}`)).toContain('dotnet Box.Sdk.Gen');
    const dotnet = rows.filter((row: TargetSummary) => row.target === 'dotnet-legacy');
    expect(
      dotnet.map((row: TargetSummary) => `${row.tabLabel} ${row.package.versionRange} ${row.package.status}`),
    ).toEqual(['.NET v6 6.x classic', '.NET v6 5.x end-of-life']);
    expect(dotnet[1].package.endOfLife.guide.title).toBe(
      'Migration guide: migrate from v5 to v6 of Box Windows SDK V2',
    );
    const snippet = JSON.parse(
      (await runCli(['--lang', 'dotnet', '--sdk', 'legacy', '--package', dotnet[1].package.id, '--format', 'json']))
        .stdout,
    );
    expect(snippet.package).toEqual(dotnet[1].package);
  });
});

describe('box-snippet --help and --version', () => {
  it('--help lists the flags and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const flag of ['--lang', '--sdk', '--token', '--from-env', '--base-url', '--format', '--out', '--force']) {
      expect(result.stdout).toContain(flag);
    }
  });
  it('--version prints the package version', async () => {
    const pkg = JSON.parse(await readFile(join(import.meta.dirname, '..', 'package.json'), 'utf8'));
    expect((await runCli(['--version'])).stdout.trim()).toBe(pkg.version);
  });
});

describe('box-snippet --project', () => {
  it('writes every project file, prints the commands, and refuses a folder with files in it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'box-snippet-project-'));
    onTestFinished(() => rm(root, { recursive: true, force: true }));
    const folder = join(root, 'app');
    const result = await runCli(['--lang', 'ts', '--from-env', '--project', folder]);
    expect(result.code, result.stderr).toBe(0);
    const project = projectFor(await formatSnippet(generate({ target: 'node', style: 'ts', credentials: 'env' })));
    expect(project.files.map((file) => file.path)).toEqual([
      '.gitignore',
      'README.md',
      'get-current-user.ts',
      'package.json',
      'tsconfig.json',
    ]);
    for (const file of project.files) expect(await readFile(join(folder, file.path), 'utf8')).toBe(file.text);
    expect(JSON.parse(project.files.find((file) => file.path === 'package.json')!.text)).toMatchObject({
      scripts: { start: 'tsx get-current-user.ts' },
      dependencies: { 'box-node-sdk': '^10' },
    });
    expect(result.stderr).toBe(
      `Wrote a project with 5 files to ${folder}\nThen:    cd ${folder} && npm install && npm start --silent --\n`,
    );

    const busy = join(root, 'busy');
    await mkdir(busy);
    await writeFile(join(busy, 'mine.txt'), 'mine');
    const refused = await runCli(['--lang', 'python', '--token', FAKE.token, '--project', busy]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`box-snippet: --project: ${busy} is not empty; use --force to replace its contents\n`);
    expect(refused.stderr).not.toContain(FAKE.token);
    expect(await readdir(busy)).toEqual(['mine.txt']);
  });

  it('keeps a program that holds a literal secret out of git, and ignores key and config files', async () => {
    const project = projectFor(generate({ target: 'java', credentials: { token: FAKE.token } }));
    const ignore = project.files.find((file) => file.path === '.gitignore')!.text.split('\n');
    expect(ignore).toContain('/src/main/java/GetCurrentUser.java');
    expect(ignore).toEqual(expect.arrayContaining(['target/', '.env', '*.pem', '*_config.json']));
    expect(project.files.map((file) => file.path)).toEqual([
      '.gitignore',
      'README.md',
      'build.gradle',
      'pom.xml',
      'src/main/java/GetCurrentUser.java',
    ]);
    expect(
      projectFor(generate({ target: 'java', credentials: 'env' })).files.find((file) => file.path === '.gitignore')!
        .text,
    ).not.toContain('GetCurrentUser.java');
  });

  it('keeps the OAuth 2.0 token file out of git, and its README says how the sign-in goes', async () => {
    const result = await runCli([
      '--lang',
      'python',
      '--auth',
      'oauth',
      '--from-env',
      '--token-file',
      '--format',
      'json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const snippet = JSON.parse(result.stdout);
    expect(snippet.tokenFile).toBe('.box-tokens.json');
    expect(snippet.clientOptions).toEqual(['tokenFile']);
    const project = projectFor(snippet);
    expect(project.files.find((file) => file.path === '.gitignore')!.text.split('\n')).toContain('/.box-tokens.json');
    const readme = project.files.find((file) => file.path === 'README.md')!.text;
    expect(readme).toContain(
      'Box sends the browser back to\nhttp://localhost:3000/callback, where the program is listening.',
    );
    expect(readme).toContain('Tokens: kept in .box-tokens.json (owner-only');
    // A name of its own is ignored as it is, from the project's root.
    const named = projectFor(generate({ target: 'python', auth: 'oauth', credentials: 'env', tokenFile: 'box.json' }));
    expect(named.files.find((file) => file.path === '.gitignore')!.text).toContain('\n/box.json\n');
  });

  it('--project with --out or --format is a usage error, and nothing is written', async () => {
    const result = await runCli(['--lang', 'python', '--from-env', '--project', 'x', '--out', 'y.py']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('box-snippet: --project: writes a folder; drop --out\n');
  });
});
