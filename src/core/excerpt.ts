// The excerpt of a program: the lines that set up the client and make the first call, which is
// what Box's inline samples show. Templates mark those lines with two characters (in the
// template context as `excerptStart` and `excerptEnd`) that no program can hold, since every
// string encoder writes ASCII; cutting them out leaves the program byte for byte as it was, so
// the excerpt is by construction a contiguous run of the program's own lines.

/** At the start of the excerpt's first line. */
export const EXCERPT_START = '\uE000';
/** At the end of the excerpt's last line (the first call). */
export const EXCERPT_END = '\uE001';

export interface Excerpt {
  /** The first and last line of the excerpt in the program, 1-based and inclusive. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** The indent every non-blank line of the excerpt shares in the program, removed in `code`. */
  readonly indent: string;
  /** The excerpt's lines without that indent, ending in a newline. */
  readonly code: string;
}

/** The program without its markers, and the excerpt they mark. */
export function cutExcerpt(marked: string, templateName: string): { code: string; excerpt: Excerpt } {
  const lines = marked.split('\n');
  const lineOf = (marker: string, name: string): number => {
    const found = lines.flatMap((line, index) => (line.includes(marker) ? [index] : []));
    const count = marked.split(marker).length - 1;
    if (found.length !== 1 || count !== 1)
      throw new Error(`internal: template ${templateName} marks ${count} excerpt ${name}s; expected one`);
    return found[0]!;
  };
  const first = lineOf(EXCERPT_START, 'start');
  const last = lineOf(EXCERPT_END, 'end');
  if (last < first) throw new Error(`internal: template ${templateName} ends its excerpt before it starts`);
  const code = marked.replaceAll(EXCERPT_START, '').replaceAll(EXCERPT_END, '');
  return { code, excerpt: excerptOf(code, first + 1, last + 1) };
}

/** Lines `firstLine`..`lastLine` (1-based, inclusive) of `code` as an excerpt. */
export function excerptOf(code: string, firstLine: number, lastLine: number): Excerpt {
  const lines = code.split('\n').slice(firstLine - 1, lastLine);
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0]);
  const indent = indents.reduce((shared, next) => {
    let length = 0;
    while (length < shared.length && shared[length] === next[length]) length += 1;
    return shared.slice(0, length);
  }, indents[0] ?? '');
  const text = lines.map((line) => (line.trim() === '' ? '' : line.slice(indent.length))).join('\n');
  return { firstLine, lastLine, indent, code: `${text}\n` };
}

/**
 * Where `excerpt` sits in `code` after a change elsewhere in the program (prettier reflowing a
 * long literal above it): the same lines at their new place, or the whole program if they moved
 * apart, which is still a true excerpt.
 */
export function relocateExcerpt(code: string, excerpt: Excerpt): Excerpt {
  const lines = code.split('\n');
  const wanted = excerpt.code
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line === '' ? '' : excerpt.indent + line));
  for (let start = 0; start + wanted.length <= lines.length; start += 1) {
    if (wanted.every((line, offset) => lines[start + offset] === line))
      return excerptOf(code, start + 1, start + wanted.length);
  }
  return excerptOf(code, 1, code.replace(/\n$/, '').split('\n').length);
}
