// Writes a whole folder (a docs tree, a project) so that a failure never leaves a half-written set:
// the files are written into a staging folder first, and only then put in place by renames. A new
// folder is staged beside it and renamed into place. An existing folder is never replaced itself
// (it may be the shell's current folder, `.`, which cannot be renamed, or renamed only from under
// the shell): the set is staged inside it, and its entries are swapped in. A non-empty folder is
// written only with --force, which replaces its contents.

import { basename, dirname, join } from 'node:path';
import { OutputExistsError, OutputPathError } from './write-file.js';

type Fs = typeof import('fs-extra');

export async function replaceFolder(
  out: string,
  files: ReadonlyMap<string, string>,
  force: boolean,
  flag = '--out',
): Promise<void> {
  const { default: fs } = await import('fs-extra');
  const existing = await fs.stat(out).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new OutputPathError(`${flag}: ${out} is a file; give a folder`);
  const oldEntries = existing ? await fs.readdir(out) : [];
  if (oldEntries.length > 0 && !force) {
    throw new OutputExistsError(`${flag}: ${out} is not empty; use --force to replace its contents`);
  }
  let staging: string | undefined;
  try {
    const parent = existing ? out : dirname(out);
    await fs.ensureDir(parent);
    staging = await fs.mkdtemp(join(parent, `.${existing ? 'box-snippet' : basename(out)}-`));
    for (const [path, content] of files) await fs.outputFile(join(staging, path), content);
    if (existing) await swapEntries(fs, out, oldEntries, staging);
    else await fs.rename(staging, out);
  } catch (error) {
    if (staging !== undefined) await fs.remove(staging).catch(() => undefined);
    throw new OutputPathError(`${flag}: cannot write ${out}: ${(error as Error).message}`);
  }
}

/**
 * Moves the folder's old entries aside, then the staged ones in; on any failure, moves everything
 * back, so the folder holds either its old contents or the whole new set.
 */
async function swapEntries(fs: Fs, folder: string, oldEntries: readonly string[], staging: string): Promise<void> {
  const aside = await fs.mkdtemp(join(folder, '.box-snippet-old-'));
  const movedAside: string[] = [];
  const placed: string[] = [];
  try {
    for (const name of oldEntries) {
      await fs.rename(join(folder, name), join(aside, name));
      movedAside.push(name);
    }
    for (const name of await fs.readdir(staging)) {
      await fs.rename(join(staging, name), join(folder, name));
      placed.push(name);
    }
  } catch (error) {
    for (const name of placed.reverse())
      await fs.rename(join(folder, name), join(staging, name)).catch(() => undefined);
    for (const name of movedAside.reverse())
      await fs.rename(join(aside, name), join(folder, name)).catch(() => undefined);
    await fs.remove(aside).catch(() => undefined);
    throw error;
  }
  await fs.remove(aside);
  await fs.remove(staging);
}
