// Formats JavaScript and TypeScript programs with prettier, loaded only when a snippet needs it.
// Python, Java and C# templates are written already formatted.

import type { Snippet } from './core/snippet.js';
import { findTarget } from './core/targets.js';

export async function formatSnippet(snippet: Snippet): Promise<Snippet> {
  const style = findTarget(snippet.target)?.styles.find((candidate) => candidate.id === snippet.style);
  if (!style?.prettierParser) return snippet;
  const prettier = await import('prettier');
  const code = await prettier.format(snippet.code, { parser: style.prettierParser });
  return { ...snippet, code };
}
