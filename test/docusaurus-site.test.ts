// The example Docusaurus site (examples/docusaurus/), built by the real `docusaurus build` with
// box-snippet's remark plugin: the built HTML shows every tab label of every block on the page,
// and every code block holds exactly what the library returns for that target.
// Its own npm ci runs when node_modules is missing or was installed from another lockfile; it
// reuses npm's cache. The webpack cache is off, so the page is compiled by the plugin every time.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TARGETS,
  docsTabs,
  installBlocks,
  parseBlockOptions,
  type TabbedSnippet,
  type Target,
} from '../src/core/index.js';
import { formatSnippet } from '../src/format.js';
import { BLOCK_LANGUAGE } from '../src/remark.js';
import { codeNodes, parseMdx } from './support/mdx.js';

const run = promisify(execFile);
const site = join(import.meta.dirname, '..', 'examples', 'docusaurus');
const stampFile = join(site, 'node_modules', '.box-snippet-lock-sha256');
let out: string;
let html: string;

async function installSite(): Promise<void> {
  const lock = createHash('sha256')
    .update(await readFile(join(site, 'package-lock.json')))
    .digest('hex');
  const stamp = await readFile(stampFile, 'utf8').catch(() => undefined);
  if (stamp === lock) return;
  // --ignore-scripts: the site needs none, and box-snippet's own `prepare` (a rebuild of dist/)
  // must not run under the other test files that spawn dist/box-snippet.mjs.
  await run('npm', ['ci', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: site,
    maxBuffer: 64 * 1024 * 1024,
  });
  await writeFile(stampFile, lock);
}

beforeAll(async () => {
  await installSite();
  out = await mkdtemp(join(tmpdir(), 'box-snippet-docusaurus-'));
  const docusaurus = join(site, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
  await run(process.execPath, [docusaurus, 'build', '--out-dir', out], {
    cwd: site,
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1', DOCUSAURUS_NO_PERSISTENT_CACHE: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  html = await readFile(join(out, 'index.html'), 'utf8');
}, 900_000);
afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

function decode(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

interface BuiltTabs {
  labels: string[];
  /** Per tab panel, its code blocks: the title Docusaurus shows, if any, and the text. */
  panels: { title: string | undefined; text: string }[][];
}

/** Every tab group of the page's article, in order, as Docusaurus rendered it. */
function builtTabs(page: string): BuiltTabs[] {
  const article = page.slice(page.indexOf('<article'), page.indexOf('</article>'));
  return article
    .split('theme-tabs-container')
    .slice(1)
    .map((group) => ({
      labels: [...group.matchAll(/<li role="tab"[^>]*>(.*?)<\/li>/g)].map((match) => decode(match[1]!)),
      panels: group
        .split('role="tabpanel"')
        .slice(1)
        .map((panel) =>
          panel
            .split('theme-code-block')
            .slice(1)
            .map((block) => {
              const title = /class="codeBlockTitle[^"]*">(.*?)<\/div>/.exec(block)?.[1];
              const code = /<code[^>]*>(.*?)<\/code>/s.exec(block)![1]!;
              const lines = code
                .split(/<div class="token-line"[^>]*>/)
                .slice(1)
                .map((line) => decode(line));
              return { title: title === undefined ? undefined : decode(title), text: lines.join('\n') };
            }),
        ),
    }));
}

/** The page's box-snippet blocks, and the tabs the library returns for each. */
async function expectedBlocks(): Promise<TabbedSnippet[][]> {
  const page = await readFile(join(site, 'docs', 'index.mdx'), 'utf8');
  const blocks = codeNodes(parseMdx(page).children).filter((node) => node.lang === BLOCK_LANGUAGE);
  return Promise.all(
    blocks.map((block) =>
      Promise.all(
        docsTabs(parseBlockOptions(block.meta, block.value)).map(async (tab) => ({
          ...tab,
          snippet: await formatSnippet(tab.snippet),
        })),
      ),
    ),
  );
}

const withoutFinalNewline = (text: string) => text.replace(/\n$/, '');

describe('the example Docusaurus site, built with box-snippet/remark', () => {
  it('shows, for every block, an install group and a code group with every tab label', async () => {
    const expected = await expectedBlocks();
    const groups = builtTabs(html);
    expect(expected.length).toBeGreaterThan(1);
    expect(groups).toHaveLength(expected.length * 2);
    expected.forEach((tabs, index) => {
      expect(groups[2 * index]!.labels).toEqual(tabs.map((tab) => tab.label));
      expect(groups[2 * index + 1]!.labels).toEqual(tabs.map((tab) => tab.label));
    });
    const firstBlockTargets = expected[0]!.map((tab) => tab.value);
    const everyTarget = (TARGETS as readonly Target[]).filter((target) =>
      (target.authMethods as readonly string[]).includes('developer-token'),
    );
    expect(firstBlockTargets.sort()).toEqual(everyTarget.map((target) => target.id).sort());
  });

  it('holds in every install tab exactly the install steps, and in every code tab exactly the program', async () => {
    const expected = await expectedBlocks();
    const groups = builtTabs(html);
    expected.forEach((tabs, index) => {
      const install = groups[2 * index]!;
      const code = groups[2 * index + 1]!;
      tabs.forEach((tab, position) => {
        expect(install.panels[position], `${tab.label} install`).toEqual(
          installBlocks(tab.snippet).map((block) => ({
            title: block.title ?? block.platform,
            text: withoutFinalNewline(block.text),
          })),
        );
        expect(code.panels[position], `${tab.label} program`).toEqual([
          { title: tab.snippet.fileName, text: withoutFinalNewline(tab.snippet.code) },
        ]);
      });
    });
  });
});
