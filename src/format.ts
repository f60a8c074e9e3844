// Formats JavaScript and TypeScript programs with prettier, loaded only when a snippet needs it
// (Node only: the root entry, `box-snippet`, not the browser-safe `box-snippet/core`).
// Python, Java and C# templates are written already formatted, and so are the JavaScript ones:
// test/prettier-clean.test.ts proves the core's output prettier-clean for every case.

import type { Snippet } from './core/snippet.js';
import { findTarget } from './core/targets.js';
import { relocateExcerpt } from './core/excerpt.js';
import { encodeJavaScriptString } from './core/encoders/javascript.js';

const PRINT_WIDTH = 80;

/**
 * The snippet with its code as prettier prints it (JavaScript and TypeScript; others unchanged).
 * Node only: it loads prettier's Node build, whose parsers a browser bundle does not get. In a
 * browser, the core's output is already what prettier prints for any plain-text input.
 */
export async function formatSnippet(snippet: Snippet): Promise<Snippet> {
  const parser = prettierParser(snippet);
  if (parser === null) return snippet;
  const prettier = await import('prettier');
  const code = await prettier.format(snippet.code, { parser });
  return code === snippet.code ? snippet : { ...snippet, code, excerpt: relocateExcerpt(code, snippet.excerpt) };
}

/**
 * Whether prettier could print the program differently from the core. The templates are
 * prettier-clean, and a value given by the user (a credential, --base-url, --redirect-uri)
 * lands in a string literal on a line of its own (`const X = "…";` or `key: "…",` in an
 * expanded object). Prettier changes such a literal only for its quotes and escapes, and such a
 * line only when it grows past the print width. So a program whose given values are plain text
 * on lines that fit is already what prettier prints; test/prettier-skip.test.ts checks it.
 */
export function prettierCouldChange(snippet: Snippet, givenValues: readonly string[]): boolean {
  if (prettierParser(snippet) === null) return false;
  const lines = snippet.code.split('\n');
  return givenValues.some((value) => {
    if (!/^[\x20-\x7e]*$/.test(value) || /["'`\\]/.test(value)) return true;
    const literal = encodeJavaScriptString(value);
    const holding = lines.filter((line) => line.includes(literal));
    // Not found as written (the core normalised it): no claim either way.
    return holding.length === 0 || holding.some((line) => line.length > PRINT_WIDTH);
  });
}

function prettierParser(snippet: Snippet): 'babel' | 'typescript' | null {
  const style = findTarget(snippet.target)?.styles.find((candidate) => candidate.id === snippet.style);
  return style?.prettierParser ?? null;
}
