// `box-snippet build`, the docs-site batch: every snippet, deterministic bytes, atomic output.

import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAll } from '../src/core/batch.js';
import { runCli } from './support/cli.js';
import { flowVariant, makeCase } from './support/cases.js';
import { DOCS_FLOWS, SCHEMA_VERSION, docsTabs, findTarget, renderDocs } from '../src/core/index.js';
import { formatSnippet } from '../src/format.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'box-snippet-build-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readTree(root: string): Promise<Map<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const tree = new Map<string, string>();
  for (const file of files.sort()) tree.set(relative(root, file).split(sep).join('/'), await readFile(file, 'utf8'));
  return tree;
}

describe('box-snippet build', () => {
  it('writes the same bytes on every run', async () => {
    const first = join(dir, 'first');
    const second = join(dir, 'second');
    expect((await runCli(['build', '--out', first])).code).toBe(0);
    expect((await runCli(['build', '--out', second])).code).toBe(0);
    const a = await readTree(first);
    expect([...a.keys()]).toEqual([...(await readTree(second)).keys()]);
    expect(a).toEqual(await readTree(second));
    expect(a.size).toBe(generateAll('placeholder').length + 1);
  });

  it('writes each program exactly as its committed snapshot, and a manifest entry for it', async () => {
    const out = join(dir, 'env');
    expect((await runCli(['build', '--out', out, '--from-env'])).code).toBe(0);
    const tree = await readTree(out);
    const { schemaVersion, programs: manifest } = JSON.parse(tree.get('manifest.json')!);
    expect(schemaVersion).toBe(SCHEMA_VERSION);
    expect(manifest).toHaveLength(generateAll('env').length);
    for (const entry of manifest) {
      const target = findTarget(entry.target)!;
      const flow = DOCS_FLOWS.find((candidate) => candidate.id === entry.flow)!;
      const testCase = makeCase(target, entry.auth, entry.packageId, entry.style, 'env', flowVariant(flow));
      const snapshot = await readFile(join(import.meta.dirname, '..', testCase.snapshotPath), 'utf8');
      expect(tree.get(entry.file), entry.file).toBe(snapshot);
      expect(entry.install.length).toBeGreaterThan(0);
      expect(entry.envVars.length).toBeGreaterThan(0);
    }
  });

  it('markdown: one file per flow, every language in registry order, with fences', async () => {
    const out = join(dir, 'md');
    expect((await runCli(['build', '--out', out, '--format', 'markdown'])).code).toBe(0);
    const tree = await readTree(out);
    expect([...tree.keys()]).toEqual([...DOCS_FLOWS.map((flow) => `${flow.id}.md`), 'manifest.json'].sort());
    const markdown = tree.get('developer-token.md')!;
    // Each section's program is the fence after its last "Save as" (Package.swift comes before it).
    const order = markdown
      .split(/^### /m)
      .slice(1)
      .map((section) => /Save as `[^`]+`(?: \([^)]*\))?:\n\n```(\w+)\n(?![^]*Save as `)/.exec(section)?.[1]);
    const registryOrder = generateAll('placeholder')
      .filter((entry) => entry.flow === 'developer-token')
      .map((entry) => entry.snippet.languageTag);
    expect(order).toEqual(registryOrder);
    expect(order[0]).toBe('python');
    expect(markdown).toContain('```typescript\n');
    expect(markdown).toContain('```java\n');
  });

  it.each([
    ['mintlify', []],
    ['docusaurus', ['--from-env']],
  ] as const)(
    '%s: one MDX file per flow, as the core renders it, and a manifest of its tabs',
    async (format, flags) => {
      const credentials = flags.length > 0 ? 'env' : 'placeholder';
      const out = join(dir, format);
      expect((await runCli(['build', '--out', out, '--format', format, ...flags])).code).toBe(0);
      const again = join(dir, `${format}-again`);
      expect((await runCli(['build', '--out', again, '--format', format, ...flags])).code).toBe(0);
      const tree = await readTree(out);
      expect(await readTree(again)).toEqual(tree);
      expect([...tree.keys()]).toEqual([...DOCS_FLOWS.map((flow) => `${flow.id}.mdx`), 'manifest.json'].sort());
      const { schemaVersion, tabs: manifest } = JSON.parse(tree.get('manifest.json')!);
      expect(schemaVersion).toBe(SCHEMA_VERSION);
      for (const flow of DOCS_FLOWS) {
        const tabs = await Promise.all(
          docsTabs({ auth: flow.auth, credentials, options: flow.options }).map(async (tab) => ({
            ...tab,
            snippet: await formatSnippet(tab.snippet),
          })),
        );
        expect(tree.get(`${flow.id}.mdx`)).toBe(renderDocs(tabs, format));
        const entries = manifest.filter((entry: { file: string }) => entry.file === `${flow.id}.mdx`);
        expect(
          entries.map((entry: { tabLabel: string; target: string; package: string; credentialMode: string }) => [
            entry.tabLabel,
            entry.target,
            entry.package,
            entry.credentialMode,
          ]),
        ).toEqual(tabs.map((tab) => [tab.label, tab.value, tab.snippet.package.name, credentials]));
      }
    },
  );

  it('refuses a non-empty folder without --force and leaves it untouched', async () => {
    const out = join(dir, 'occupied');
    await mkdir(out);
    await writeFile(join(out, 'keep.txt'), 'mine');
    const result = await runCli(['build', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not empty; use --force');
    expect([...(await readTree(out)).keys()]).toEqual(['keep.txt']);
    expect((await runCli(['build', '--out', out, '--force'])).code).toBe(0);
    expect((await readTree(out)).has('keep.txt')).toBe(false);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp') || name.endsWith('.old'))).toEqual([]);
  });

  it('rejects per-snippet flags', async () => {
    const result = await runCli(['build', '--out', join(dir, 'x'), '--token', 'FakeDeveloperToken00000000000001']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--token: build writes every target');
    expect(result.stderr).not.toContain('FakeDeveloperToken');
  });
});
