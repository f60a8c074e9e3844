// MDX laid out the way Mintlify's formatter (`mint format`) leaves it, so a docs repository that
// formats its pages finds box-snippet's files already formatted: a second pass changes nothing.
// The formatter indents a component's children by two spaces, code lines included (a blank line
// inside code keeps the indentation; a blank line between blocks is empty), and lays out each
// component in one of three ways, kept here as data.

import { fence, jsxAttribute } from './markdown.js';

/**
 * - `blocks`: children indented, a blank line between them (<Tab>, <Accordion>);
 * - `list`: children indented, no blank line between them (<Tabs> and its <Tab>s);
 * - `code-group`: fences at the component's own indentation, a blank line around each (<CodeGroup>).
 */
type Layout = 'blocks' | 'list' | 'code-group';

const LAYOUTS = {
  Tabs: 'list',
  Tab: 'blocks',
  Accordion: 'blocks',
  CodeGroup: 'code-group',
} as const satisfies Record<string, Layout>;

export type MdxBlock =
  | { readonly fence: string; readonly text: string }
  | {
      readonly component: keyof typeof LAYOUTS;
      readonly title?: string;
      readonly children: readonly MdxBlock[];
    };

const INDENT = '  ';

/** The blocks as an MDX document: a blank line between them and a line break at the end. */
export function mdxDocument(blocks: readonly MdxBlock[]): string {
  return (
    joinBlocks(
      blocks.map((block) => lines(block, '')),
      [''],
    ).join('\n') + '\n'
  );
}

function lines(block: MdxBlock, indent: string): string[] {
  if ('fence' in block)
    return fence(block.fence, block.text)
      .split('\n')
      .map((line) => indent + line);
  const name = block.component;
  const open = `${indent}<${name}${block.title === undefined ? '' : ` ${jsxAttribute('title', block.title)}`}>`;
  const close = `${indent}</${name}>`;
  const layout: Layout = LAYOUTS[name];
  if (layout === 'code-group') {
    const fences = block.children.map((child) => lines(child, indent));
    return [open, '', ...joinBlocks(fences, ['']), '', close];
  }
  const children = block.children.map((child) => lines(child, indent + INDENT));
  return [open, ...joinBlocks(children, layout === 'list' ? [] : ['']), close];
}

function joinBlocks(blocks: readonly string[][], separator: readonly string[]): string[] {
  return blocks.flatMap((block, index) => (index === 0 ? block : [...separator, ...block]));
}
