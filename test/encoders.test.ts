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
  encodeShellString,
  encodeSwiftString,
  STRING_LIMITS,
} from '../src/core/encoders/index.js';
import { generate, isBoxSnippetError } from '../src/core/index.js';
import { codeUnits, sampleHostileStrings } from './support/arbitrary-strings.js';
import { python3, requireCommand } from './support/toolchains.js';
import { syntaxProblems } from './support/tree-sitter.js';

const run = promisify(execFile);
const CASES = 10_000;
const inputs = sampleHostileStrings(CASES, 20261129);
const expected = inputs.map(codeUnits);
/**
 * sh and Swift strings cannot hold every JavaScript string (sh: no NUL, and UTF-8 has no lone
 * surrogate; Swift: no lone surrogate). Their round trip takes the first CASES strings of a longer
 * sample of the same generator that they can hold; what they cannot hold is checked to be refused.
 */
const writable = (language: 'shell' | 'swift') => {
  const pool = sampleHostileStrings(CASES * 3, 20261201);
  const held = pool.filter((value) => STRING_LIMITS[language]!(value) === undefined).slice(0, CASES);
  return { pool, held };
};
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

describe('string-literal encoders for languages whose strings cannot hold every input', () => {
  it(`sh: dash and bash read back all ${CASES} strings they can hold, byte for byte`, async () => {
    const { held } = writable('shell');
    expect(held).toHaveLength(CASES);
    const script = held.map((value) => `value=${encodeShellString(value)}\nprintf '%s\\0' "$value"\n`).join('');
    const file = join(dir, 'literals.sh');
    await writeFile(file, script, 'utf8');
    expect(/^[\x20-\x7e\n]*$/.test(script), 'the script is printable ASCII').toBe(true);
    for (const shell of [
      requireCommand('dash', 'install dash, the Debian /bin/sh (apt-get install dash)'),
      requireCommand('bash', 'install bash (apt-get install bash)'),
    ]) {
      const started = Date.now();
      const { stdout } = await run(shell, [file], {
        encoding: 'buffer',
        maxBuffer: 256 * 1024 * 1024,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C.UTF-8' },
      });
      const values: Buffer[] = [];
      for (let start = 0, end = stdout.indexOf(0); end >= 0; start = end + 1, end = stdout.indexOf(0, start))
        values.push(stdout.subarray(start, end));
      expect(values, shell).toHaveLength(CASES);
      const wrong = held.flatMap((value, i) =>
        Buffer.from(value, 'utf8').equals(values[i]!)
          ? []
          : [`#${i} (${shell}): expected ${codeUnits(value)} got bytes ${values[i]!.toString('hex')}`],
      );
      expect(wrong.slice(0, 5)).toEqual([]);
      console.log(`sh encoder: ${CASES} strings read back by ${shell} in ${Date.now() - started} ms`);
    }
  });

  it('sh: every sampled string holding NUL or a lone surrogate is refused, and nothing else is', () => {
    const { pool } = writable('shell');
    const refused = pool.filter((value) => STRING_LIMITS.shell!(value) !== undefined);
    expect(refused.length).toBeGreaterThan(100);
    for (const value of pool) {
      const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
      expect(STRING_LIMITS.shell!(value) !== undefined, codeUnits(value)).toBe(value.includes('\0') || loneSurrogate);
    }
    expect(() => encodeShellString('a\0b')).toThrow(/NUL/);
    expect(() => encodeShellString('\uD800')).toThrow(/lone surrogate/);
  });

  it('sh: the core refuses a NUL in a literal with a one-line error naming the option, never the value', () => {
    const attempt = () => generate({ target: 'curl', credentials: { token: 'Secret\0Token' }, validate: false });
    expect(attempt).toThrow('token: a shell script cannot hold a NUL character (U+0000); remove it');
    try {
      attempt();
    } catch (error) {
      expect(isBoxSnippetError(error) && error.option).toBe('token');
      expect(String(error)).not.toContain('Secret');
    }
    expect(() =>
      generate({ target: 'curl', auth: 'oauth', credentials: 'env', redirectUri: 'http://localhost/\uDC00' }),
    ).toThrow(/^redirectUri: .*lone surrogate \(U\+DC00\)/);
  });

  it('sh: quotes, escapes and non-ASCII come out as single-quoted runs and printf octal bytes', () => {
    expect(encodeShellString('')).toBe("''");
    expect(encodeShellString("it's")).toBe("'it'\\''s'");
    expect(encodeShellString('$(x) `y` \\n "z"')).toBe(`'$(x) \`y\` \\n "z"'`);
    expect(encodeShellString('é\x1b')).toBe(`"$(printf '\\303\\251\\033')"`);
    // A line break stands alone in double quotes, so no line of a script ends in a value's blank.
    expect(encodeShellString('a\nb')).toBe(`'a'"\n"'b'`);
    expect(encodeShellString('a \n\n')).toBe(`'a '"\n""\n"`);
  });

  it(`swift: all ${CASES} literals it can hold parse with tree-sitter-swift and decode back by the Swift escape rules`, async () => {
    const { pool, held } = writable('swift');
    expect(held).toHaveLength(CASES);
    const literals = held.map(encodeSwiftString);
    const source = literals.map((literal, i) => `let v${i} = ${literal}`).join('\n');
    expect(await syntaxProblems('swift', source)).toEqual([]);
    const wrong = literals.flatMap((literal, i) =>
      codeUnits(decodeSwiftString(literal)) === codeUnits(held[i]!) ? [] : [`#${i}: ${literal}`],
    );
    expect(wrong.slice(0, 5)).toEqual([]);
    // Swift holds NUL (as \0); it refuses only lone surrogates.
    expect(held.some((value) => value.includes('\0'))).toBe(true);
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const value of pool)
      expect(STRING_LIMITS.swift!(value) !== undefined, codeUnits(value)).toBe(loneSurrogate.test(value));
    expect(() => encodeSwiftString('\uDBFF')).toThrow(/lone surrogate/);
  });

  // tree-sitter-swift accepts a raw line break inside a literal; the decoder above rejects it.
  it('swift: the tree-sitter parser used above rejects a stray quote, an unknown escape, a bad \\u and an open literal', async () => {
    for (const source of ['let v = "a"b"\n', 'let v = "a\\qb"\n', 'let v = "\\u{zz}"\n', 'let v = "a\\"\n']) {
      expect(await syntaxProblems('swift', source), source).not.toEqual([]);
    }
  });
});

