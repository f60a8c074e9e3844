// `build --check <dir>`: compares a folder with what build would write there, for a docs
// repository's CI: a file that differs, one build would add, and one build would remove (build
// replaces the whole folder) are each a line; none means the folder is up to date.

import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { OutputPathError } from './write-file.js';

export interface Drift {
  readonly path: string;
  readonly change: 'differs' | 'missing' | 'not written by build';
}

export async function checkFolder(dir: string, files: ReadonlyMap<string, string>): Promise<Drift[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    throw new OutputPathError(`--check: ${dir} is not a folder this can read`);
  }
  const present = new Map<string, string>();
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const full = join(entry.parentPath, entry.name);
    present.set(relative(dir, full).split(sep).join('/'), full);
  }
  const drift: Drift[] = [];
  for (const [path, text] of files) {
    const full = present.get(path);
    if (full === undefined) drift.push({ path, change: 'missing' });
    else if ((await readFile(full, 'utf8')) !== text) drift.push({ path, change: 'differs' });
  }
  for (const path of present.keys()) if (!files.has(path)) drift.push({ path, change: 'not written by build' });
  return drift.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
