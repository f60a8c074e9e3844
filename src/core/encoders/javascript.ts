// JavaScript/TypeScript string literals, quoted as prettier quotes them: double quotes, unless the
// value holds more double quotes than single ones (then single quotes, so fewer escapes). Escapes
// are by UTF-16 unit, the unit JavaScript strings are made of, so lone surrogates round-trip too.

import { SHARED_ESCAPES, hex } from './common.js';

export function encodeJavaScriptString(value: string): string {
  const doubles = value.split('"').length - 1;
  const singles = value.split("'").length - 1;
  const quote = doubles > singles ? "'" : '"';
  let out = quote;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const char = value[i]!;
    const simple = char === '"' || char === "'" ? (char === quote ? `\\${char}` : char) : SHARED_ESCAPES[char];
    if (simple !== undefined) out += simple;
    else if (unit >= 0x20 && unit < 0x7f) out += char;
    else out += `\\u${hex(unit, 4)}`;
  }
  return `${out}${quote}`;
}

/** The languages whose string literals this module writes: JavaScript and TypeScript. */
export const JAVASCRIPT_STRINGS = {
  javascript: { encode: encodeJavaScriptString },
  typescript: { encode: encodeJavaScriptString },
} as const;
