// `--project <folder>` and interactive mode's "Write a project": the project written atomically,
// then what to print: what was written, and the commands that run it.

import { projectFor, type Snippet } from '../core/index.js';
import { replaceFolder } from './write-folder.js';

/** Writes the project atomically; returns what to print: what was written, then the commands. */
export async function writeProject(snippet: Snippet, folder: string, force: boolean): Promise<string> {
  const project = projectFor(snippet);
  await replaceFolder(folder, new Map(project.files.map((file) => [file.path, file.text])), force, '--project');
  const commands = [...project.install, project.run].map((command) => ` && ${command}`).join('');
  return `Wrote a project with ${project.files.length} files to ${folder}\nThen:    cd ${folder}${commands}\n`;
}
