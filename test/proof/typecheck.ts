// TypeScript programs type-checked as the project `--project` writes for them builds them: with
// the project's own tsconfig.json and its own TypeScript (the devDependency its install step
// installs), never with looser options. One compiler run takes every program of a package (a
// tsconfig that extends the shipped one and lists them), which costs about what one program does.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InstallFolder } from './install-folders.js';
import { makeRunFolder } from './run-folder.js';
import { spawnProgram, type ProgramRun } from './run-program.js';

export interface TypecheckResult {
  run: ProgramRun;
  /** Per program name: the compiler's errors in it (empty: it type-checks). */
  errors: Map<string, string[]>;
}

export async function typecheckPrograms(
  project: InstallFolder,
  dir: string,
  programs: readonly { name: string; fileName: string; code: string }[],
): Promise<TypecheckResult> {
  const files = programs.map((program, index) => ({
    path: `program-${index}${program.fileName.slice(program.fileName.lastIndexOf('.'))}`,
    text: program.code,
  }));
  await makeRunFolder(project, dir, files);
  await writeFile(
    join(dir, 'tsconfig.batch.json'),
    `${JSON.stringify({ extends: './tsconfig.json', files: files.map((file) => file.path) }, null, 2)}\n`,
  );
  const tsc = join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = await spawnProgram(
    process.execPath,
    [tsc, '-p', 'tsconfig.batch.json'],
    { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root' },
    dir,
    300_000,
  );
  const errors = new Map(programs.map((program) => [program.name, [] as string[]]));
  const unattributed: string[] = [];
  for (const line of run.stdout.split('\n').filter((text) => /error TS\d+/.test(text))) {
    const index = /^program-(\d+)\./.exec(line)?.[1];
    if (index === undefined) unattributed.push(line);
    else errors.get(programs[Number(index)]!.name)!.push(line);
  }
  // An error outside the programs (the tsconfig, a library's types) fails every one of them.
  if (unattributed.length > 0 || (run.exitCode !== 0 && [...errors.values()].every((list) => list.length === 0)))
    for (const list of errors.values())
      list.push(...unattributed, `tsc exited ${run.exitCode}: ${run.stdout.slice(-1500)}`);
  return { run, errors };
}
