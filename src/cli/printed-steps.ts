// What the CLI and interactive mode print around a program: the steps in the order a user takes
// them (agreeing with the program's header), and writing `--project` with the commands to run it.

import { projectFor, type Snippet } from '../core/index.js';
import { replaceFolder } from './write-folder.js';

export function printedSteps(snippet: Snippet): string {
  const lines = ['In an empty folder:'];
  for (const step of snippet.install) {
    if (step.file !== undefined)
      lines.push(
        `  Save:    ${step.file} (--format markdown prints it; --project <folder> writes it with the program)`,
      );
    else lines.push(`  Install: ${step.text}`);
  }
  lines.push(`  Save:    the program as ${snippet.fileName}${snippet.saveNote ? `, ${snippet.saveNote}` : ''}`);
  lines.push(`  Run:     ${snippet.run}`);
  return `${lines.join('\n')}\n`;
}

/** Writes the project atomically; returns what to print: what was written, then the commands. */
export async function writeProject(snippet: Snippet, folder: string, force: boolean): Promise<string> {
  const project = projectFor(snippet);
  await replaceFolder(folder, new Map(project.files.map((file) => [file.path, file.text])), force, '--project');
  const commands = [...project.install, project.run].map((command) => ` && ${command}`).join('');
  return `Wrote a project with ${project.files.length} files to ${folder}\nThen:    cd ${folder}${commands}\n`;
}
