// Pins the text of every snippet as a real, syntax-highlighted file under snapshots/.

import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCases } from './support/cases.js';
import { renderCase } from './support/render.js';

const cases = allCases();
const root = join(import.meta.dirname, '..');

describe('snapshots', () => {
  it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
    const snippet = await renderCase(testCase);
    await expect(snippet.code).toMatchFileSnapshot(join(root, testCase.snapshotPath));
  });

  // vitest never reports a file snapshot whose test is gone, and under CI=true reports a missing
  // one only as "mismatched": check both ways here.
  it('has exactly one file under snapshots/ per case', async () => {
    const entries = await readdir(join(root, 'snapshots'), { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .sort();
    const expected = cases.map((testCase) => testCase.snapshotPath).sort();
    // No file may lack a case. The reverse is checked too, except while `vitest -u` is writing the
    // new files (vitest writes file snapshots only when the test file ends).
    expect(files.filter((file) => !expected.includes(file))).toEqual([]);
    const updating =
      (expect.getState().snapshotState as unknown as { _updateSnapshot: string })._updateSnapshot !== 'none';
    if (!updating) expect(expected.filter((file) => !files.includes(file))).toEqual([]);
  });

  it('has no two cases writing the same file', () => {
    const paths = cases.map((testCase) => testCase.snapshotPath);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
