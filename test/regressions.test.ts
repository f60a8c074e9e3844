// Regression cases named after the bugs in Box's own hand-written samples. Each checks every
// snippet of the affected language, so the bug cannot come back in any target or mode.

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { allCases } from './support/cases.js';
import { renderCase } from './support/render.js';
import { syntaxProblems } from './support/tree-sitter.js';

const cases = allCases();
const ofFamily = (family: string) => cases.filter((testCase) => testCase.target.family === family);

describe('dotnet-stray-paren', () => {
  // Box's docs: `var client = new BoxClient(auth: auth));`
  it('the parser this case relies on rejects the docs line', async () => {
    expect(await syntaxProblems('csharp', 'var client = new BoxClient(auth: auth));\n')).not.toEqual([]);
  });
  it('every C# snippet has balanced parentheses and parses', async () => {
    for (const testCase of ofFamily('dotnet')) {
      const { code } = await renderCase(testCase);
      // Programs that build the client themselves close `new BoxClient(...)` exactly once.
      for (const line of code.split('\n').filter((l) => l.includes('new BoxClient('))) {
        expect(line, testCase.name).toMatch(/new BoxClient\([^()]*(\([^()]*\))?[^()]*\);$/);
      }
      expect(await syntaxProblems('csharp', code), testCase.name).toEqual([]);
    }
  });
});

describe('node-cjs-top-level-await', () => {
  // Box's docs: `require(...)` followed by a top-level `await client.users.getUserMe()`.
  it('every CommonJS snippet awaits only inside async main() and passes node --check as .js', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'box-snippet-cjs-'));
    try {
      for (const testCase of ofFamily('node').filter((c) => c.styleId === 'cjs')) {
        const { code } = await renderCase(testCase);
        expect(code, testCase.name).toContain('async function main()');
        expect(code, testCase.name).not.toMatch(/^await /m);
        const file = join(dir, 'snippet.js');
        await writeFile(file, code);
        await expect(promisify(execFile)(process.execPath, ['--check', file])).resolves.toBeDefined();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
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
      expect(code, testCase.name).toMatch(/getUserMe\(\)|getCurrentUser\(api\)/);
      expect(code, testCase.name).toContain('System.out.println("My user ID is " + me.');
    }
  });
});

describe('python-empty-fstring', () => {
  // Box's docs: print(f'My user ID is {}') — an f-string with an empty expression.
  it('every Python snippet prints the user id through a non-empty f-string field', async () => {
    for (const testCase of ofFamily('python')) {
      const { code } = await renderCase(testCase);
      expect(code, testCase.name).toContain('print(f"My user ID is {me.id}")');
      expect(code, testCase.name).not.toMatch(/f["'][^"']*\{\s*\}/);
    }
  });
});

describe('no fragments', () => {
  const entryPoints: Record<string, RegExp> = {
    // Python and Node (ES module: a top-level try) run main inside the failure explainer; C# its statements.
    python: /^if __name__ == "__main__":\n {4}try:\n {8}main\(\)$/m,
    node: /^main\(\)\.catch\(|^try \{\n(.*\n)* {2}const me = await /m,
    java: /public static void main\(String\[\] args\)/,
    dotnet: /^ {4}var me = await client\./m, // inside the failure explainer's try
  };
  it('every snippet has an entry point and prints "My user ID is"', async () => {
    for (const testCase of cases) {
      const { code } = await renderCase(testCase);
      expect(code, testCase.name).toMatch(entryPoints[testCase.target.family]!);
      expect(code, testCase.name).toContain('My user ID is');
    }
  });
});
