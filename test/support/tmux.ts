// Drives a program in a real terminal: a detached tmux session, keys sent with send-keys, the
// screen read with capture-pane. This is how a person meets interactive mode.
//
// Every tmux command goes to a server of the test process's own (`-S`, a socket in a folder made
// for it), never to the user's default server: a test can neither see nor kill the user's
// sessions, and the user's server cannot get in the way of a test.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireCommand } from './toolchains.js';

const execFileAsync = promisify(execFile);
let socketDir: string | undefined;

let started: Promise<unknown> | undefined;

/** The socket of this process's own tmux server, made on first use. */
export function tmuxSocket(): string {
  socketDir ??= mkdtempSync(join(tmpdir(), 'box-snippet-tmux-'));
  return join(socketDir, 'server');
}

/**
 * Starts the server once and keeps it when its last session ends (`exit-empty off`): a server
 * that exits as the next test connects fails that test with "server exited unexpectedly".
 */
function ensureServer(): Promise<unknown> {
  started ??= run('tmux', ['start-server', ';', 'set-option', '-g', 'exit-empty', 'off']);
  return started;
}

/** tmux on the test's own server, with none of the environment that would point it elsewhere. */
function run(command: 'tmux', args: string[]) {
  const env = { ...process.env };
  delete env.TMUX;
  delete env.TMUX_PANE;
  return execFileAsync(command, ['-S', tmuxSocket(), ...args], { env });
}

/** Ends the test's own tmux server and removes its socket folder. */
export async function closeTmuxServer(): Promise<void> {
  if (socketDir === undefined) return;
  await run('tmux', ['kill-server']).catch(() => undefined);
  rmSync(socketDir, { recursive: true, force: true });
  socketDir = undefined;
  started = undefined;
}

export class TerminalSession {
  private constructor(
    readonly name: string,
    private readonly exitFile: string,
  ) {}

  /** Starts `command` in `cwd` in a fresh 120×50 terminal; its exit code goes to a file. */
  static async start(command: string, cwd: string, env: Record<string, string> = {}): Promise<TerminalSession> {
    requireCommand('tmux', 'install tmux (Debian: apt-get install tmux)');
    const name = `box-snippet-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    const exitFile = join(cwd, `.exit-${name}`);
    await ensureServer();
    const exports = Object.entries(env)
      .map(([key, value]) => `export ${key}='${value}'; `)
      .join('');
    await run('tmux', [
      'new-session',
      '-d',
      '-s',
      name,
      '-x',
      '120',
      '-y',
      '50',
      '-c',
      cwd,
      `${exports}${command}; echo $? > '${exitFile}'; sleep 60`,
    ]);
    return new TerminalSession(name, exitFile);
  }

  async keys(...keys: string[]): Promise<void> {
    for (const key of keys) {
      await run('tmux', ['send-keys', '-t', this.name, key]);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  async type(text: string): Promise<void> {
    await run('tmux', ['send-keys', '-t', this.name, '-l', text]);
  }

  async screen(): Promise<string> {
    const { stdout } = await run('tmux', ['capture-pane', '-p', '-J', '-S', '-200', '-t', this.name]);
    return stdout;
  }

  /** Waits until the screen shows `text` (or matches it); fails with the screen if it does not within the time. */
  async waitFor(text: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = await this.screen();
      if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
      if (Date.now() > deadline)
        throw new Error(
          `waited ${timeoutMs} ms for ${typeof text === 'string' ? JSON.stringify(text) : String(text)}; the screen shows:\n${screen}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async exitCode(timeoutMs = 10_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = await readFile(this.exitFile, 'utf8').catch(() => '');
      if (text.trim()) return Number(text.trim());
      if (Date.now() > deadline) throw new Error(`the program did not exit; the screen shows:\n${await this.screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async close(): Promise<void> {
    await run('tmux', ['kill-session', '-t', this.name]).catch(() => undefined);
  }
}
