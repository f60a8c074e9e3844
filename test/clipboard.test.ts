// "Copy to the clipboard" uses the platform's own commands, each tried in turn: the first that
// takes the text wins; a command that is missing or fails passes the turn on.

import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIPBOARD_COMMANDS, copyToClipboard } from '../src/cli/clipboard.js';

let bin: string;
beforeAll(async () => {
  bin = await mkdtemp(join(tmpdir(), 'box-snippet-clipboard-'));
  // A copy command that fails (no display), and one that keeps what it is given, with its arguments.
  await writeFile(join(bin, 'fails'), '#!/bin/sh\ncat >/dev/null\nexit 1\n');
  await writeFile(join(bin, 'keeps'), `#!/bin/sh\necho "$@" > "${bin}/args"\ncat > "${bin}/clipboard"\n`);
  await chmod(join(bin, 'fails'), 0o755);
  await chmod(join(bin, 'keeps'), 0o755);
});
afterAll(async () => {
  await rm(bin, { recursive: true, force: true });
});

describe('copyToClipboard', () => {
  it('passes over missing and failing commands to the first that takes the text', async () => {
    const text = 'print("héllo")\n'.repeat(2000);
    const used = await copyToClipboard(text, [
      [join(bin, 'missing')],
      [join(bin, 'fails')],
      [join(bin, 'keeps'), '-selection', 'clipboard'],
    ]);
    expect(used).toBe(join(bin, 'keeps'));
    expect(await readFile(join(bin, 'clipboard'), 'utf8')).toBe(text);
    expect(await readFile(join(bin, 'args'), 'utf8')).toBe('-selection clipboard\n');
  });

  it('throws when no command takes it, naming what it tried', async () => {
    await expect(copyToClipboard('x', [[join(bin, 'missing')], [join(bin, 'fails')]])).rejects.toThrow(
      /no clipboard command worked \(tried .*missing, .*fails\)/,
    );
  });

  it('knows the commands of macOS, Windows, and Linux under Wayland, X11 and WSL', () => {
    expect(CLIPBOARD_COMMANDS.darwin).toEqual([['pbcopy']]);
    expect(CLIPBOARD_COMMANDS.win32).toEqual([['clip']]);
    expect(CLIPBOARD_COMMANDS.linux!.map(([command]) => command)).toEqual(['wl-copy', 'xclip', 'xsel', 'clip.exe']);
  });
});
