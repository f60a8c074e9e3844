// Regression cases named after the bugs in Box's own hand-written samples. Each checks every
// snippet of the affected language, so the bug cannot come back in any target or mode.

import { compileFunction } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { allCases } from './support/cases.js';
import { LANGUAGES } from './support/languages.js';
import { renderCase } from './support/render.js';
import { syntaxProblems } from './support/tree-sitter.js';

const cases = allCases();
/** The parameters of the function Node's CommonJS loader compiles a .js file as. */
const COMMONJS_PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname'];
const ofFamily = (family: string) => cases.filter((testCase) => testCase.target.family === family);

describe('dotnet-stray-paren', () => {
  // Box's docs: `var client = new BoxClient(auth: auth));`
  it('the parser this case relies on rejects the docs line', async () => {
    expect(await syntaxProblems('csharp', 'var client = new BoxClient(auth: auth));\n')).not.toEqual([]);
  });
  it('every C# snippet has balanced parentheses and parses', async () => {
    for (const testCase of ofFamily('dotnet')) {
      const { code } = await renderCase(testCase);
      // A statement that builds a client on one line closes every parenthesis it opens, once.
      for (const line of code.split('\n').filter((l) => l.includes('new BoxClient(') && l.endsWith(';'))) {
        expect(line.split('(').length, `${testCase.name}: ${line}`).toBe(line.split(')').length);
      }
      expect(await syntaxProblems('csharp', code), testCase.name).toEqual([]);
    }
  });
});

describe('node-cjs-top-level-await', () => {
  // Box's docs: `require(...)` followed by a top-level `await client.users.getUserMe()`.
  it('every CommonJS snippet awaits only inside async main() and compiles as Node compiles a .js file', async () => {
    const snippets = ofFamily('node').filter((c) => c.styleId === 'cjs');
    expect(snippets.length).toBeGreaterThan(50);
    for (const testCase of snippets) {
      const { code } = await renderCase(testCase);
      expect(code, testCase.name).toContain('async function main()');
      expect(code, testCase.name).not.toMatch(/^await /m);
      // What `node --check` does with a CommonJS file, in this process: compile it as the body of
      // the function Node's module loader wraps every CommonJS file in.
      expect(
        () => compileFunction(code, COMMONJS_PARAMETERS, { filename: testCase.name }),
        testCase.name,
      ).not.toThrow();
    }
  });

  it('the compile check rejects the docs sample', () => {
    const docs = "const { BoxClient } = require('box-node-sdk');\nconst me = await client.users.getUserMe();\n";
    expect(() => compileFunction(docs, COMMONJS_PARAMETERS)).toThrow(SyntaxError);
  });
});

describe('java-fragment-no-class', () => {
  // Box's docs: two bare statements, no imports, no class, no main, no output.
  it('every Java snippet is a public class with imports, main, the call and the print', async () => {
    for (const testCase of ofFamily('java')) {
      const { code } = await renderCase(testCase);
      expect(code, testCase.name).toMatch(/^import com\.box\.sdk(gen)?\./m);
      expect(code, testCase.name).toContain('public class GetCurrentUser {');
      expect(code, testCase.name).toMatch(/public static void main\(String\[\] args\)( throws (IO)?Exception)? \{/);
      if (!testCase.variant.downscope?.resource) {
        expect(code, testCase.name).toMatch(/getUserMe\(\)|getCurrentUser\(\w+\)/);
        expect(code, testCase.name).toContain('System.out.println("My user ID is " + me.');
      }
    }
  });
});

describe('python-empty-fstring', () => {
  // Box's docs: print(f'My user ID is {}') — an f-string with an empty expression.
  it('every Python snippet prints the user id through a non-empty f-string field', async () => {
    for (const testCase of ofFamily('python')) {
      const { code } = await renderCase(testCase);
      // A downscoped token restricted to an item reads that item instead of the user.
      if (!testCase.variant.downscope?.resource)
        expect(code, testCase.name).toContain('print(f"My user ID is {me.id}")');
      expect(code, testCase.name).not.toMatch(/f["'][^"']*\{\s*\}/);
    }
  });
});

describe('curl-secret-on-command-line', () => {
  // Box's Developer Tokens page: `curl ... -H "authorization: Bearer [DEVELOPER_TOKEN]"`, which puts
  // the token in the process list of the machine for as long as curl runs.
  it('no curl or jq command line of a shell snippet carries a credential; they come on stdin or in the environment', async () => {
    const shellCases = cases.filter(
      (testCase) => testCase.target.styles.find((style) => style.id === testCase.styleId)!.language === 'shell',
    );
    expect(shellCases.length).toBeGreaterThan(0);
    for (const testCase of shellCases) {
      const { code } = await renderCase(testCase);
      const commands = code
        .split('\n')
        .flatMap((line) => line.split('|'))
        .filter((part) => /^\s*(\S+=\$\()?(curl|jq)\s/.test(part.replace(/^.*\$\(/, '')));
      expect(commands.length, testCase.name).toBeGreaterThan(0);
      for (const command of commands) {
        const variables = [...command.matchAll(/\$\{?(\w+)/g)]
          .map((m) => m[1])
          .filter((name) => name !== 'box_api' && name !== 'ENV' && name !== 'form');
        expect(variables, `${testCase.name}: ${command.trim()}`).toEqual([]);
        expect(command, testCase.name).not.toMatch(/Bearer|client_secret=[^\\]/);
      }
    }
  });
});

describe('no fragments', () => {
  it('every snippet has an entry point and prints "My user ID is"', async () => {
    for (const testCase of cases) {
      const { code } = await renderCase(testCase);
      const language = testCase.target.styles.find((style) => style.id === testCase.styleId)!.language;
      expect(code, testCase.name).toMatch(LANGUAGES[language].entryPoint);
      expect(code, testCase.name).toMatch(testCase.variant.downscope?.resource ? /File |Folder / : /My user ID is/);
    }
  });
});
