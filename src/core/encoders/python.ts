// Python string literals. Everything outside printable ASCII is written as an escape by code
// point, so the literal survives any file encoding and reads back as exactly the input
// (a lone surrogate stays a lone surrogate, as Python's str allows it).

import { SHARED_ESCAPES, hex } from './common.js';

export function encodePythonString(value: string): string {
  let out = '"';
  for (const char of value) {
    const simple = SHARED_ESCAPES[char];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const codePoint = char.codePointAt(0)!;
    if (codePoint >= 0x20 && codePoint < 0x7f) out += char;
    else if (codePoint <= 0xff) out += `\\x${hex(codePoint, 2)}`;
    else if (codePoint <= 0xffff) out += `\\u${hex(codePoint, 4)}`;
    else out += `\\U${hex(codePoint, 8)}`;
  }
  return `${out}"`;
}

/** The languages whose string literals this module writes: Python. */
export const PYTHON_STRINGS = { python: { encode: encodePythonString } } as const;