describe('the Swift decoder used above follows the language rules', () => {
  it.each([
    ['"a\\u{22}b"', 'a"b'],
    ['"\\u{1F600}"', '😀'],
    ['"\\0\\\\\\t\\n\\r\\"\\\'"', '\0\\\t\n\r"\''],
  ])('%s', (literal, value) => {
    expect(decodeSwiftString(literal)).toBe(value);
  });
  it('rejects what Swift rejects', () => {
    expect(() => decodeSwiftString('"\\x41"')).toThrow();
    expect(() => decodeSwiftString('"\\u{D800}"')).toThrow();
    expect(() => decodeSwiftString('"\\(x)"')).toThrow();
  });
});

/** Decodes a Swift single-line string literal (The Swift Programming Language, "String Literals"). */
function decodeSwiftString(literal: string): string {
  if (!literal.startsWith('"') || !literal.endsWith('"') || literal.length < 2) throw new Error('not a string literal');
  const body = literal.slice(1, -1);
  const simple: Record<string, string> = { '0': '\0', '\\': '\\', t: '\t', n: '\n', r: '\r', '"': '"', "'": "'" };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === '"' || char === '\n' || char === '\r') throw new Error(`raw ${JSON.stringify(char)} inside a literal`);
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = body[++i];
    if (next === undefined) throw new Error('dangling backslash');
    if (next in simple) out += simple[next];
    else if (next === 'u') {
      const m = /^\{([0-9a-fA-F]{1,8})\}/.exec(body.slice(i + 1));
      if (!m) throw new Error('bad \\u escape');
      const code = parseInt(m[1]!, 16);
      if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) throw new Error('not a Unicode scalar');
      out += String.fromCodePoint(code);
      i += m[0].length;
    } else throw new Error(`unknown escape \\${next}`);
  }
  return out;
}

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
