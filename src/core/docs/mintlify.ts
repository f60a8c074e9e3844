// Mintlify: the install steps in a <Tabs> group and the programs in a <CodeGroup> whose fences
// are titled `<language> <label>`. Mintlify keeps tabs and code groups with the same titles in
// sync across a page, so picking a language in one picks it in the other.

import { installBlocks } from './install-blocks.js';
import { COMPLETE_PROGRAMS, fence, jsxAttribute } from './markdown.js';
import type { TabbedSnippet } from './tabs.js';

/**
 * With `excerpt`, the code group shows the excerpts and an <Accordion> below it holds a second
 * code group of the complete programs; its fences carry the same titles, so a reader's language
 * stays picked in both.
 */
export function renderMintlify(tabs: readonly TabbedSnippet[], excerpt = false): string {
  const install = tabs.map((tab) => {
    const blocks = installBlocks(tab.snippet.install).map((block) =>
      fence(block.title === undefined ? block.languageTag : `${block.languageTag} ${block.title}`, block.text),
    );
    return [`<Tab ${jsxAttribute('title', tab.label)}>`, ...blocks, '</Tab>'].join('\n\n');
  });
  const codeGroup = (text: (tab: TabbedSnippet) => string) =>
    [
      '<CodeGroup>',
      ...tabs.map((tab) => fence(`${tab.snippet.languageTag} ${tab.label}`, text(tab))),
      '</CodeGroup>',
    ].join('\n\n');
  const programs = excerpt
    ? [
        codeGroup((tab) => tab.snippet.excerpt.code),
        [
          `<Accordion ${jsxAttribute('title', COMPLETE_PROGRAMS)}>`,
          codeGroup((tab) => tab.snippet.code),
          '</Accordion>',
        ].join('\n\n'),
      ]
    : [codeGroup((tab) => tab.snippet.code)];
  return [['<Tabs>', ...install, '</Tabs>'].join('\n'), ...programs].join('\n\n') + '\n';
}
