// box-snippet/remark in @mdx-js/mdx's own pipeline: a `box-snippet` block becomes exactly the
// tabs the core renders, and every mistake in a block fails the build naming file, line and option.

import { compile } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { TARGET_IDS, docsTabs, renderDocs, type DocsFlavour } from '../src/core/index.js';
import { formatSnippet } from '../src/format.js';
import remarkBoxSnippet, { type BoxSnippetRemarkOptions } from '../src/remark.js';
import { parseMdx } from './support/mdx.js';

/** Runs the page through @mdx-js/mdx with the plugin; returns the mdast as the plugin left it. */
async function transform(
  page: string,
  options: BoxSnippetRemarkOptions = {},
  format: 'mdx' | 'md' = 'mdx',
): Promise<Root> {
  let tree: Root | undefined;
  const capture = () => (root: Root) => {
    tree = structuredClone(root);
  };
  await compile(new VFile({ path: 'docs/page.mdx', value: page }), {
    format,
    remarkPlugins: [[remarkBoxSnippet, options], capture],
  });
  return tree!;
}

/** What the core renders for a block, parsed: the plugin's output must be exactly this. */
async function rendered(flavour: DocsFlavour, selection: Parameters<typeof docsTabs>[0]): Promise<Root> {
  const tabs = await Promise.all(
    docsTabs(selection).map(async (tab) => ({ ...tab, snippet: await formatSnippet(tab.snippet) })),
  );
  return parseMdx(renderDocs(tabs, flavour, { tabsName: 'BoxSnippetTabs', tabItemName: 'BoxSnippetTabItem' }));
}

function withoutPositions<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, inner) => (key === 'position' || key === 'data' ? undefined : inner)));
}

// Two target ids from the registry, whichever they are.
const [first, second] = [TARGET_IDS[0]!, TARGET_IDS[1]!];

const error = async (page: string, options: BoxSnippetRemarkOptions = {}, format: 'mdx' | 'md' = 'mdx') =>
  transform(page, options, format).then(
    () => 'no error',
    (thrown: Error) => thrown.message,
  );

describe('box-snippet/remark', () => {
  it.each(['mintlify', 'docusaurus', 'plain'] as const)(
    'replaces a block with the %s tabs the core renders',
    async (flavour) => {
      const tree = await transform(
        ['# Title', '', '```box-snippet', 'auth: jwt', 'credentials: env', '```', '', 'After.'].join('\n'),
        { flavour },
      );
      const expected = (await rendered(flavour, { auth: 'jwt', credentials: 'env' })).children;
      const esm = expected.filter((node) => (node.type as string) === 'mdxjsEsm');
      const content = expected.filter((node) => (node.type as string) !== 'mdxjsEsm');
      expect(withoutPositions(tree.children)).toEqual(
        withoutPositions([...esm, tree.children[esm.length]!, ...content, tree.children.at(-1)!]),
      );
      expect(tree.children[esm.length]!.type).toBe('heading');
      expect(tree.children.at(-1)!.type).toBe('paragraph');
      expect(JSON.stringify(tree)).not.toContain('box-snippet"');
    },
  );

  it('takes options from the meta, and the flavour of the block over the default', async () => {
    const tree = await transform(`\`\`\`box-snippet auth=ccg targets=${second},${first} flavour=mintlify\n\`\`\`\n`, {
      flavour: 'docusaurus',
    });
    expect(withoutPositions(tree.children)).toEqual(
      withoutPositions(
        (await rendered('mintlify', { auth: 'ccg', credentials: 'placeholder', targets: [first, second] })).children,
      ),
    );
  });

  it('imports Tabs once per page, under names a page cannot clash with', async () => {
    const page =
      "import Tabs from '@theme/Tabs';\n\n```box-snippet flavour=mintlify\n```\n\n```box-snippet\n```\n\n```box-snippet\nauth: oauth\n```\n";
    const tree = await transform(page, { flavour: 'docusaurus' });
    const imports = tree.children
      .filter((node) => (node.type as string) === 'mdxjsEsm')
      .map((node) => (node as { value: string }).value);
    expect(imports).toEqual([
      "import BoxSnippetTabs from '@theme/Tabs';\nimport BoxSnippetTabItem from '@theme/TabItem';",
      "import Tabs from '@theme/Tabs';",
    ]);
    expect(tree.children.filter((node) => (node as { name?: string }).name === 'BoxSnippetTabs')).toHaveLength(4);
  });

  it('leaves a page without blocks untouched', async () => {
    const page = '# Hi\n\n```python\nprint(1)\n```\n';
    expect(withoutPositions(await transform(page))).toEqual(withoutPositions(parseMdx(page)));
  });

  it('works in a CommonMark (.md) page with the plain flavour', async () => {
    const tree = await transform('Intro\n\n```box-snippet\n```\n', {}, 'md');
    expect(tree.children.filter((node) => node.type === 'code').length).toBeGreaterThan(
      docsTabs({ auth: 'developer-token', credentials: 'placeholder' }).length,
    );
  });

  describe('fails the build naming the file, the line and the option', () => {
    const page = (block: string[]) => ['# Page', '', 'Some text.', '', ...block, ''].join('\n');

    it.each([
      [
        ['```box-snippet', 'credentials: env', 'auth: cgc', '```'],
        'docs/page.mdx:7',
        'option "auth": expected one of developer-token, ccg, jwt, oauth, app-token; got "cgc"',
      ],
      [
        [`\`\`\`box-snippet targets=${first},cobol`, '```'],
        'docs/page.mdx:5',
        'option "targets": unknown target "cobol"',
      ],
      [
        ['```box-snippet', '', `targets: ${first}`, `targets: ${second}`, '```'],
        'docs/page.mdx:8',
        'option "targets" is given twice',
      ],
      [['```box-snippet', 'colour: red', '```'], 'docs/page.mdx:6', 'unknown option "colour"'],
      [
        ['```box-snippet', 'credentials: literal', '```'],
        'docs/page.mdx:6',
        'option "credentials": expected one of placeholder, env; got "literal"',
      ],
      [
        ['```box-snippet', 'flavour: gatsby', '```'],
        'docs/page.mdx:6',
        'option "flavour": expected one of mintlify, docusaurus, plain; got "gatsby"',
      ],
      [['```box-snippet', 'auth:', '```'], 'docs/page.mdx:6', 'option "auth" has no value'],
      [['```box-snippet auth', '```'], 'docs/page.mdx:5', '"auth" in the fence\'s meta is not key=value'],
      [['```box-snippet', 'just words', '```'], 'docs/page.mdx:6', '"just words" is not "key: value"'],
    ])('%j', async (block, where, message) => {
      const reason = await error(page(block));
      expect(reason).toContain(`${where}: box-snippet: ${message}`);
    });

    it('a JSX flavour in a page parsed without JSX', async () => {
      expect(await error(page(['```box-snippet', '```']), { flavour: 'mintlify' }, 'md')).toContain(
        'docs/page.mdx:5: box-snippet: flavour mintlify needs an MDX page',
      );
    });

    it('bad plugin options, when the site config is loaded', async () => {
      expect(await error('x', { flavour: 'gitbook' as DocsFlavour })).toContain(
        'box-snippet/remark: option "flavour": expected one of mintlify, docusaurus, plain; got "gitbook"',
      );
      expect(await error('x', { groupId: '' })).toContain('box-snippet/remark: option "groupId"');
    });
  });
});
