// A program's own folder: what its install folder holds after the printed install steps (its
// files copied, its folders such as node_modules and .venv linked, since nothing writes to them
// at run time), and then the program and any file the run needs. Runs never share a folder, so
// they can run side by side and each leaves what its tools wrote (target/, __pycache__/) to itself.

import { copyFile, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { InstallFolder } from './install-folders.js';

export async function makeRunFolder(
  install: InstallFolder,
  dir: string,
  files: readonly { path: string; text: string | Buffer }[],
): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await linkInstalled(install, dir);
  for (const file of files) {
    await mkdir(dirname(join(dir, file.path)), { recursive: true });
    await rm(join(dir, file.path), { force: true });
    await writeFile(join(dir, file.path), file.text);
  }
  return dir;
}

/** Adds what `install` holds to `dir`, leaving every file `dir` already has as it is. */
export async function linkInstalled(install: InstallFolder, dir: string): Promise<void> {
  const present = new Set(await readdir(dir));
  for (const entry of await readdir(install.dir, { withFileTypes: true })) {
    if (present.has(entry.name)) continue;
    const from = join(install.dir, entry.name);
    if (entry.isDirectory()) await symlink(from, join(dir, entry.name), 'dir');
    else await copyFile(from, join(dir, entry.name));
  }
}
