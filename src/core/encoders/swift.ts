// Swift string literals. Swift reads its source as Unicode scalars: everything outside printable
// ASCII is written as \u{X} by code point, so the file stays ASCII and invisible characters stay
// visible. A Swift String is made of Unicode scalars and cannot hold a lone UTF-16 surrogate
// (\u{D800} is a compile error): the encoder refuses one, and generate() reports it against the
// flag first (swiftStringProblem).

import { SHARED_ESCAPES, describeUnit } from './common.js';

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { ...SHARED_ESCAPES, '\0': '\\0' };

export function swiftStringProblem(value: string): string | undefined {
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) return `a Swift string cannot hold a lone surrogate (${describeUnit(code)})`;
  }
  return undefined;
}

export function encodeSwiftString(value: string): string {
  const problem = swiftStringProblem(value);
  if (problem !== undefined) throw new Error(`internal: ${problem}`);
  let out = '"';
  for (const char of value) {
    const simple = SIMPLE_ESCAPES[char];
    const code = char.codePointAt(0)!;
    if (simple !== undefined) out += simple;
    else if (code >= 0x20 && code < 0x7f) out += char;
    else out += `\\u{${code.toString(16)}}`;
  }
  return `${out}"`;
}

/** The languages whose string literals this module writes: Swift. */
export const SWIFT_STRINGS = { swift: { encode: encodeSwiftString, problem: swiftStringProblem } } as const;
