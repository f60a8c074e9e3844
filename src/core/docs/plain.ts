// Plain Markdown (no JSX), for pages that are CommonMark: per target its label, the install
// blocks and the program, one after another.

import { installBlocks } from './install-blocks.js';
import { COMPLETE_PROGRAM, details, escapeText, fence } from './markdown.js';
import type { TabbedSnippet } from './tabs.js';

/** With `excerpt`, the excerpt, and the complete program in a <details> element below it. */
export function renderPlain(tabs: readonly TabbedSnippet[], excerpt = false): string {
  return (
    tabs
      .map((tab) => {
        const { snippet } = tab;
        const install = installBlocks(snippet).flatMap((block) => [
          ...(block.title === undefined ? [] : [`Save as \`${block.title}\`:`]),
          ...(block.platform === undefined ? [] : [`${escapeText(block.platform)}:`]),
          fence(block.languageTag, block.text),
        ]);
        return [
          `**${escapeText(tab.label)}** (${escapeText(`${snippet.package.name} ${snippet.package.versionRange}`)})`,
          'Install:',
          ...install,
          ...(excerpt
            ? [
                fence(snippet.languageTag, snippet.excerpt.code),
                details(
                  `${COMPLETE_PROGRAM}: ${snippet.fileName}`,
                  [`Save as \`${snippet.fileName}\`:`, fence(snippet.languageTag, snippet.code)].join('\n\n'),
                ),
              ]
            : [`Save as \`${snippet.fileName}\`:`, fence(snippet.languageTag, snippet.code)]),
        ].join('\n\n');
      })
      .join('\n\n') + '\n'
  );
}
