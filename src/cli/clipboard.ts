// Copies text to the system clipboard with the platform's own commands, each tried in turn until
// one takes it: what a clipboard library does, without its dependency tree (clipboardy brought 51
// packages for this one menu item).

import { spawn } from 'node:child_process';

/** The commands that put their standard input on the clipboard, by platform, in the order tried. */
export const CLIPBOARD_COMMANDS: Readonly<Record<string, readonly (readonly [string, ...string[]])[]>> = {
  darwin: [['pbcopy']],
  win32: [['clip']],
  // Wayland, then X11, then Windows' own from inside WSL.
  linux: [['wl-copy'], ['xclip', '-selection', 'clipboard'], ['xsel', '--clipboard', '--input'], ['clip.exe']],
};

/** Copies `text`; returns the command that did, or throws when none could (no clipboard here). */
export async function copyToClipboard(
  text: string,
  commands = CLIPBOARD_COMMANDS[process.platform] ?? CLIPBOARD_COMMANDS.linux!,
): Promise<string> {
  for (const [command, ...args] of commands) {
    if (await copyWith(command, args, text)) return command;
  }
  throw new Error(`no clipboard command worked (tried ${commands.map(([command]) => command).join(', ')})`);
}

function copyWith(command: string, args: readonly string[], text: string): Promise<boolean> {
  return new Promise((resolve) => {
    // Output ignored, and 'exit' rather than 'close': xclip, xsel and wl-copy leave a child
    // behind that serves the clipboard and would hold a piped stdout open.
    const child = spawn(command, args, { stdio: ['pipe', 'ignore', 'ignore'], windowsHide: true });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
    child.stdin.on('error', () => undefined);
    child.stdin.end(text);
  });
}
