// Swift cannot be compiled here (no Swift toolchain, and SwiftPM's package sources are not
// reachable), so every Swift snippet is parsed with tree-sitter-swift and every Box name it uses
// is checked against the API surface taken from box-ios-sdk's sources (test/support/swift/).

import { describe, expect, it } from 'vitest';
import { allCases } from './support/cases.js';
import { renderCase } from './support/render.js';
import { checkSwiftBoxApi } from './support/swift/check-swift.js';
import { SWIFT_SURFACE } from './support/swift/api-surface.js';
import { syntaxProblems } from './support/tree-sitter.js';

const cases = allCases().filter(
  (testCase) => testCase.target.styles.find((style) => style.id === testCase.styleId)!.language === 'swift',
);

describe('swift snippets, checked without a compiler', () => {
  it('covers every Swift target, and each one names the SDK line the surface was taken from', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const testCase of cases) {
      const pkg = testCase.target.packages.find((p) => p.name === testCase.packageName)!;
      expect(`${pkg.importName} ${pkg.versionRange.split('.')[0]}`).toBe(
        `${SWIFT_SURFACE.module} ${SWIFT_SURFACE.version.split('.')[0]}`,
      );
    }
  });

  it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
    const { code } = await renderCase(testCase);
    expect(await syntaxProblems('swift', code)).toEqual([]);
    expect(await checkSwiftBoxApi(code)).toEqual([]);
  });
});
