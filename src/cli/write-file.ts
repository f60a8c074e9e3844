// Writes a file so that a reader never sees it half-written: the content goes to a temporary
// file in the same folder, which then takes the target's name in one step. Without `force` the
// step is a hard link, which fails if the target exists, so even a race cannot clobber a file.

import { basename, dirname, join } from 'node:path';

export class OutputExistsError extends Error {}
export class OutputPathError extends Error {}

export async function writeFileAtomically(path: string, content: string, force: boolean): Promise<void> {
  // Loaded here, not at startup: printing to stdout, the common case, needs no file system.
  const [{ default: fs }, { randomBytes }] = await Promise.all([import('fs-extra'), import('node:crypto')]);
  const folder = dirname(path);
  const existing = await fs.stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new OutputPathError(`--out: ${path} is a folder; give a file path`);
  if (existing && !force) throw new OutputExistsError(`--out: ${path} already exists; use --force to overwrite it`);
  try {
    await fs.ensureDir(folder);
  } catch (error) {
    throw new OutputPathError(`--out: cannot create the folder ${folder}: ${reason(error)}`);
  }
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, content, { flag: 'wx' });
    if (force) {
      await fs.rename(temporary, path);
    } else {
      await fs.link(temporary, path);
      await fs.remove(temporary);
    }
  } catch (error) {
    await fs.remove(temporary).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new OutputExistsError(`--out: ${path} already exists; use --force to overwrite it`);
    }
    throw new OutputPathError(`--out: cannot write ${path}: ${reason(error)}`);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error));
}
