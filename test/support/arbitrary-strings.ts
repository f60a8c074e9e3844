// Strings that try to break a string literal: quotes of every kind, backslashes, line breaks and
// other control characters, interpolation bait, escape look-alikes, lone and paired surrogates,
// characters outside the BMP, NUL.

import fc from 'fast-check';

const BAIT = [
  '"',
  "'",
  '`',
  '\\',
  '\\\\',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\0',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '${x}',
  '#{x}',
  '{x}',
  '{}',
  '{{',
  '}}',
  '$"',
  '@"',
  '"""',
  "'''",
  '\\u0022',
  '\\u000a',
  '\\U0001F600',
  '\\x41',
  '\\0',
  '\\n',
  '%s',
  '%(x)s',
  '*/',
  '/*',
  '//',
  '#',
  '<!--',
  '?>',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uD83D\uDE00',
  '😀',
  'é',
  'ü',
  '中',
  '\uFEFF',
  '\u200B',
];

const anyUtf16Unit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

export const hostileString = fc
  .array(
    fc.oneof(
      fc.constantFrom(...BAIT),
      fc.string({ unit: 'binary', maxLength: 4 }),
      anyUtf16Unit,
      fc.string({ maxLength: 6 }),
    ),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));

export function sampleHostileStrings(count: number, seed: number): string[] {
  return [...BAIT, ...fc.sample(hostileString, { numRuns: count - BAIT.length, seed })];
}

/** Code units, for comparing strings that may hold lone surrogates. */
export function codeUnits(value: string): string {
  return [...Array(value.length).keys()].map((i) => value.charCodeAt(i).toString(16).padStart(4, '0')).join(' ');
}
