// JavaScript/TypeScript string literals, double-quoted as prettier writes them. Escapes are by
// UTF-16 unit, the unit JavaScript strings are made of, so lone surrogates round-trip too.

import { SHARED_ESCAPES, hex } from './common.js';

export function encodeJavaScriptString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const char = value[i]!;
    const simple = SHARED_ESCAPES[char];
    if (simple !== undefined) out += simple;
    else if (unit >= 0x20 && unit < 0x7f) out += char;
    else out += `\\u${hex(unit, 4)}`;
  }
  return `${out}"`;
}
