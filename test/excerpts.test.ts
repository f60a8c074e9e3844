// Each program's excerpt (the client set-up and the first call, what a docs page shows inline)
// is a verbatim, contiguous run of lines of the program file under snapshots/: the file the
// execution proof runs as printed for Python, Node, Java and cURL. So the short text a reader
// copies is covered by a full run of the program it came from.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutExcerpt, EXCERPT_END, EXCERPT_START, excerptOf } from '../src/core/excerpt.js';
import { allCases } from './support/cases.js';
import { renderCase } from './support/render.js';

const root = join(import.meta.dirname, '..');
const cases = allCases();

describe('excerpts', () => {
  it.each(cases.map((testCase) => [testCase.name, testCase] as const))(
    '%s: the excerpt is lines of the snapshot file, from the client set-up to the first call',
    async (_name, testCase) => {
      const { excerpt } = await renderCase(testCase);
      const program = (await readFile(join(root, testCase.snapshotPath), 'utf8')).split('\n');
      const shown = excerpt.code.replace(/\n$/, '').split('\n');
      expect(excerpt.lastLine - excerpt.firstLine + 1).toBe(shown.length);
      const inProgram = shown.map((line) => (line === '' ? '' : excerpt.indent + line));
      expect(program.slice(excerpt.firstLine - 1, excerpt.lastLine)).toEqual(inProgram);
      // The indent removed is the one every line shares, so no line is cut into.
      expect(shown.filter((line) => line !== '').some((line) => !/^\s/.test(line))).toBe(true);
      expect(shown[0]!.trim()).not.toBe('');
      // It ends with what the program prints last: the user, the item a downscoped token read, the revoke.
      expect(shown.at(-1)).toMatch(
        testCase.variant.revoke
          ? /Token revoked\./
          : testCase.variant.downscope?.resource
            ? /File |Folder /
            : /My user ID is/,
      );
      // The first call comes after the client is set up: the excerpt is never the call alone.
      expect(shown.length).toBeGreaterThanOrEqual(3);
    },
  );
});

describe('cutExcerpt', () => {
  const marked = `a\n  ${EXCERPT_START}b\n\n  c${EXCERPT_END}\nd\n`;

  it('removes the marks, leaving the program, and returns the lines between them', () => {
    expect(cutExcerpt(marked, 't')).toEqual({
      code: 'a\n  b\n\n  c\nd\n',
      excerpt: { firstLine: 2, lastLine: 4, indent: '  ', code: 'b\n\nc\n' },
    });
  });

  it('refuses a template that marks no start, two ends, or an end before its start', () => {
    expect(() => cutExcerpt(`a${EXCERPT_END}\n`, 't')).toThrow('template t marks 0 excerpt starts');
    expect(() => cutExcerpt(`${EXCERPT_START}a${EXCERPT_END}${EXCERPT_END}\n`, 't')).toThrow('2 excerpt ends');
    expect(() => cutExcerpt(`a${EXCERPT_END}\n${EXCERPT_START}b\n`, 't')).toThrow('ends its excerpt before');
  });

  it('removes only the indent the lines share', () => {
    expect(excerptOf('    x\n      y\n', 1, 2)).toMatchObject({ indent: '    ', code: 'x\n  y\n' });
  });
});
