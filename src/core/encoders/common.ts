// What the C-like target languages escape alike: the backslash, the double quote that ends the
// literal, and the three common line and tab controls. Everything else differs per language
// and stays in each encoder.

export const SHARED_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

export function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

/** A character named by its code point, for messages (never the value around it). */
export function describeUnit(unit: number): string {
  return `U+${hex(unit, 4).toUpperCase()}`;
}
