// Each language's string-literal encoder is a security boundary: whatever the input, the emitted
// literal must read back, through that language's own reader, as exactly the input. 10,000 hostile
// strings per language, each batch read by one process of the real toolchain.

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  encodeCSharpString,
  encodeJavaScriptString,
  encodeJavaString,
  encodePythonString,
} from '../src/core/encoders/index.js';
import { codeUnits, sampleHostileStrings } from './support/arbitrary-strings.js';
import { python3, requireCommand } from './support/toolchains.js';
import { syntaxProblems } from './support/tree-sitter.js';

const run = promisify(execFile);
const CASES = 10_000;
const inputs = sampleHostileStrings(CASES, 20261129);
const expected = inputs.map(codeUnits);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'box-snippet-encoders-'));
});
afterAll(async () => {
  if (!process.env.KEEP_TMP) await rm(dir, { recursive: true, force: true });
});

/** First few mismatches, shown as code units so invisible characters are visible. */
function mismatches(actual: string[]): string[] {
  return actual
    .flatMap((units, i) => (units === expected[i] ? [] : [`#${i}: expected ${expected[i]} got ${units}`]))
    .slice(0, 5);
}

describe('string-literal encoders round-trip through the real readers', () => {
  it(`python: ast.literal_eval reads back all ${CASES} strings`, async () => {
    const file = join(dir, 'literals.txt');
    await writeFile(file, inputs.map(encodePythonString).join('\n'));
    const script = [
      'import ast, sys',
      'for line in open(sys.argv[1], encoding="ascii").read().split("\\n"):',
      '    value = ast.literal_eval(line)',
      '    units = value.encode("utf-16-le", "surrogatepass")',
      '    print(" ".join(f"{units[i + 1]:02x}{units[i]:02x}" for i in range(0, len(units), 2)))',
    ].join('\n');
    const { stdout } = await run(python3(), ['-c', script, file], { maxBuffer: 256 * 1024 * 1024 });
    const actual = stdout.split('\n').slice(0, CASES);
    expect(actual).toHaveLength(CASES);
    expect(mismatches(actual)).toEqual([]);
  });

  it(`javascript: node reads back all ${CASES} strings`, async () => {
    const file = join(dir, 'literals.cjs');
    await writeFile(file, `module.exports = [\n${inputs.map(encodeJavaScriptString).join(',\n')}\n];\n`);
    const { stdout } = await run(
      process.execPath,
      [
        '-e',
        `for (const v of require(${JSON.stringify(file)})) console.log([...Array(v.length).keys()].map(i => v.charCodeAt(i).toString(16).padStart(4, '0')).join(' '))`,
      ],
      {
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    expect(mismatches(stdout.split('\n').slice(0, CASES))).toEqual([]);
  });

  it(`java: javac and java read back all ${CASES} strings`, async () => {
    requireCommand('javac', 'install a JDK 17 or later (Debian: apt-get install openjdk-17-jdk-headless)');
    // A method's code is limited to 64 KB: one method per chunk of literals.
    const chunks: string[][] = [];
    const literals = inputs.map(encodeJavaString);
    for (let i = 0; i < literals.length; i += 500) chunks.push(literals.slice(i, i + 500));
    const source = [
      'public class Literals {',
      ...chunks.map(
        (chunk, n) => `  static String[] chunk${n}() { return new String[] {\n${chunk.join(',\n')}\n  }; }`,
      ),
      '  public static void main(String[] args) {',
      '    StringBuilder out = new StringBuilder();',
      `    String[][] all = { ${chunks.map((_, n) => `chunk${n}()`).join(', ')} };`,
      '    for (String[] chunk : all) for (String v : chunk) {',
      '      for (int i = 0; i < v.length(); i++) { if (i > 0) out.append(\' \'); out.append(String.format("%04x", (int) v.charAt(i))); }',
      "      out.append('\\n');",
      '    }',
      '    System.out.print(out);',
      '  }',
      '}',
    ].join('\n');
    await writeFile(join(dir, 'Literals.java'), source, 'utf8');
    await run('javac', ['-encoding', 'UTF-8', '-d', dir, join(dir, 'Literals.java')]);
    const { stdout } = await run('java', ['-cp', dir, 'Literals'], { maxBuffer: 256 * 1024 * 1024 });
    expect(mismatches(stdout.split('\n').slice(0, CASES))).toEqual([]);
  });

  it(`c#: all ${CASES} literals parse with tree-sitter and decode back by the C# escape rules`, async () => {
    const literals = inputs.map(encodeCSharpString);
    const source = literals.map((literal, i) => `var v${i} = ${literal};`).join('\n');
    expect(await syntaxProblems('csharp', source)).toEqual([]);
    expect(mismatches(literals.map((literal) => codeUnits(decodeCSharpRegularString(literal))))).toEqual([]);
  });
});

describe('the C# decoder used above follows the language rules', () => {
  it.each([
    ['"a\\u0022b"', 'a"b'],
    ['"\\x41"', 'A'],
    ['"\\x0041z"', 'Az'],
    ['"\\U0001F600"', '😀'],
    ['"\\0\\a\\b\\f\\n\\r\\t\\v\\\\\\"\\\'"', '\0\u0007\b\f\n\r\t\v\\"\''],
  ])('%s', (literal, value) => {
    expect(decodeCSharpRegularString(literal)).toBe(value);
  });
});

/** Decodes a C# regular string literal (C# spec, "String literals"). Throws on what C# rejects. */
function decodeCSharpRegularString(literal: string): string {
  if (!literal.startsWith('"') || !literal.endsWith('"') || literal.length < 2) throw new Error('not a string literal');
  const body = literal.slice(1, -1);
  const simple: Record<string, string> = {
    "'": "'",
    '"': '"',
    '\\': '\\',
    '0': '\0',
    a: '\u0007',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
  };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === '"' || '\n\r\u0085\u2028\u2029'.includes(char))
      throw new Error(`raw ${JSON.stringify(char)} inside a literal`);
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = body[++i];
    if (next === undefined) throw new Error('dangling backslash');
    if (next in simple) out += simple[next];
    else if (next === 'u' || next === 'U') {
      const width = next === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) throw new Error(`bad \\${next} escape`);
      out += String.fromCodePoint(parseInt(hex, 16));
      i += width;
    } else if (next === 'x') {
      const hex = /^[0-9a-fA-F]{1,4}/.exec(body.slice(i + 1))?.[0];
      if (!hex) throw new Error('bad \\x escape');
      out += String.fromCharCode(parseInt(hex, 16));
      i += hex.length;
    } else throw new Error(`unknown escape \\${next}`);
  }
  return out;
}

describe('encoder bugs found by the round-trip tests', () => {
  it('java-high-surrogate-backslash: a backslash after a high surrogate is written as \\134 (javac 17 misreads \\\\)', () => {
    expect(encodeJavaString('\uDBFF\\\uDC00')).toBe('"\\udbff\\134\\udc00"');
    expect(encodeJavaString('a\\b')).toBe('"a\\\\b"');
  });
});
