// Writes a whole folder (a docs tree, a project) through a temporary folder beside it that takes
// its place at the end, so a failure never leaves a half-written tree. A non-empty folder is
// replaced only with --force.

import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { OutputExistsError, OutputPathError } from './write-file.js';

export async function replaceFolder(
  out: string,
  files: ReadonlyMap<string, string>,
  force: boolean,
  flag = '--out',
): Promise<void> {
  const { default: fs } = await import('fs-extra');
  const existing = await fs.stat(out).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new OutputPathError(`${flag}: ${out} is a file; give a folder`);
  if (existing && (await fs.readdir(out)).length > 0 && !force) {
    throw new OutputExistsError(`${flag}: ${out} is not empty; use --force to replace its contents`);
  }
  const parent = dirname(out);
  await fs.ensureDir(parent);
  const staging = join(parent, `.${basename(out)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    for (const [path, content] of files) await fs.outputFile(join(staging, path), content);
    if (existing) {
      const old = `${staging}.old`;
      await fs.rename(out, old);
      await fs.rename(staging, out);
      await fs.remove(old);
    } else {
      await fs.rename(staging, out);
    }
  } catch (error) {
    await fs.remove(staging).catch(() => undefined);
    throw new OutputPathError(`${flag}: cannot write ${out}: ${(error as Error).message}`);
  }
}
