// A docs build can `npm i box-snippet` and call the API, or run `npx box-snippet build`: the
// packed tarball is installed into a fresh project, used from a plain Node ESM script, type-checked
// from TypeScript with moduleResolution bundler and node16, and its bin run.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, listTargets } from '../src/core/index.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const TSC = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
let project: string;

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'box-snippet-consumer-'));
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', project, '--json'], {
    cwd: root,
  });
  const tarball = JSON.parse(stdout)[0].filename as string;
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'docs-site', private: true, type: 'module' }));
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', join(project, tarball.replace(/^.*\//, ''))],
    { cwd: project },
  );
}, 300_000);
afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

describe('the published package', () => {
  it('ships the compiled core, its types and the bin, and no sources or tests', async () => {
    const files = await readdir(join(project, 'node_modules', 'box-snippet'), { recursive: true });
    expect(files).toContain(join('dist', 'core', 'templates.generated.js'));
    expect(files).toContain(join('dist', 'index.d.ts'));
    expect(files).toContain(join('dist', 'box-snippet.cjs'));
    expect(files).toContain(join('dist', 'cli-bundle.cjs'));
    expect(files).toContain(join('dist', 'cli-bundle.cache'));
    expect(files.filter((file) => file.startsWith('test') || file.startsWith('src') || file.endsWith('.hbs'))).toEqual(
      [],
    );
  });

  it('works from a plain Node ESM script', async () => {
    await writeFile(
      join(project, 'docs.mjs'),
      [
        "import { generate, listTargets, formatSnippet } from 'box-snippet';",
        "import { generate as coreGenerate } from 'box-snippet/core';",
        "const snippet = await formatSnippet(generate({ target: 'node', style: 'esm', credentials: 'env' }));",
        'process.stdout.write(JSON.stringify({ code: snippet.code, targets: listTargets().length, same: coreGenerate === generate }));',
      ].join('\n'),
    );
    const { stdout } = await run(process.execPath, ['docs.mjs'], { cwd: project });
    const result = JSON.parse(stdout);
    expect(result.code).toBe(generate({ target: 'node', style: 'esm', credentials: 'env' }).code);
    expect(result.targets).toBe(listTargets().length);
    expect(result.same).toBe(true);
  });

  it('exports the remark plugin, and leaves unified (an optional peer) to the docs site', async () => {
    await writeFile(
      join(project, 'remark.mjs'),
      "import plugin from 'box-snippet/remark';\nprocess.stdout.write(typeof plugin);\n",
    );
    const { stdout } = await run(process.execPath, ['remark.mjs'], { cwd: project });
    expect(stdout).toBe('function');
    const installed = await readdir(join(project, 'node_modules'));
    expect(installed).toContain('box-snippet');
    expect(installed.filter((name) => name === 'unified' || name === '@types')).toEqual([]);
  });

  it.each([
    ['bundler', ['--module', 'esnext', '--moduleResolution', 'bundler']],
    ['node16', ['--module', 'node16', '--moduleResolution', 'node16']],
  ])('type-checks from TypeScript with moduleResolution %s, and rejects a wrong target', async (_name, flags) => {
    const good = join(project, 'good.ts');
    const bad = join(project, 'bad.ts');
    await writeFile(
      good,
      "import { generate, type Snippet } from 'box-snippet';\nexport const s: Snippet = generate({ target: 'java', package: 'com.box:box-java-sdk-gen', credentials: 'env' });\n",
    );
    await writeFile(bad, "import { generate } from 'box-snippet';\nexport const s = generate({ target: 'cobol' });\n");
    const tsc = (file: string) =>
      run(process.execPath, [TSC, '--ignoreConfig', '--noEmit', '--strict', ...flags, file], { cwd: project });
    await expect(tsc(good)).resolves.toBeDefined();
    await expect(tsc(bad)).rejects.toMatchObject({
      stdout: expect.stringContaining('Type \'"cobol"\' is not assignable'),
    });
  });

  it('runs `npx box-snippet build`', async () => {
    await run('npx', ['box-snippet', 'build', '--out', 'docs', '--format', 'markdown'], { cwd: project });
    const markdown = await readFile(join(project, 'docs', 'developer-token.md'), 'utf8');
    expect(markdown).toContain('```python\n');
  });
});
