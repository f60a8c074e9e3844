// Folder writes in place: `mkdir app && cd app && box-snippet … --project .` and
// `build --out . --force` write into the current folder, never replace the folder itself (the
// shell stays in it), and leave either the old contents or the whole new set.

import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectFor, generate } from '../src/core/index.js';
import { runCli } from './support/cli.js';

const failRenames = ['--require', join(import.meta.dirname, 'support', 'fail-rename.cjs')];
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'box-snippet-in-place-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function freshFolder(name: string, files: Record<string, string> = {}): Promise<string> {
  const folder = join(root, name);
  await mkdir(folder);
  for (const [path, text] of Object.entries(files)) await writeFile(join(folder, path), text);
  return folder;
}

const PROJECT = ['--lang', 'python', '--from-env', '--project'];
const projectFiles = projectFor(generate({ target: 'python', credentials: 'env' }))
  .files.map((file) => file.path)
  .sort();

describe('writing into an existing folder', () => {
  it('--project . fills the empty current folder, and the folder stays the same folder', async () => {
    const app = await freshFolder('app');
    const before = await stat(app);
    const result = await runCli([...PROJECT, '.'], { cwd: app });
    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(app)).sort()).toEqual(projectFiles);
    expect((await stat(app)).ino).toBe(before.ino);
    expect(await readdir(root)).toEqual(['app']);
  });

  it('--project with the folder’s full path does the same', async () => {
    const app = await freshFolder('by-path');
    const before = await stat(app);
    expect((await runCli([...PROJECT, app], { cwd: app })).code).toBe(0);
    expect((await readdir(app)).sort()).toEqual(projectFiles);
    expect((await stat(app)).ino).toBe(before.ino);
  });

  it('build --out . --force replaces the contents of the current folder, not the folder', async () => {
    const docs = await freshFolder('docs', { 'stale.md': 'old' });
    const before = await stat(docs);
    const refused = await runCli(['build', '--out', '.'], { cwd: docs });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('box-snippet: --out: . is not empty; use --force to replace its contents\n');
    const result = await runCli(['build', '--out', '.', '--force', '--format', 'markdown'], { cwd: docs });
    expect(result.code, result.stderr).toBe(0);
    const entries = await readdir(docs);
    expect(entries).toContain('developer-token.md');
    expect(entries).not.toContain('stale.md');
    expect(entries.filter((name) => name.startsWith('.'))).toEqual([]);
    expect((await stat(docs)).ino).toBe(before.ino);
  });

  it('a failed write leaves an empty folder empty', async () => {
    const app = await freshFolder('fails-empty');
    const result = await runCli([...PROJECT, '.'], { cwd: app, nodeArgs: failRenames });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^box-snippet: --project: cannot write \.: injected failure in rename\n$/);
    expect(await readdir(app)).toEqual([]);
  });

  it('a failed --force write leaves the old contents as they were', async () => {
    const docs = await freshFolder('fails-full', { 'keep.md': 'mine' });
    const result = await runCli(['build', '--out', '.', '--force'], { cwd: docs, nodeArgs: failRenames });
    expect(result.code).toBe(1);
    expect(await readdir(docs)).toEqual(['keep.md']);
  });
});
