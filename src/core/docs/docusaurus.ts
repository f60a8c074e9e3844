// Docusaurus: two <Tabs> groups, install steps then programs, with one groupId so a reader's
// choice of language holds across both and across the site; `default` on the first tab.

import { blockInfo, installBlocks, type DocsBlock } from './install-blocks.js';
import { COMPLETE_PROGRAM, details, fence, jsxAttribute, metaTitle } from './markdown.js';
import type { TabbedSnippet } from './tabs.js';

export interface DocusaurusOptions {
  /** Tabs with the same groupId share the reader's choice. */
  readonly groupId: string;
  /** Names to import @theme/Tabs and @theme/TabItem as (a page may already use `Tabs`). */
  readonly tabsName: string;
  readonly tabItemName: string;
}

export const DOCUSAURUS_DEFAULTS: DocusaurusOptions = { groupId: 'box-sdk', tabsName: 'Tabs', tabItemName: 'TabItem' };

/** With `excerpt`, each program tab shows the excerpt, and the complete program in a <details>. */
export function renderDocusaurus(
  tabs: readonly TabbedSnippet[],
  options: DocusaurusOptions = DOCUSAURUS_DEFAULTS,
  excerpt = false,
): string {
  const { groupId, tabsName, tabItemName } = options;
  const group = (blocksOf: (tab: TabbedSnippet) => (DocsBlock | string)[]) => {
    const items = tabs.map((tab, index) => {
      const attributes = [
        jsxAttribute('value', tab.value),
        jsxAttribute('label', tab.label),
        ...(index === 0 ? ['default'] : []),
      ];
      const blocks = blocksOf(tab).map((block) =>
        typeof block === 'string' ? block : fence(blockInfo(block, metaTitle), block.text),
      );
      return [`<${tabItemName} ${attributes.join(' ')}>`, ...blocks, `</${tabItemName}>`].join('\n\n');
    });
    return [`<${tabsName} ${jsxAttribute('groupId', groupId)}>`, ...items, `</${tabsName}>`].join('\n');
  };
  return (
    [
      `import ${tabsName} from '@theme/Tabs';\nimport ${tabItemName} from '@theme/TabItem';`,
      group((tab) => installBlocks(tab.snippet)),
      group((tab) => {
        const program = { languageTag: tab.snippet.languageTag, text: tab.snippet.code, title: tab.snippet.fileName };
        if (!excerpt) return [program];
        return [
          { languageTag: tab.snippet.languageTag, text: tab.snippet.excerpt.code },
          details(COMPLETE_PROGRAM, fence(`${program.languageTag} ${metaTitle(program.title)}`, program.text)),
        ];
      }),
    ].join('\n\n') + '\n'
  );
}
