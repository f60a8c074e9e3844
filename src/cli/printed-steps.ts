// What the CLI and interactive mode print around a program: the steps in the order a user takes
// them, agreeing with the program's header, in the form this machine's shell runs them (Windows
// gets its own commands where the registry gives them).

import type { Snippet } from '../core/index.js';

/** With `savedAs`, the program was written there: the steps run in that file's folder. */
export function printedSteps(snippet: Snippet, savedAs?: string, platform = process.platform): string {
  const windows = platform === 'win32';
  const lines = [savedAs === undefined ? 'In an empty folder:' : `In the folder of ${savedAs}:`];
  for (const [index, step] of snippet.install.entries()) {
    if (step.system)
      lines.push(snippet.install[index - 1]?.system ? `       or: ${step.text}` : `  Needs:   ${step.text}`);
    else if (step.file !== undefined)
      lines.push(
        `  Save:    ${step.file} (--format markdown prints it; --project <folder> writes it with the program)`,
      );
    else lines.push(`  Install: ${(windows ? step.windows : undefined) ?? step.text}`);
  }
  if (savedAs === undefined)
    lines.push(`  Save:    the program as ${snippet.fileName}${snippet.saveNote ? `, ${snippet.saveNote}` : ''}`);
  lines.push(`  Run:     ${(windows ? snippet.windowsRun : undefined) ?? snippet.run}`);
  return `${lines.join('\n')}\n`;
}
