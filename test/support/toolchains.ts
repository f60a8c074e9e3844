// The local toolchains the syntax and execution checks use. A missing one fails with a message
// that says what to install; nothing is skipped silently.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's interpreter starts in ~60 ms; the pyenv shim on PATH takes ~400 ms. */
export function python3(): string {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    if (candidate.startsWith('/') ? existsSync(candidate) : hasCommand(candidate)) return candidate;
  }
  throw new Error('python3 not found: install Python 3.8 or later (Debian: apt-get install python3)');
}

export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function requireCommand(command: string, install: string): string {
  if (!hasCommand(command)) throw new Error(`${command} not found: ${install}`);
  return command;
}
