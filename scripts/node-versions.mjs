// The Node builds box-snippet is checked and measured on: the oldest and the newest release of
// each Node line that package.json's `engines` admits (Node 20 from 20.19, 22, 24). The official
// builds come from the npm registry (`node-<platform>-<arch>@<version>`) into the project's
// git-ignored .cache/node/, once per machine, so a fresh clone needs nothing installed by hand.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const NODE_VERSIONS = ['20.19.0', '20.20.2', '22.23.5', '24.22.3'];

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = join(root, '.cache', 'node');
const packageName = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;

/** The node binary of `version`, installed on first use. */
export async function nodeBinary(version) {
  const binary = join(cache, version, 'node_modules', packageName, 'bin', 'node');
  if (existsSync(binary)) return binary;
  if (process.platform === 'win32')
    throw new Error(`Node ${version}: installing other Node builds is not done on Windows`);
  await mkdir(cache, { recursive: true });
  // Installed beside its place, then renamed: a concurrent or broken install never leaves half a Node.
  const staging = await mkdtemp(join(cache, `.${version}-`));
  try {
    await writeFile(join(staging, 'package.json'), '{ "private": true }\n');
    await promisify(execFile)(
      'npm',
      ['install', '--no-audit', '--no-fund', '--loglevel=error', `${packageName}@${version}`],
      { cwd: staging },
    );
    await rename(staging, join(cache, version)).catch(async (error) => {
      if (!existsSync(binary)) throw error; // another run put the same version in place first
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return binary;
}
