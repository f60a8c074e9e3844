// Every snippet parses with its language's own parser where this machine has one (python3 ast,
// Node's parser as node --check uses it, the TypeScript compiler, dash -n and bash -n) and with tree-sitter for Java, C#
// and Swift. Which parser checks which language is test/support/languages.ts.

import { describe, expect, it } from 'vitest';
import { TARGETS, type Language, type Target } from '../src/core/index.js';
import { allCases } from './support/cases.js';
import { LANGUAGES } from './support/languages.js';
import { renderCase } from './support/render.js';
import { syntaxProblems } from './support/tree-sitter.js';

const cases = allCases();
const languageOf = (testCase: (typeof cases)[number]): Language =>
  testCase.target.styles.find((style) => style.id === testCase.styleId)!.language;
const used = [
  ...new Set((TARGETS as readonly Target[]).flatMap((target) => target.styles.map((style) => style.language))),
];

describe('every snippet parses', () => {
  it.each(used.map((language) => [language, LANGUAGES[language].parser] as const))(
    '%s snippets parse with %s',
    async (language) => {
      const programs = await Promise.all(
        cases
          .filter((testCase) => languageOf(testCase) === language)
          .map(async (testCase) => {
            const snippet = await renderCase(testCase);
            return { name: testCase.name, code: snippet.code, fileName: snippet.fileName };
          }),
      );
      expect(programs.length).toBeGreaterThan(0);
      const results = await LANGUAGES[language].syntax(programs);
      expect(Object.keys(results).sort()).toEqual(programs.map((p) => p.name).sort());
      expect(Object.fromEntries(Object.entries(results).filter(([, problems]) => problems.length > 0))).toEqual({});
    },
  );
});

/** For each language, a broken program its checker must report. */
const BROKEN: Record<Language, [code: string, fileName: string]> = {
  python: ['def main(:\n    pass\n', 'get_current_user.py'],
  javascript: ['const x = ;\n', 'get-current-user.js'],
  typescript: ['const x: = 1;\n', 'get-current-user.ts'],
  java: ['class A { void f() { int x = 1 } }\n', 'GetCurrentUser.java'],
  // Box's docs: `var client = new BoxClient(auth: auth));`
  csharp: ['var client = new BoxClient(auth: auth));\n', 'Program.cs'],
  shell: ['if true; then\n  echo x\n', 'get-current-user.sh'],
  swift: ['let client = BoxClient(auth: auth))\n', 'main.swift'],
};

describe('the syntax checkers themselves', () => {
  it.each(Object.entries(BROKEN) as [Language, [string, string]][])(
    '%s: a broken program is reported',
    async (language, [code, fileName]) => {
      const results = await LANGUAGES[language].syntax([{ name: 'broken', code, fileName }]);
      expect(results.broken).not.toEqual([]);
    },
  );

  it('javascript: a .js file is CommonJS and a .mjs file an ES module, as Node runs them', async () => {
    const results = await LANGUAGES.javascript.syntax([
      { name: 'await in .js', code: 'await main();\n', fileName: 'get-current-user.js' },
      { name: 'import in .js', code: "import x from 'y';\n", fileName: 'get-current-user.js' },
      { name: 'await in .mjs', code: 'await main();\n', fileName: 'get-current-user.mjs' },
      { name: 'import in .mjs', code: "import x from 'y';\n", fileName: 'get-current-user.mjs' },
    ]);
    expect(Object.entries(results).map(([name, problems]) => [name, problems.length > 0])).toEqual([
      ['await in .js', true],
      ['import in .js', true],
      ['await in .mjs', false],
      ['import in .mjs', false],
    ]);
  });

  it('tree-sitter reports the stray ")" of the Box .NET docs sample with its position', async () => {
    expect(await syntaxProblems('csharp', 'var client = new BoxClient(auth: auth));\n')).toEqual([
      expect.stringMatching(/^(ERROR|MISSING) at 1:/),
    ]);
  });
});
