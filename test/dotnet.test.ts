// .NET cannot run here (no .NET SDK, and Box's NuGet packages are not served), so every C#
// snippet is checked three ways: tree-sitter parse, every Box type and member it names against
// the API surface taken from that SDK line's source, and no `const` with a run-time value
// (CS0133, a real compile error no parser sees).

import { describe, expect, it } from 'vitest';
import { allCases } from './support/cases.js';
import { checkBoxApi, findConstWithRuntimeValue, parseCSharp } from './support/csharp/check-csharp.js';
import { DOTNET_LINES } from './support/dotnet-lines.js';
import { renderCase } from './support/render.js';

const cases = allCases().filter((testCase) => testCase.target.family === 'dotnet');

describe('c# snippets, checked without a compiler', () => {
  it('covers every .NET target and package', () => {
    const keys = new Set(cases.map((testCase) => `${testCase.target.id} ${testCase.packageName}`));
    expect([...keys].sort()).toEqual(Object.keys(DOTNET_LINES).sort());
  });

  it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
    const { code } = await renderCase(testCase);
    const line = DOTNET_LINES[`${testCase.target.id} ${testCase.packageName}`]!;
    expect((await parseCSharp(code)).problems).toEqual([]);
    expect(await checkBoxApi(code, line)).toEqual([]);
    expect(await findConstWithRuntimeValue(code)).toEqual([]);
  });
});
