// What the four target languages escape alike: the backslash, the double quote that ends the
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
