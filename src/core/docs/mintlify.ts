// Mintlify: the install steps in a <Tabs> group and the programs in a <CodeGroup> whose fences
// are titled `<language> <label>`. Mintlify keeps tabs and code groups with the same titles in
// sync across a page, so picking a language in one picks it in the other.

import { blockInfo, installBlocks } from './install-blocks.js';
import { COMPLETE_PROGRAMS } from './markdown.js';
import { mdxDocument, type MdxBlock } from './mintlify-layout.js';
import type { TabbedSnippet } from './tabs.js';

/**
 * With `excerpt`, the code group shows the excerpts and an <Accordion> below it holds a second
 * code group of the complete programs; its fences carry the same titles, so a reader's language
 * stays picked in both.
 */
export function renderMintlify(tabs: readonly TabbedSnippet[], excerpt = false): string {
  const install: MdxBlock = {
    component: 'Tabs',
    children: tabs.map((tab) => ({
      component: 'Tab',
      title: tab.label,
      children: installBlocks(tab.snippet).map((block) => ({
        fence: blockInfo(block),
        text: block.text,
      })),
    })),
  };
  const codeGroup = (text: (tab: TabbedSnippet) => string): MdxBlock => ({
    component: 'CodeGroup',
    children: tabs.map((tab) => ({ fence: `${tab.snippet.languageTag} ${tab.label}`, text: text(tab) })),
  });
  const programs: MdxBlock[] = excerpt
    ? [
        codeGroup((tab) => tab.snippet.excerpt.code),
        { component: 'Accordion', title: COMPLETE_PROGRAMS, children: [codeGroup((tab) => tab.snippet.code)] },
      ]
    : [codeGroup((tab) => tab.snippet.code)];
  return mdxDocument([install, ...programs]);
}
