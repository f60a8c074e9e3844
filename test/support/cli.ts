// Runs the built CLI as a user would: a separate node process on the bundled bin, dist/box-snippet.cjs.

import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const CLI = join(import.meta.dirname, '..', '..', 'dist', 'box-snippet.cjs');
const CACHE_HOME = join(import.meta.dirname, '..', '..', '.cache', 'cli-cache-home');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { stdin?: string; cwd?: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], {
      cwd: options.cwd,
      // The bin's code caches go under the project's .cache, not the user's home.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CACHE_HOME: CACHE_HOME, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
