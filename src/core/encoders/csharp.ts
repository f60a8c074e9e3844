// C# regular string literals. \x is avoided (it takes one to four hex digits, so the next
// character of the value could extend it); everything outside printable ASCII is \uXXXX per
// UTF-16 unit, which also keeps U+0085, U+2028 and U+2029 (C# line terminators) out of the file.

import { SHARED_ESCAPES, hex } from './common.js';

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { ...SHARED_ESCAPES, '\0': '\\0' };

export function encodeCSharpString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const char = value[i]!;
    const simple = SIMPLE_ESCAPES[char];
    if (simple !== undefined) out += simple;
    else if (unit >= 0x20 && unit < 0x7f) out += char;
    else out += `\\u${hex(unit, 4)}`;
  }
  return `${out}"`;
}

/** The languages whose string literals this module writes: C#. */
export const CSHARP_STRINGS = { csharp: { encode: encodeCSharpString } } as const;
