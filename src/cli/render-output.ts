// The three ways the CLI prints a snippet.

import { installBlocks } from '../core/docs/install-blocks.js';
import { SCHEMA_VERSION } from '../core/schemas.js';
import type { Snippet } from '../core/snippet.js';
import { POSIX_PLATFORMS } from '../core/targets.js';

export const OUTPUT_FORMATS = ['code', 'markdown', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** With `excerpt`, the code is the excerpt (markdown adds the complete program below it). */
export function renderOutput(snippet: Snippet, format: OutputFormat, excerpt = false): string {
  // The schemaVersion its JSON Schema (box-snippet/schemas/snippet.json) describes, then the Snippet.
  if (format === 'json') return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...snippet }, null, 2)}\n`;
  if (format === 'markdown') return renderMarkdown(snippet, excerpt);
  return excerpt ? snippet.excerpt.code : snippet.code;
}

function fence(languageTag: string, text: string): string {
  const longestRun = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const marks = '`'.repeat(longestRun + 1);
  return `${marks}${languageTag}\n${text.replace(/\n$/, '')}\n${marks}`;
}

export function renderMarkdown(snippet: Snippet, excerpt = false): string {
  // The blocks a docs page shows: a platform's steps say whose they are, so none reads as a sequence.
  const steps = installBlocks(snippet).map((block) => {
    const heading =
      block.title !== undefined
        ? `Save as \`${block.title}\`:`
        : block.platform !== undefined
          ? `On ${block.platform}:`
          : 'Install:';
    return `${heading}\n\n${fence(block.languageTag, block.text)}`;
  });
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
    typeof snippet.windowsRun === 'string'
      ? `Run on ${POSIX_PLATFORMS} (on Windows, see the end of its block above):`
      : 'Run:',
    '',
    fence('sh', snippet.run),
    '',
  ].join('\n');
}
