// `build --pack box-auth-guides` (a page pack for Box's authentication guides), `build --check`
// (the drift check a docs repository runs in CI), and --excerpt in the docs formats.

import { mkdtemp, readFile, rm, writeFile, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsTabs, renderDocs } from '../src/core/index.js';
import { runCli } from './support/cli.js';
import { attribute, codeNodes, compileMdx, isElement, parseMdx, type JsxElement } from './support/mdx.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'box-snippet-check-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PACK = ['build', '--format', 'mintlify', '--pack', 'box-auth-guides', '--excerpt'];
/** Where the pack goes in the docs repository, and so its pages import it from. */
const FOLDER = 'snippets/box-snippet/auth-guides';

describe('build --pack box-auth-guides', () => {
  it("maps each of Box's authentication guides to a snippet it imports, and every snippet compiles as MDX", async () => {
    const docsRoot = join(dir, 'pack');
    const out = join(docsRoot, FOLDER);
    expect((await runCli([...PACK, '--out', out])).code).toBe(0);
    const { pages } = JSON.parse(await readFile(join(out, 'pages.json'), 'utf8')) as {
      pages: { page: string; snippet: string; import: string; component: string }[];
    };
    expect(pages.map((entry) => entry.page)).toEqual([
      'guides/authentication/tokens/developer-tokens.mdx',
      'guides/authentication/tokens/sdks.mdx',
      'guides/authentication/client-credentials/index.mdx',
      'guides/authentication/client-credentials/index.mdx',
      'guides/authentication/client-credentials/index.mdx',
      'guides/authentication/jwt/with-sdk.mdx',
      'guides/authentication/jwt/user-access-tokens.mdx',
      'guides/authentication/oauth2/with-sdk.mdx',
      'guides/authentication/jwt/as-user.mdx',
      'guides/authentication/oauth2/as-user.mdx',
      'guides/authentication/app-token/with-sdk.mdx',
      'guides/authentication/tokens/sdks.mdx',
      'guides/authentication/tokens/downscope.mdx',
      'guides/authentication/tokens/revoke.mdx',
      'guides/authentication/tokens/sdks.mdx',
      'guides/authentication/tokens/refresh.mdx',
    ]);
    for (const entry of pages) {
      expect(entry.import).toBe(`import ${entry.component.slice(1, -3)} from "/${entry.snippet}";`);
      const mdx = await readFile(join(docsRoot, entry.snippet), 'utf8');
      await compileMdx(mdx);
      // v10 and classic tabs together.
      expect(mdx).toContain('```python Python v10');
      expect(mdx).toContain('<Tab title="Java v5">');
    }
    const appUser = await readFile(join(out, 'ccg-app-user.mdx'), 'utf8');
    expect(appUser).toContain('user_id=USER_ID');
  });

  it('is a usage error without --format mintlify, or with a pack name that does not exist', async () => {
    const wrongFormat = await runCli(['build', '--pack', 'box-auth-guides', '--out', join(dir, 'x')]);
    expect([wrongFormat.code, wrongFormat.stderr]).toEqual([
      2,
      'box-snippet: --pack: page packs are Mintlify snippets; use --format mintlify\n',
    ]);
    const unknown = await runCli([
      'build',
      '--format',
      'mintlify',
      '--pack',
      'box-auth-guide',
      '--out',
      join(dir, 'x'),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean box-auth-guides?');
  });
});

describe('build --check', () => {
  it('passes on a fresh build, then lists each file that differs, is missing or is not written by build, and exits 1', async () => {
    const out = join(dir, 'drift');
    expect((await runCli([...PACK, '--out', out])).code).toBe(0);
    const fresh = await runCli([...PACK, '--check', out]);
    expect([fresh.code, fresh.stdout]).toEqual([0, '']);

    await writeFile(join(out, 'oauth.mdx'), 'stale\n');
    await unlink(join(out, 'jwt-user.mdx'));
    await writeFile(join(out, 'old.mdx'), 'left over\n');
    const stale = await runCli([...PACK, '--check', out]);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toBe(
      ['missing: jwt-user.mdx', 'differs: oauth.mdx', 'not written by build: old.mdx', ''].join('\n'),
    );
    // Other build options are other output: without --excerpt, every snippet differs.
    const otherOptions = await runCli(['build', '--format', 'mintlify', '--pack', 'box-auth-guides', '--check', out]);
    expect(otherOptions.code).toBe(1);
  });

  it('is a usage error with --out or --force, and writes nothing', async () => {
    const both = await runCli(['build', '--check', dir, '--out', join(dir, 'y')]);
    expect([both.code, both.stderr]).toEqual([
      2,
      'box-snippet: --check: compares a folder and writes nothing; drop --out\n',
    ]);
    const force = await runCli(['build', '--check', dir, '--force']);
    expect(force.code).toBe(2);
  });
});

describe('--excerpt', () => {
  it('prints only the client set-up and first call', async () => {
    const result = await runCli(['--lang', 'python', '--auth', 'ccg', '--excerpt', '--quiet']);
    expect(result.stdout).toBe(
      docsTabs({ auth: 'ccg', credentials: 'placeholder', targets: ['python'] })[0]!.snippet.excerpt.code,
    );
  });

  it('is a usage error where the output holds whole programs anyway', async () => {
    const json = await runCli(['--lang', 'python', '--excerpt', '--format', 'json']);
    expect(json.code).toBe(2);
    const files = await runCli(['build', '--excerpt', '--out', join(dir, 'z')]);
    expect(files.code).toBe(2);
    expect(files.stderr).toContain('--excerpt: shortens the programs of markdown, mintlify');
  });

  it('mintlify: a code group of excerpts, and the complete programs in an Accordion with the same fence titles', () => {
    const tabs = docsTabs({ auth: 'developer-token', credentials: 'placeholder' });
    const root = parseMdx(renderDocs(tabs, 'mintlify', {}, { excerpt: true }));
    const elements = root.children.filter((node) => isElement(node)) as unknown as JsxElement[];
    expect(elements.map((element) => element.name)).toEqual(['Tabs', 'CodeGroup', 'Accordion']);
    const excerpts = codeNodes(elements[1]!.children);
    expect(excerpts.map((node) => `${node.value}\n`)).toEqual(tabs.map((tab) => tab.snippet.excerpt.code));
    const accordion = elements[2]!;
    expect(attribute(accordion, 'title')).toBe('Complete programs');
    const inner = accordion.children.find((node) => isElement(node, 'CodeGroup')) as unknown as JsxElement;
    const programs = codeNodes(inner.children);
    expect(programs.map((node) => `${node.value}\n`)).toEqual(tabs.map((tab) => tab.snippet.code));
    expect(programs.map((node) => node.meta)).toEqual(excerpts.map((node) => node.meta));
  });

  it('docusaurus and plain: the excerpt, then the complete program in a <details>', async () => {
    const tabs = docsTabs({ auth: 'ccg', credentials: 'env' });
    for (const flavour of ['docusaurus', 'plain'] as const) {
      const text = renderDocs(tabs, flavour, {}, { excerpt: true });
      await compileMdx(text);
      for (const tab of tabs) {
        const excerptAt = text.indexOf(tab.snippet.excerpt.code.trimEnd());
        const programAt = text.indexOf(tab.snippet.code.trimEnd());
        expect(excerptAt).toBeGreaterThan(-1);
        expect(programAt).toBeGreaterThan(excerptAt);
        expect(text.slice(excerptAt, programAt)).toContain('<details>');
      }
    }
  });
});
