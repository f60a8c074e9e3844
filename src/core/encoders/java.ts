// Java string literals. javac turns \uXXXX into characters *before* lexing, so a \u escape for a
// quote, a backslash or a line break would end or break the literal: those characters, and all
// other control characters, are written as simple or three-digit octal escapes instead (three
// digits so a following digit in the value cannot extend the escape). Only characters outside
// ASCII use \uXXXX, one per UTF-16 unit, which is what a Java String holds.
//
// javac 17 rejects `\uD800\\\u0041` ("illegal escape character"): after a \u escape for a high
// surrogate it miscounts the backslashes that follow. A backslash right after a high surrogate
// is therefore written as the octal escape \134, which javac reads correctly.

import { SHARED_ESCAPES, hex } from './common.js';

export function encodeJavaString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const char = value[i]!;
    const simple = SHARED_ESCAPES[char];
    if (char === '\\' && i > 0 && isHighSurrogate(value.charCodeAt(i - 1))) out += '\\134';
    else if (simple !== undefined) out += simple;
    else if (unit < 0x20 || unit === 0x7f) out += `\\${unit.toString(8).padStart(3, '0')}`;
    else if (unit < 0x7f) out += char;
    else out += `\\u${hex(unit, 4)}`;
  }
  return `${out}"`;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** The languages whose string literals this module writes: Java. */
export const JAVA_STRINGS = { java: { encode: encodeJavaString } } as const;
