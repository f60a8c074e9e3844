// Java string literals. javac turns \uXXXX into characters *before* lexing, so a \u escape for a
// quote, a backslash or a line break would end or break the literal: those characters, and all
// other control characters, are written as simple or three-digit octal escapes instead (three
// digits so a following digit in the value cannot extend the escape). Only characters outside
// ASCII use \uXXXX, one per UTF-16 unit, which is what a Java String holds.

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

export function encodeJavaString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const char = value[i]!;
    const simple = SIMPLE_ESCAPES[char];
    if (simple !== undefined) out += simple;
    else if (unit < 0x20 || unit === 0x7f) out += `\\${unit.toString(8).padStart(3, '0')}`;
    else if (unit < 0x7f) out += char;
    else out += `\\u${unit.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}
