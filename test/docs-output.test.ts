// Docs-site output (Mintlify CodeGroup, Docusaurus Tabs, plain Markdown): every page compiles
// with @mdx-js/mdx and reads back, through the same parser, as exactly the tabs the library
// returns, whatever the registry holds and whatever characters a label or program carries.

import { describe, expect, it } from 'vitest';
import {
  CLIENT_OPTIONS,
  DOCS_FLOWS,
  TARGETS,
  optionIds,
  type DocsFlow,
  docsTabs,
  installBlocks,
  blockInfo,
  renderDocs,
  type TabbedSnippet,
  type Target,
} from '../src/core/index.js';
import { generate } from '../src/core/index.js';
import { attribute, codeNodes, compileMdx, isElement, parseMdx, type JsxElement } from './support/mdx.js';

const MODES = ['placeholder', 'env'] as const;
const PAGES = DOCS_FLOWS.flatMap((flow) => MODES.map((credentials) => ({ flow, id: flow.id, credentials })));

/**
 * Box's tab order, written out from Box's pages (box-mintlify: 69 of 129 code groups with five or
 * more of these labels), not read from the registry, so a wrong registry order fails here.
 */
const BOX_PAGES_TAB_ORDER = [
  'cURL',
  'Node/TypeScript v10',
  'Python v10',
  '.NET v10',
  'Swift v10',
  'Java v10',
  'Java v5',
  'Python v4',
  '.NET v6',
  'Node v4',
];

/**
 * The tabs a page must show: every target with the flow's auth method and options (the option's
 * row and the target's row say which cannot), in the order of Box's pages.
 */
function expectedLabels({ auth, options }: DocsFlow): string[] {
  return (TARGETS as readonly Target[])
    .filter((target) => (target.authMethods as readonly string[]).includes(auth))
    .filter((target) =>
      optionIds(options).every(
        (id) => !(auth in CLIENT_OPTIONS[id].notWith) && !(id in (target.unsupportedClientOptions ?? {})),
      ),
    )
    .map((target) => target.tab.label)
    .sort((a, b) => BOX_PAGES_TAB_ORDER.indexOf(a) - BOX_PAGES_TAB_ORDER.indexOf(b));
}

const withoutFinalNewline = (text: string) => text.replace(/\n$/, '');
const fenceInfo = (node: { lang?: string | null; meta?: string | null }) =>
  [node.lang, node.meta].filter(Boolean).join(' ');

/** Install blocks as a platform shows them: `lang title` info for a file, the text. */
function expectedInstall(tab: TabbedSnippet, title: (path: string) => string) {
  return installBlocks(tab.snippet).map((block) => ({
    info: blockInfo(block, title),
    text: withoutFinalNewline(block.text),
  }));
}

function checkMintlify(mdx: string, tabs: readonly TabbedSnippet[]) {
  const root = parseMdx(mdx);
  expect(root.children.map((node) => (isElement(node) ? node.name : node.type))).toEqual(['Tabs', 'CodeGroup']);
  const [install, code] = root.children as unknown as JsxElement[];
  // The install group: one <Tab> per target, titled with its label, holding only code blocks.
  expect(install!.children.every((child) => isElement(child, 'Tab'))).toBe(true);
  const installTabs = install!.children as unknown as JsxElement[];
  expect(installTabs.map((tab) => attribute(tab, 'title'))).toEqual(tabs.map((tab) => tab.label));
  installTabs.forEach((element, index) => {
    expect(element.children.every((child) => child.type === 'code')).toBe(true);
    const blocks = codeNodes(element.children).map((node) => ({ info: fenceInfo(node), text: node.value }));
    expect(blocks).toEqual(expectedInstall(tabs[index]!, (path) => path));
  });
  // The code group: fences only, each `<language> <label>`, holding the program.
  expect(code!.children.every((child) => child.type === 'code')).toBe(true);
  const fences = codeNodes(code!.children);
  expect(fences.map(fenceInfo)).toEqual(tabs.map((tab) => `${tab.snippet.languageTag} ${tab.label}`));
  expect(fences.map((node) => node.value)).toEqual(tabs.map((tab) => withoutFinalNewline(tab.snippet.code)));
}

