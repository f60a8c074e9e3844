// The three ways the CLI prints a snippet.

import { SCHEMA_VERSION } from '../core/schemas.js';
import type { Snippet } from '../core/snippet.js';

export const OUTPUT_FORMATS = ['code', 'markdown', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function renderOutput(snippet: Snippet, format: OutputFormat): string {
  // The schemaVersion its JSON Schema (box-snippet/schemas/snippet.json) describes, then the Snippet.
  if (format === 'json') return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...snippet }, null, 2)}\n`;
  if (format === 'markdown') return renderMarkdown(snippet);
  return snippet.code;
}

function fence(languageTag: string, text: string): string {
  const longestRun = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const marks = '`'.repeat(longestRun + 1);
  return `${marks}${languageTag}\n${text.replace(/\n$/, '')}\n${marks}`;
}

export function renderMarkdown(snippet: Snippet): string {
  const steps = snippet.install.map((step) =>
    step.file !== undefined
      ? `Save as \`${step.file}\`:\n\n${fence(step.languageTag, step.text)}`
      : `Install:\n\n${fence(step.languageTag, step.text)}`,
  );
  return [
    `### ${snippet.title}: ${snippet.package.name} ${snippet.package.versionRange}, ${snippet.fileName}`,
    '',
    'In an empty folder:',
    '',
    ...steps.flatMap((step) => [step, '']),
    `Save as \`${snippet.fileName}\`${snippet.saveNote ? ` (${snippet.saveNote})` : ''}:`,
    '',
    fence(snippet.languageTag, snippet.code),
    '',
    'Run:',
    '',
    fence('sh', snippet.run),
    '',
  ].join('\n');
}
