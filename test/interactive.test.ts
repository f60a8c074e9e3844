// Interactive mode as a new user meets it: `box-snippet` with no flags in a real terminal (tmux),
// answering the prompts with the keyboard and reading the screen.

import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generate, projectFor } from '../src/core/index.js';
import { formatSnippet } from '../src/format.js';
import { FAKE } from './support/cases.js';
import { CLI, runCli } from './support/cli.js';
import { TerminalSession, closeTmuxServer, tmuxSocket } from './support/tmux.js';

let dir: string;
let session: TerminalSession | undefined;
const command = `node ${CLI}`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'box-snippet-interactive-'));
});
afterEach(async () => {
  await session?.close();
  session = undefined;
});
afterAll(async () => {
  await closeTmuxServer();
  await rm(dir, { recursive: true, force: true });
});

async function freshDir(name: string): Promise<string> {
  const path = join(dir, name);
  await rm(path, { recursive: true, force: true });
  await (await import('node:fs/promises')).mkdir(path);
  return path;
}

describe('the terminal the tests drive', () => {
  it("is a tmux server of the test's own, on a socket in a folder made for it", async () => {
    session = await TerminalSession.start('sleep 30', await freshDir('socket'));
    const socket = tmuxSocket();
    expect(socket.startsWith(tmpdir())).toBe(true);
    expect(existsSync(socket)).toBe(true);
    // The session is on that server, asked for by that socket alone.
    const { execFileSync } = await import('node:child_process');
    const sessions = execFileSync('tmux', ['-S', socket, 'list-sessions', '-F', '#{session_name}'], {
      env: { PATH: process.env.PATH },
    }).toString();
    expect(sessions.split('\n')).toContain(session.name);
  });
});

