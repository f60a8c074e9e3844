// Every snippet parses with its language's own parser where this machine has one (python3 ast,
// node --check, the TypeScript compiler, dash -n and bash -n) and with tree-sitter for Java, C#
// and Swift.

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TARGETS, type Target } from '../src/core/index.js';
import { allCases, type SnippetCase } from './support/cases.js';
import { renderCase } from './support/render.js';
import { python3, requireCommand } from './support/toolchains.js';
import { syntaxProblems } from './support/tree-sitter.js';

const run = promisify(execFile);
const cases = allCases();
const byLanguage = (language: string) =>
  cases.filter((testCase) => testCase.target.styles.find((style) => style.id === testCase.styleId)!.language === language);
const names = (list: SnippetCase[]) => list.map((testCase) => [testCase.name, testCase] as const);

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'box-snippet-syntax-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('python snippets', () => {
  // One interpreter for all files: ast.parse checks indentation too, which tree-sitter does not.
  it('all parse with python3 ast', async () => {
    const pythonCases = byLanguage('python');
    expect(pythonCases.length).toBeGreaterThan(0);
    const sources = Object.fromEntries(await Promise.all(pythonCases.map(async (c) => [c.name, (await renderCase(c)).code] as const)));
    const script = [
      'import ast, json, sys',
      'errors = {}',
      'for name, source in json.load(sys.stdin).items():',
      '    try:',
      '        ast.parse(source, filename=name)',
      '    except SyntaxError as error:',
      '        errors[name] = f"{error.msg} at line {error.lineno}"',
      'print(json.dumps(errors))',
    ].join('\n');
    const child = execFile(python3(), ['-c', script]);
    child.stdin!.end(JSON.stringify(sources));
    let stdout = '';
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    await new Promise((resolve, reject) => child.on('close', resolve).on('error', reject));
    expect(JSON.parse(stdout)).toEqual({});
  });
});

describe('javascript snippets', () => {
  it.each(names(byLanguage('javascript')))('%s passes node --check', async (_name, testCase) => {
    const snippet = await renderCase(testCase);
    const file = join(workDir, `${testCase.name.replaceAll('/', '_')}-${snippet.fileName}`);
    await writeFile(file, snippet.code);
    await expect(run(process.execPath, ['--check', file])).resolves.toBeDefined();
  });
});

describe('typescript snippets', () => {
  it.each(names(byLanguage('typescript')))('%s has no TypeScript syntax errors', async (_name, testCase) => {
    const { code } = await renderCase(testCase);
    const result = ts.transpileModule(code, { reportDiagnostics: true, fileName: 'snippet.ts' });
    const messages = (result.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(messages).toEqual([]);
  });
});

describe('java snippets', () => {
  it.each(names(byLanguage('java')))('%s parses with tree-sitter-java', async (_name, testCase) => {
    expect(await syntaxProblems('java', (await renderCase(testCase)).code)).toEqual([]);
  });
});

describe('c# snippets', () => {
  it.each(names(byLanguage('csharp')))('%s parses with tree-sitter-c-sharp', async (_name, testCase) => {
    expect(await syntaxProblems('csharp', (await renderCase(testCase)).code)).toEqual([]);
  });
});

describe('shell snippets', () => {
  it.each(names(byLanguage('shell')))('%s passes dash -n and bash -n', async (_name, testCase) => {
    const snippet = await renderCase(testCase);
    const file = join(workDir, `${testCase.name.replaceAll('/', '_')}-${snippet.fileName}`);
    await writeFile(file, snippet.code);
    for (const shell of [requireCommand('dash', 'install dash (apt-get install dash)'), requireCommand('bash', 'install bash')]) {
      await expect(run(shell, ['-n', file]), shell).resolves.toBeDefined();
    }
  });
});

describe('swift snippets', () => {
  it.each(names(byLanguage('swift')))('%s parses with tree-sitter-swift', async (_name, testCase) => {
    expect(await syntaxProblems('swift', (await renderCase(testCase)).code)).toEqual([]);
  });
});

describe('every language has a syntax check here', () => {
  // A new target language fails this until its checker is added above.
  it('covers each language a target writes', () => {
    const checked = ['python', 'javascript', 'typescript', 'java', 'csharp', 'shell', 'swift'];
    const used = new Set((TARGETS as readonly Target[]).flatMap((target) => target.styles.map((style) => style.language)));
    expect([...used].filter((language) => !checked.includes(language))).toEqual([]);
  });
});

describe('the syntax checkers themselves', () => {
  it('dash -n reports an unclosed if', async () => {
    const file = join(workDir, 'broken.sh');
    await writeFile(file, 'if true; then\n  echo x\n');
    await expect(run('dash', ['-n', file])).rejects.toThrow();
  });
  it('tree-sitter reports a Swift call with a stray ")"', async () => {
    expect(await syntaxProblems('swift', 'let client = BoxClient(auth: auth))\n')).not.toEqual([]);
  });
  it('tree-sitter reports the stray ")" of the Box .NET docs sample', async () => {
    expect(await syntaxProblems('csharp', 'var client = new BoxClient(auth: auth));\n')).not.toEqual([]);
  });
  it('tree-sitter reports a Java statement with a missing semicolon', async () => {
    expect(await syntaxProblems('java', 'class A { void f() { int x = 1 } }\n')).not.toEqual([]);
  });
});