function checkDocusaurus(mdx: string, tabs: readonly TabbedSnippet[]) {
  const root = parseMdx(mdx);
  expect(root.children.map((node) => (isElement(node) ? node.name : node.type))).toEqual(['mdxjsEsm', 'Tabs', 'Tabs']);
  expect((root.children[0] as { value: string }).value).toBe(
    "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';",
  );
  const groups = root.children.slice(1) as unknown as JsxElement[];
  const expected = [
    (tab: TabbedSnippet) => expectedInstall(tab, (path) => `title="${path}"`),
    (tab: TabbedSnippet) => [
      {
        info: `${tab.snippet.languageTag} title="${tab.snippet.fileName}"`,
        text: withoutFinalNewline(tab.snippet.code),
      },
    ],
  ];
  groups.forEach((group, groupIndex) => {
    expect(attribute(group, 'groupId')).toBe('box-sdk');
    expect(group.children.every((child) => isElement(child, 'TabItem'))).toBe(true);
    const items = group.children as unknown as JsxElement[];
    expect(items.map((item) => attribute(item, 'label'))).toEqual(tabs.map((tab) => tab.label));
    expect(items.map((item) => attribute(item, 'value'))).toEqual(tabs.map((tab) => tab.value));
    expect(items.map((item) => attribute(item, 'default') === true)).toEqual(tabs.map((_, index) => index === 0));
    items.forEach((item, index) => {
      expect(item.children.every((child) => child.type === 'code')).toBe(true);
      expect(codeNodes(item.children).map((node) => ({ info: fenceInfo(node), text: node.value }))).toEqual(
        expected[groupIndex]!(tabs[index]!),
      );
    });
  });
}

it("shows a Developer Token page's ten tabs in exactly the order of Box's pages", () => {
  expect(docsTabs({ auth: 'developer-token', credentials: 'placeholder' }).map((tab) => tab.label)).toEqual(
    BOX_PAGES_TAB_ORDER,
  );
});

describe.each(PAGES)('docs page for $id, $credentials', ({ flow, credentials }) => {
  const { auth } = flow;
  const tabs = docsTabs({ auth, credentials, options: flow.options });

  it('has one tab per target that can write the flow, in Box order, with its default package and docs style', () => {
    expect(tabs.map((tab) => tab.label)).toEqual(expectedLabels(flow));
    for (const tab of tabs) {
      const target = (TARGETS as readonly Target[]).find((candidate) => candidate.id === tab.value)!;
      expect(tab.snippet.package.name).toBe(target.packages[0]!.name);
      expect(tab.snippet.style).toBe(target.tab.style ?? target.styles[0]!.id);
      expect(tab.snippet.code).toBe(
        generate({ target: target.id, style: tab.snippet.style, auth, credentials, ...flow.options } as never).code,
      );
    }
  });

  it('Mintlify: compiles, and is an install <Tabs> over a <CodeGroup> of `<language> <label>` fences', async () => {
    const mdx = renderDocs(tabs, 'mintlify');
    await expect(compileMdx(mdx)).resolves.toContain('CodeGroup');
    checkMintlify(mdx, tabs);
  });

  it('Docusaurus: compiles, imports Tabs and TabItem, and has two synced groups with default on the first tab', async () => {
    const mdx = renderDocs(tabs, 'docusaurus');
    await expect(compileMdx(mdx)).resolves.toContain('@theme/TabItem');
    checkDocusaurus(mdx, tabs);
  });

  it('plain: compiles as MDX and as CommonMark, with every program in a fence', async () => {
    const text = renderDocs(tabs, 'plain');
    await compileMdx(text);
    for (const format of ['mdx', 'md'] as const) {
      const programs = codeNodes(parseMdx(text, format).children).filter(
        (node) => !installBlocks(tabs[0]!.snippet).some((b) => b.text === node.value),
      );
      expect(programs.map((node) => node.value)).toEqual(
        expect.arrayContaining(tabs.map((tab) => withoutFinalNewline(tab.snippet.code))),
      );
    }
  });
});

describe('docs output with hostile labels and text', () => {
  const base = docsTabs({ auth: 'developer-token', credentials: 'placeholder' })[0]!;
  const hostileCode =
    'a = "```"\n````\n~~~\n</CodeGroup>\n</TabItem>\n{props.x} <b>&amp;\nimport x from "y"\nexport const z = 1\n';
  const tabs: TabbedSnippet[] = [
    {
      value: 'a"b',
      label: 'Weird {label} <b> & "quoted"',
      snippet: {
        ...base.snippet,
        code: hostileCode,
        install: [{ tool: 'sh', text: 'echo "```" {x} <y>', languageTag: 'sh' }],
      },
    },
    {
      value: 'plain',
      label: 'Back`tick & amp;',
      snippet: {
        ...base.snippet,
        code: '```\n``````\n',
        install: [{ tool: 'sh', text: 'x', languageTag: 'sh', file: 'dir/pom "x".xml' } as never],
      },
    },
  ];

  it('Mintlify compiles and reads back as the same labels and text', async () => {
    const mdx = renderDocs(tabs, 'mintlify');
    await compileMdx(mdx);
    checkMintlify(mdx, tabs);
  });

  it('Docusaurus compiles and reads back as the same labels, values and text', async () => {
    const mdx = renderDocs(tabs, 'docusaurus');
    await compileMdx(mdx);
    const root = parseMdx(mdx);
    const [install, code] = root.children.slice(1) as unknown as JsxElement[];
    for (const group of [install!, code!]) {
      const items = group.children as unknown as JsxElement[];
      expect(items.map((item) => attribute(item, 'label'))).toEqual(tabs.map((tab) => tab.label));
      expect(items.map((item) => attribute(item, 'value'))).toEqual(tabs.map((tab) => tab.value));
    }
    expect(codeNodes((code!.children as unknown as JsxElement[])[0]!.children)[0]!.value).toBe(
      withoutFinalNewline(hostileCode),
    );
    expect(codeNodes((install!.children as unknown as JsxElement[])[1]!.children)[0]!.meta).toBe(
      `title='dir/pom "x".xml'`,
    );
  });

  it('plain compiles, with the labels as text', async () => {
    const text = renderDocs(tabs, 'plain');
    await compileMdx(text);
    const root = parseMdx(text);
    const strong = root.children.flatMap((node) =>
      node.type === 'paragraph' && node.children[0]?.type === 'strong' ? [node.children[0]] : [],
    );
    expect(strong.map((node) => (node.children[0] as { value: string }).value)).toEqual(tabs.map((tab) => tab.label));
  });
});