describe('box-snippet with no flags, in a terminal', () => {
  it('asks, prints the program with install and run commands, and saves it (environment variables)', async () => {
    const cwd = await freshDir('env');
    session = await TerminalSession.start(command, cwd);
    await session.waitFor('Language and SDK');
    await session.keys('Down', 'Down', 'Enter'); // Node.js / TypeScript, generated SDK
    await session.waitFor('Package');
    await session.keys('Enter'); // box-node-sdk 10.x
    await session.waitFor('Module style');
    await session.keys('Down', 'Enter'); // esm
    await session.waitFor('Auth method');
    await session.keys('Down', 'Enter'); // Client Credentials Grant
    const credentials = await session.waitFor('Credentials');
    expect(credentials).toContain('Read them from environment variables at run time (recommended)');
    await session.keys('Enter');
    await session.waitFor('Act as');
    await session.keys('Down', 'Enter'); // a user
    const printed = await session.waitFor('Keep it?');
    expect(printed).toContain('Install: npm install box-node-sdk@^10');
    expect(printed).toContain('Run:     node get-current-user.mjs');
    expect(printed).toContain('Save:    the program as get-current-user.mjs');
    await session.keys('Enter'); // Save
    await session.waitFor('File name');
    await session.keys('Enter'); // default name
    await session.waitFor('Saved get-current-user.mjs');
    expect(await session.exitCode()).toBe(0);
    const expected = await formatSnippet(
      generate({ target: 'node', style: 'esm', auth: 'ccg', credentials: 'env', subject: 'user' }),
    );
    expect(await readFile(join(cwd, 'get-current-user.mjs'), 'utf8')).toBe(expected.code);
  });

  it('reads a token with hidden input and never shows it on the screen', async () => {
    const cwd = await freshDir('literal');
    session = await TerminalSession.start(command, cwd);
    await session.waitFor('Language and SDK');
    await session.keys('Enter', 'Enter'); // Python, boxsdk 10.x
    await session.waitFor('Auth method');
    await session.keys('Enter'); // Developer Token
    await session.waitFor('Credentials');
    await session.keys('Down', 'Enter'); // type them now
    await session.waitFor('Developer Token');
    await session.type('too-short');
    await session.keys('Enter');
    const rejected = await session.waitFor('32 letters and digits');
    expect(rejected).not.toContain('too-short');
    await session.keys('C-u');
    await session.type(FAKE.token);
    await session.keys('Enter');
    await session.waitFor('Keep it?');
    await session.keys('Down', 'Down', 'Enter'); // Done
    expect(await session.exitCode()).toBe(0);
    const screen = await session.screen();
    // The token appears once: inside the printed program, which the user asked for.
    expect(screen.split(FAKE.token).length - 1).toBe(1);
    expect(screen).toContain(`DEVELOPER_TOKEN = "${FAKE.token}"`);
    expect(await readdir(cwd)).toEqual([expect.stringMatching(/^\.exit-/)]);
  });

  it('never overwrites a file: asks for another name', async () => {
    const cwd = await freshDir('no-clobber');
    await writeFile(join(cwd, 'Program.cs'), 'mine');
    session = await TerminalSession.start(command, cwd);
    await session.waitFor('Language and SDK');
    await session.keys('Down', 'Down', 'Down', 'Down', 'Down', 'Down', 'Enter'); // .NET generated
    await session.waitFor('Package');
    await session.keys('Enter');
    await session.waitFor('Auth method');
    await session.keys('Enter');
    await session.waitFor('Credentials');
    await session.keys('Down', 'Down', 'Enter'); // placeholders
    await session.waitFor('Keep it?');
    await session.keys('Enter');
    await session.waitFor('File name');
    await session.keys('Enter');
    await session.waitFor('Program.cs exists; choose another name');
    await session.keys('C-u');
    await session.type('BoxProgram.cs');
    await session.keys('Enter');
    await session.waitFor('Saved BoxProgram.cs');
    expect(await session.exitCode()).toBe(0);
    expect(await readFile(join(cwd, 'Program.cs'), 'utf8')).toBe('mine');
    expect(await readFile(join(cwd, 'BoxProgram.cs'), 'utf8')).toBe(generate({ target: 'dotnet' }).code);
  });

  it('copies to the clipboard, or says there is none and leaves the printed program', async () => {
    const cwd = await freshDir('clipboard');
    session = await TerminalSession.start(command, cwd, { DISPLAY: '', WAYLAND_DISPLAY: '' });
    await session.waitFor('Language and SDK');
    await session.keys('Enter', 'Enter', 'Enter', 'Down', 'Down', 'Enter'); // Python, boxsdk, Developer Token, placeholders
    await session.waitFor('Keep it?');
    await session.keys('Down', 'Down', 'Enter');
    // The menu itself says "clipboard": wait for the outcome's own words.
    const screen = await session.waitFor(/Copied to the clipboard\.|No clipboard is available here/);
    expect(screen).toMatch(
      /Copied to the clipboard\.|No clipboard is available here; copy the program printed above\./,
    );
    expect(await session.exitCode()).toBe(0);
    expect(await session.screen()).toMatch(
      /Copied to the clipboard\.|No clipboard is available here; copy the program printed above\./,
    );
  });

  it('writes a project into a new folder, never into one with files, and prints its commands', async () => {
    const cwd = await freshDir('project');
    await (await import('node:fs/promises')).mkdir(join(cwd, 'taken'));
    await writeFile(join(cwd, 'taken', 'keep.txt'), 'mine');
    session = await TerminalSession.start(command, cwd);
    await session.waitFor('Language and SDK');
    await session.keys('Enter', 'Enter', 'Enter', 'Enter'); // Python, boxsdk, Developer Token, environment variables
    await session.waitFor('Keep it?');
    await session.keys('Down', 'Enter'); // Write a project
    await session.waitFor('Folder');
    await session.keys('C-u');
    await session.type('taken');
    await session.keys('Enter');
    await session.waitFor('taken is not empty; choose another folder');
    await session.keys('C-u');
    await session.type('mine');
    await session.keys('Enter');
    const screen = await session.waitFor('Then:');
    expect(await session.exitCode()).toBe(0);
    const snippet = await formatSnippet(generate({ target: 'python', credentials: 'env' }));
    const project = projectFor(snippet);
    expect(screen).toContain(`Wrote a project with ${project.files.length} files to mine`);
    for (const file of project.files) expect(await readFile(join(cwd, 'mine', file.path), 'utf8')).toBe(file.text);
    expect(await readFile(join(cwd, 'taken', 'keep.txt'), 'utf8')).toBe('mine');
    expect(await readdir(join(cwd, 'taken'))).toEqual(['keep.txt']);
  });

  it('Ctrl-C exits with 130 and writes nothing', async () => {
    const cwd = await freshDir('ctrl-c');
    session = await TerminalSession.start(command, cwd);
    await session.waitFor('Language and SDK');
    await session.keys('Enter', 'Enter');
    await session.waitFor('Auth method');
    await session.keys('C-c');
    expect(await session.exitCode()).toBe(130);
    expect(await session.screen()).toContain('Cancelled; nothing written.');
    expect((await readdir(cwd)).filter((name) => !name.startsWith('.exit-'))).toEqual([]);
  });
});

describe('no prompts outside a terminal', () => {
  it('with no flags and stdin not a terminal, it prints a usage error at once instead of waiting', async () => {
    const started = Date.now();
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lang: required');
    expect(Date.now() - started).toBeLessThan(5000);
  });
  it('with any flag, even in a terminal, it never prompts', async () => {
    const cwd = await freshDir('flags');
    session = await TerminalSession.start(`${command} --from-env --lang py`, cwd);
    expect(await session.exitCode()).toBe(0);
    expect(await session.screen()).toContain('require_env("BOX_DEVELOPER_TOKEN")');
    expect(existsSync(join(cwd, 'get_current_user.py'))).toBe(false);
  });
});
