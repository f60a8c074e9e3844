// Box's own docs pipeline as the consumer: the sample Markdown read the way box-mintlify's
// add-code-samples script reads it, the marker linter on the mistakes Box's repositories hold,
// and the x-codeSamples overlay applied by a real overlay implementation (openapi-format) to an
// OpenAPI document, then linted by @redocly/cli.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  boxSampleFiles,
  lintSampleMarkers,
  renderBoxSampleFile,
  sampleLabel,
  xCodeSamplesOverlay,
  X_AUTH_VARIANTS,
} from '../src/core/index.js';

const root = join(import.meta.dirname, '..');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'box-snippet-box-docs-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Box's extractor (box-mintlify add-code-samples): a marker, then the next fenced block's body. */
const BOX_EXTRACTOR = /<!--\s*sample\s+(\S+)(?:\s+(\S+))?\s*-->\s*```[^\n]*\n([\s\S]*?)\n```/g;
const BOX_LANGS = ['curl', 'dotnet', 'swift', 'java', 'node', 'python'];

describe('box-samples', () => {
  for (const excerpt of [false, true]) {
    it(`${excerpt ? 'excerpts' : 'programs'}: Box's extractor reads every block under the key it was written for, whole`, () => {
      const files = boxSampleFiles('placeholder');
      expect(files.map((file) => file.source.lang).sort()).toEqual([...BOX_LANGS].sort());
      for (const file of files) {
        const text = renderBoxSampleFile(file, excerpt);
        const read = [...text.matchAll(BOX_EXTRACTOR)].map(([, key, variant, source]) => ({
          key: variant === undefined ? key : `${key}#${variant}`,
          source,
        }));
        expect(read.map((entry) => entry.key)).toEqual(
          file.samples.map((sample) => (sample.variant === undefined ? sample.key : `${sample.key}#${sample.variant}`)),
        );
        read.forEach((entry, index) => {
          const { snippet } = file.samples[index]!;
          expect(`${entry.source}\n`).toBe(excerpt ? snippet.excerpt.code : snippet.code);
        });
        expect(read[0]!.key).toBe('get_users_me');
        expect(lintSampleMarkers(text, new Set(['get_users_me'])).problems).toEqual([]);
      }
    });
  }

  it("writes each flow under Box's variant names: the three client-credentials samples of Box's guide among them", () => {
    const curl = boxSampleFiles('placeholder').find((file) => file.source.lang === 'curl')!;
    expect(curl.path).toBe('box-community/box-curl-samples/box-snippet-samples.md');
    expect(curl.samples.map((sample) => sample.variant ?? sample.key)).toEqual([
      'get_users_me',
      'init_with_dev_token',
      'with_client_credentials',
      'with_ccg_admin_managed_user',
      'with_ccg_app_user',
      'init_with_oauth',
    ]);
    const python = boxSampleFiles('placeholder').find((file) => file.source.lang === 'python')!;
    expect(python.path).toBe('box/box-python-sdk/docs/box-snippet-samples.md');
    expect(python.samples.find((sample) => sample.variant === 'with_ccg_app_user')!.snippet.code).toContain(
      'user_id=USER_ID',
    );
  });
});

describe('lintSampleMarkers', () => {
  const operations = new Set(['get_users_me', 'post_oauth2_token', 'post_oauth2_token#refresh']);
  const lint = (text: string) => lintSampleMarkers(text, operations).problems;

  it("rejects the v10 SDKs' three-dash marker, which Box keys post_oauth2_token#-", () => {
    expect(lint('<!-- sample post_oauth2_token --->\n\n```js\nx\n```\n')).toEqual([
      { line: 1, message: expect.stringContaining('ends in "--->"') },
    ]);
  });

  it('rejects keys that are no operationId and x_auth variants no Box docs name', () => {
    expect(lint('<!-- sample get_user_me -->\n```py\nx\n```\n')[0]!.message).toContain(
      '"get_user_me" is no operationId',
    );
    expect(lint('<!-- sample post_oauth2_token revoke -->\n```py\nx\n```\n')[0]!.message).toContain(
      '"post_oauth2_token#revoke"',
    );
    expect(lint('<!-- sample x_auth init_with_ccg -->\n```py\nx\n```\n')[0]!.message).toContain(
      'x_auth variant "init_with_ccg"',
    );
    expect(lint('<!-- sample x_auth -->\n```py\nx\n```\n')[0]!.message).toContain('x_auth needs a variant');
  });

  it('rejects a marker with no fenced block below it, and accepts well-formed ones', () => {
    expect(lint('<!-- sample get_users_me -->\n\nSome text.\n')[0]!.message).toContain('no fenced code block');
    const good = X_AUTH_VARIANTS.map((row) => `<!-- sample x_auth ${row.variant} -->\n\n\`\`\`sh\nx\n\`\`\``);
    expect(lint([...good, '<!-- sample post_oauth2_token refresh -->\n```cs\nx\n```'].join('\n\n'))).toEqual([]);
  });
});

describe('x-codesamples overlay', () => {
  const run = promisify(execFile);

  it("applies with openapi-format, keeps Box's own samples, adds Box's lang values under distinct labels, and lints clean with @redocly/cli", async () => {
    type Sample = { lang: string; label: string; source: string };
    type Document = { paths: Record<string, Record<string, { summary: string; 'x-codeSamples'?: Sample[] }>> };
    const document = JSON.parse(
      await readFile(join(root, 'test', 'fixtures', 'box-openapi-auth.json'), 'utf8'),
    ) as Document;
    const { openapiOverlay } = (await import('openapi-format')) as unknown as {
      openapiOverlay: (
        doc: object,
        options: { overlaySet: object },
      ) => Promise<{ data: typeof document; resultData: { totalUnusedActions: number } }>;
    };
    const overlay = xCodeSamplesOverlay('placeholder', true);
    const { data, resultData } = await openapiOverlay(structuredClone(document), { overlaySet: overlay });
    expect(resultData.totalUnusedActions).toBe(0);

    const samples = data.paths['/users/me']!.get!['x-codeSamples']!;
    expect(samples[0]).toEqual(document.paths['/users/me']!.get!['x-codeSamples']![0]);
    const added = samples.slice(1);
    expect(added.map((sample) => sample.lang).sort()).toEqual([...BOX_LANGS].sort());
    for (const sample of added) {
      expect(sample.label).toBe(sampleLabel('developer-token', true));
      expect(sample.label).not.toBe(document.paths['/users/me']!.get!.summary);
      expect(sample.source).toMatch(/My user ID is/);
    }
    const token = data.paths['/oauth2/token']!.post!['x-codeSamples']!;
    expect(new Set(token.map((sample) => sample.label))).toEqual(
      new Set(['ccg', 'jwt', 'oauth'].map((auth) => sampleLabel(auth as 'ccg', true))),
    );
    // JWT has no cURL or Swift sample: neither can sign the assertion.
    expect(
      token
        .filter((sample) => sample.label === sampleLabel('jwt', true))
        .map((s) => s.lang)
        .sort(),
    ).toEqual(['dotnet', 'java', 'node', 'python']);

    const file = join(dir, 'openapi-with-samples.json');
    await writeFile(file, JSON.stringify(data, null, 2));
    const redocly = join(root, 'node_modules', '.bin', 'redocly');
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    const { stdout } = await run(redocly, ['lint', file, '--format=json'], { env });
    const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number } };
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});
