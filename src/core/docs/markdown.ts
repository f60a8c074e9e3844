// Markdown and MDX pieces that stay what they say whatever text they carry: a fence longer than
// any run of its mark inside, JSX attribute values that cannot end early, and text whose
// punctuation (MDX's `{` and `<` included) is escaped.

/** A fenced block; `info` is the language tag and, where a platform reads one, the title. */
export function fence(info: string, text: string): string {
  if (/[\r\n]/.test(info)) throw new Error(`a fence info string cannot hold a line break: ${JSON.stringify(info)}`);
  // A backtick fence cannot carry a backtick in its info string; a tilde fence can.
  const mark = info.includes('`') ? '~' : '`';
  const runs = text.match(mark === '`' ? /`+/g : /~+/g) ?? [];
  const length = Math.max(3, ...runs.map((run) => run.length + 1));
  const marks = mark.repeat(length);
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return `${marks}${info}\n${body}\n${marks}`;
}

/** `name="value"`, or `name={"value"}` where a quote or a character reference could change it. */
export function jsxAttribute(name: string, value: string): string {
  return /["&\\]/.test(value) ? `${name}={${JSON.stringify(value)}}` : `${name}="${value}"`;
}

/** Text with every ASCII punctuation character backslash-escaped: literal in CommonMark and MDX. */
export function escapeText(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** `title="…"` for a code block's meta (Docusaurus), quoted with a mark the title lacks. */
export function metaTitle(title: string): string {
  const quote = title.includes('"') ? "'" : '"';
  if (title.includes(quote) || /[\r\n]/.test(title))
    throw new Error(`a code block title cannot hold both quote marks or a line break: ${JSON.stringify(title)}`);
  return `title=${quote}${title}${quote}`;
}

/** The summary line of the element that holds a complete program below its excerpt. */
export const COMPLETE_PROGRAM = 'Complete program';
export const COMPLETE_PROGRAMS = 'Complete programs';

/** A <details> element holding `content`: collapsed HTML that CommonMark, MDX and GitHub all show. */
export function details(summary: string, content: string): string {
  return [`<details>`, `<summary>${escapeHtml(summary)}</summary>`, '', content, '', '</details>'].join('\n');
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[{}]/g, (c) => `&#${c.charCodeAt(0)};`);
}
