// Mintlify: the install steps in a <Tabs> group and the programs in a <CodeGroup> whose fences
// are titled `<language> <label>`. Mintlify keeps tabs and code groups with the same titles in
// sync across a page, so picking a language in one picks it in the other.

import { installBlocks } from './install-blocks.js';
import { fence, jsxAttribute } from './markdown.js';
import type { TabbedSnippet } from './tabs.js';

export function renderMintlify(tabs: readonly TabbedSnippet[]): string {
  const install = tabs.map((tab) => {
    const blocks = installBlocks(tab.snippet.install).map((block) =>
      fence(block.title === undefined ? block.languageTag : `${block.languageTag} ${block.title}`, block.text),
    );
    return [`<Tab ${jsxAttribute('title', tab.label)}>`, ...blocks, '</Tab>'].join('\n\n');
  });
  const code = tabs.map((tab) => fence(`${tab.snippet.languageTag} ${tab.label}`, tab.snippet.code));
  return (
    [['<Tabs>', ...install, '</Tabs>'].join('\n'), ['<CodeGroup>', ...code, '</CodeGroup>'].join('\n\n')].join('\n\n') +
    '\n'
  );
}
