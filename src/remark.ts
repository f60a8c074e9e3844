// `box-snippet/remark`: a remark plugin that replaces every fenced block with the language
// `box-snippet` in a page by the tabs for it, at build time. The tabs are rendered by the core
// as MDX text (the same text `box-snippet build` writes) and parsed with the page's own
// processor, so the plugin needs no parser of its own and unified stays a peer dependency.

import type { Code, Parent, Root, RootContent } from 'mdast';
import type { Plugin, Processor } from 'unified';
import {
  BlockOptionError,
  docsTabs,
  optionLineOffset,
  parseBlockOptions,
  renderDocs,
  DOCS_FLAVOURS,
  type DocsFlavour,
} from './core/docs/index.js';
import { isBoxSnippetError } from './core/errors.js';
// A docs build renders any target's blocks: every target's templates, loaded with the plugin.
import './core/templates-eager.js';
import { formatSnippet } from './format.js';

export interface BoxSnippetRemarkOptions {
  /** The flavour a block gets when it names none: mintlify, docusaurus or plain (the default). */
  readonly flavour?: DocsFlavour;
  /** Docusaurus: the groupId that keeps a reader's language choice across the site. */
  readonly groupId?: string;
}

/** The language of the fenced blocks the plugin replaces. */
export const BLOCK_LANGUAGE = 'box-snippet';

const remarkBoxSnippet: Plugin<[BoxSnippetRemarkOptions?], Root> = function (this: Processor, options = {}) {
  const flavourDefault = options.flavour ?? 'plain';
  if (!(DOCS_FLAVOURS as readonly string[]).includes(flavourDefault)) {
    throw new Error(
      `box-snippet/remark: option "flavour": expected one of ${DOCS_FLAVOURS.join(', ')}; got ${JSON.stringify(options.flavour)}`,
    );
  }
  if (options.groupId !== undefined && (typeof options.groupId !== 'string' || options.groupId === '')) {
    throw new Error('box-snippet/remark: option "groupId": expected a non-empty string');
  }
  return async (tree, file) => {
    const blocks = findBlocks(tree);
    let imports: RootContent[] = [];
    // Last first, so replacing a block keeps the indexes of the ones before it.
    for (const { node, parent, index } of blocks.reverse()) {
      const where = (lineOffset: number) => {
        const start = node.position?.start;
        return `${file.path ?? '<page>'}:${start ? start.line + lineOffset : '?'}`;
      };
      const fail = (message: string, lineOffset: number): never =>
        file.fail(`${where(lineOffset)}: box-snippet: ${message}`, node, 'box-snippet:options');
      let mdx: string;
      let flavour: DocsFlavour;
      try {
        const block = parseBlockOptions(node.meta, node.value);
        flavour = block.flavour ?? flavourDefault;
        const tabs = await Promise.all(
          docsTabs(block).map(async (tab) => ({ ...tab, snippet: await formatSnippet(tab.snippet) })),
        );
        mdx = renderDocs(tabs, flavour, {
          ...(options.groupId === undefined ? {} : { groupId: options.groupId }),
          // Names no page is likely to import itself, so its own `import Tabs` cannot clash.
          tabsName: 'BoxSnippetTabs',
          tabItemName: 'BoxSnippetTabItem',
        });
      } catch (error) {
        if (error instanceof BlockOptionError) return fail(error.message, error.lineOffset);
        if (isBoxSnippetError(error)) {
          const option = (error.option ?? 'auth').replace(/^--/, '');
          return fail(
            `option "${option}": ${error.message.replace(/^\w+: /, '')}`,
            optionLineOffset(node.meta, node.value, option as 'auth'),
          );
        }
        throw error;
      }
      const fragment = this.parse(mdx) as Root;
      // mdast's own types know no MDX nodes; MDX parsers add `mdxjsEsm` and `mdxJsxFlowElement`.
      const typeOf = (child: RootContent) => child.type as string;
      const esm = fragment.children.filter((child) => typeOf(child) === 'mdxjsEsm');
      const content = fragment.children.filter((child) => typeOf(child) !== 'mdxjsEsm');
      if (flavour !== 'plain' && !content.some((child) => typeOf(child) === 'mdxJsxFlowElement')) {
        fail(`flavour ${flavour} needs an MDX page (this one is parsed without JSX); use flavour=plain here`, 0);
      }
      for (const child of content) dropPositions(child);
      parent.children.splice(index, 1, ...(content as RootContent[] as Parent['children']));
      // Every Docusaurus block renders the same imports: keep one set.
      if (esm.length > 0) imports = esm;
    }
    // Added after the loop: an insert at the top would move the blocks still to replace.
    tree.children.unshift(...imports);
  };
};

export default remarkBoxSnippet;

function findBlocks(tree: Root): { node: Code; parent: Parent; index: number }[] {
  const found: { node: Code; parent: Parent; index: number }[] = [];
  const walk = (parent: Parent) => {
    parent.children.forEach((child, index) => {
      if (child.type === 'code' && child.lang === BLOCK_LANGUAGE) found.push({ node: child, parent, index });
      else if ('children' in child) walk(child as Parent);
    });
  };
  walk(tree);
  return found;
}

/** Positions of the parsed fragment point into the fragment, not the page: drop them. */
function dropPositions(node: object): void {
  delete (node as { position?: unknown }).position;
  for (const child of (node as { children?: object[] }).children ?? []) dropPositions(child);
}
