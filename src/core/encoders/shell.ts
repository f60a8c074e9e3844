// POSIX sh string words, read the same by dash, bash and any POSIX shell. A shell value is bytes
// (the UTF-8 of the input). Printable ASCII goes inside single quotes, where nothing is special
// but the quote itself, written as '\''. A line break stays a line break (a command substitution
// would strip it), each one alone inside double quotes: no line of the script then ends in a
// blank, or is blank, because of a value, so tidying the program's layout never touches one. Every
// other character, the controls and everything outside ASCII, becomes its UTF-8 bytes as octal
// escapes of printf, "$(printf '\303\251')", so the script stays ASCII and no invisible or
// bidirectional character reaches the reader's screen.
//
// A shell string cannot hold NUL, and a lone UTF-16 surrogate has no UTF-8 bytes: the encoder
// refuses both, and generate() reports them against the flag first (shellStringProblem).

import { describeUnit } from './common.js';

export function shellStringProblem(value: string): string | undefined {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit === 0) return 'a shell script cannot hold a NUL character (U+0000)';
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length && isLowSurrogate(value.charCodeAt(i + 1))) {
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      return `a shell script holds UTF-8 text, which cannot contain a lone surrogate (${describeUnit(unit)})`;
    }
  }
  return undefined;
}

export function encodeShellString(value: string): string {
  const problem = shellStringProblem(value);
  if (problem !== undefined) throw new Error(`internal: ${problem}`);
  let out = '';
  let quoted = ''; // a run of characters for the current single-quoted part
  let bytes = ''; // a run of octal escapes for the current printf part
  const flushQuoted = () => {
    if (quoted !== '') out += `'${quoted}'`;
    quoted = '';
  };
  const flushBytes = () => {
    if (bytes !== '') out += `"$(printf '${bytes}')"`;
    bytes = '';
  };
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === "'") {
      flushBytes();
      flushQuoted();
      out += "\\'";
    } else if (char === '\n') {
      flushBytes();
      flushQuoted();
      out += '"\n"';
    } else if (code >= 0x20 && code < 0x7f) {
      flushBytes();
      quoted += char;
    } else {
      flushQuoted();
      for (const byte of new TextEncoder().encode(char)) bytes += `\\${byte.toString(8).padStart(3, '0')}`;
    }
  }
  flushBytes();
  flushQuoted();
  return out === '' ? "''" : out;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** The languages whose string literals this module writes: POSIX sh. */
export const SHELL_STRINGS = { shell: { encode: encodeShellString, problem: shellStringProblem } } as const;
