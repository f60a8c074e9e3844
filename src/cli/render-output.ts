// The three ways the CLI prints a snippet.

import type { Snippet } from '../core/snippet.js';

export const OUTPUT_FORMATS = ['code', 'markdown', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** With `excerpt`, the code is the excerpt (markdown adds the complete program below it). */
export function renderOutput(snippet: Snippet, format: OutputFormat, excerpt = false): string {
  if (format === 'json') return `${JSON.stringify(snippet, null, 2)}\n`;
  if (format === 'markdown') return renderMarkdown(snippet, excerpt);
  return excerpt ? snippet.excerpt.code : snippet.code;
}

function fence(languageTag: string, text: string): string {
  const longestRun = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const marks = '`'.repeat(longestRun + 1);
  return `${marks}${languageTag}\n${text.replace(/\n$/, '')}\n${marks}`;
}

export function renderMarkdown(snippet: Snippet, excerpt = false): string {
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
    ...(excerpt
      ? [
          'It starts the client like this:',
          '',
          fence(snippet.languageTag, snippet.excerpt.code),
          '',
          'The complete program:',
          '',
        ]
      : []),
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
