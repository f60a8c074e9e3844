// Every MDX file `build --format mintlify` writes is already in the form Mintlify's formatter
// leaves it: `mint format` over a docs repository that holds them changes none of them. Run
// offline against the formatter of a pinned @mintlify/cli (test/support/mintlify-formatter.ts).

import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { MINTLIFY_CLI, mintlifyFormatter, type MintlifyFormat } from './support/mintlify-formatter.js';

let format: MintlifyFormat;
let dir: string;
beforeAll(async () => {
  format = await mintlifyFormatter();
  dir = await mkdtemp(join(tmpdir(), 'box-snippet-mint-format-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Every way `build --format mintlify` writes MDX. */
const BUILDS = {
  'one file per auth method': [],
  'with --excerpt': ['--excerpt'],
  'with --from-env': ['--from-env'],
  'the box-auth-guides page pack': ['--pack', 'box-auth-guides'],
  'the box-auth-guides page pack with --excerpt': ['--pack', 'box-auth-guides', '--excerpt'],
} satisfies Record<string, string[]>;

describe('build --format mintlify, formatted by Mintlify', () => {
  it('uses the formatter `mint format` runs, which does change MDX laid out otherwise', async () => {
    const handler = await readFile(join(MINTLIFY_CLI, 'bin', 'format.js'), 'utf8');
    expect(handler).toContain(
      "const { mdxToPm, pmToMdx, canonicalPmToMdxOptions } = yield import('./vendor/converter.js');",
    );
    expect(handler).toContain('pmToMdx(doc, Object.assign({ frontmatter }, canonicalPmToMdxOptions))');
    const unindented = '<Tabs>\n<Tab title="cURL">\n\n```sh\ncurl --version\n```\n\n</Tab>\n</Tabs>\n';
    expect(format(unindented)).toBe(
      '<Tabs>\n  <Tab title="cURL">\n    ```sh\n    curl --version\n    ```\n  </Tab>\n</Tabs>\n',
    );
  });

  it.each(Object.entries(BUILDS))('%s: a second pass changes no file', async (name, args) => {
    const out = join(dir, name.replace(/\W+/g, '-'));
    const result = await runCli(['build', '--format', 'mintlify', ...args, '--out', out, '--quiet']);
    expect(result.stderr).toBe('');
    const files = (await readdir(out)).filter((file) => file.endsWith('.mdx'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const mdx = await readFile(join(out, file), 'utf8');
      expect(format(mdx), file).toBe(mdx);
    }
  });
});