describe('install blocks', () => {
  it('joins consecutive commands of one language, and gives each file its own titled block', () => {
    const blocks = installBlocks({
      install: [
        { tool: 'sh', text: 'python3 -m venv .venv', languageTag: 'sh' },
        { tool: 'pip', text: 'pip install x', languageTag: 'sh' },
        { tool: 'maven', text: '<project/>', languageTag: 'xml', file: 'pom.xml' },
        { tool: 'maven', text: 'mvn -q compile', languageTag: 'sh' },
        { tool: 'gradle', text: 'implementation "x"', languageTag: 'groovy' },
      ],
      envVars: [],
      fileName: 'x',
    });
    expect(blocks).toEqual([
      { languageTag: 'sh', text: 'python3 -m venv .venv\npip install x' },
      { languageTag: 'xml', text: '<project/>', title: 'pom.xml' },
      { languageTag: 'sh', text: 'mvn -q compile' },
      { languageTag: 'groovy', text: 'implementation "x"' },
    ]);
  });

  const tabOf = (lang: string, credentials: 'placeholder' | 'env' = 'placeholder') =>
    docsTabs({ auth: 'ccg', credentials }).find((tab) => tab.value === lang)!.snippet;

  it('gives each platform of a system step a labelled block of its own, never one block with all', () => {
    expect(installBlocks(tabOf('curl'))).toEqual([
      { languageTag: 'sh', text: 'sudo apt-get install curl jq', platform: 'Debian/Ubuntu' },
      { languageTag: 'sh', text: 'brew install curl jq', platform: 'macOS' },
      {
        languageTag: 'powershell',
        text: "wsl --install -d Ubuntu  # then, in Ubuntu's shell: sudo apt-get install curl jq",
        platform: 'Windows (PowerShell)',
      },
    ]);
  });

  it("gives Windows its own commands where they differ: the venv's Scripts folder, no `&&`, `$env:` variables", () => {
    expect(installBlocks(tabOf('python', 'env'))).toEqual([
      {
        languageTag: 'sh',
        text: [
          'python3 -m venv .venv && .venv/bin/pip install "boxsdk>=10,<11"',
          'export BOX_CLIENT_ID="YOUR_CLIENT_ID"',
          'export BOX_CLIENT_SECRET="YOUR_CLIENT_SECRET"',
          'export BOX_ENTERPRISE_ID="YOUR_ENTERPRISE_ID"',
        ].join('\n'),
        platform: 'macOS and Linux',
      },
      {
        languageTag: 'powershell',
        text: [
          'python -m venv .venv; .venv\\Scripts\\pip install "boxsdk>=10,<11"',
          '$env:BOX_CLIENT_ID = "YOUR_CLIENT_ID"',
          '$env:BOX_CLIENT_SECRET = "YOUR_CLIENT_SECRET"',
          '$env:BOX_ENTERPRISE_ID = "YOUR_ENTERPRISE_ID"',
          '# Then, with the program saved as get_current_user.py:',
          '.venv\\Scripts\\python get_current_user.py',
        ].join('\n'),
        platform: 'Windows (PowerShell)',
      },
    ]);
    const dotnet = installBlocks(tabOf('dotnet')).map((block) => [block.platform, block.text]);
    expect(dotnet).toEqual([
      ['macOS and Linux', expect.stringMatching(/^dotnet new console --framework net10\.0 && dotnet add package /)],
      ['Windows (PowerShell)', expect.stringMatching(/^dotnet new console --framework net10\.0; dotnet add package /)],
    ]);
  });

  it('keeps one block where every platform runs the same steps, and no docs text names box-snippet', () => {
    expect(installBlocks(tabOf('node')).map((block) => block.platform)).toEqual([undefined]);
    for (const credentials of ['placeholder', 'env'] as const) {
      for (const auth of ['developer-token', 'ccg', 'jwt', 'oauth'] as const) {
        for (const flavour of ['mintlify', 'docusaurus', 'plain'] as const) {
          expect(renderDocs(docsTabs({ auth, credentials }), flavour)).not.toMatch(/box-snippet/);
        }
      }
    }
  });
});
