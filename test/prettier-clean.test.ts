// The core never loads prettier (it stays out of the browser bundle), so its JavaScript and
// TypeScript output must already be what prettier would print. The CLI still formats, as a
// safety net for unusual values accepted with --no-validate.

import { describe, expect, it } from 'vitest';
import { generate, generateFromRequest } from '../src/core/index.js';
import { formatSnippet } from '../src/format.js';
import { allCases } from './support/cases.js';

const jsCases = allCases().filter((testCase) => testCase.target.family === 'node');

describe('JavaScript and TypeScript output of the core', () => {
  it.each(jsCases.map((testCase) => [testCase.name, testCase] as const))(
    '%s is prettier-clean',
    async (_name, testCase) => {
      const snippet = generateFromRequest(testCase.options);
      expect((await formatSnippet(snippet)).code).toBe(snippet.code);
    },
  );

  it('is still prettier-clean with an http:// base URL (the extra agent import)', async () => {
    for (const style of ['cjs', 'esm', 'ts'] as const) {
      const snippet = generate({ target: 'node-legacy', style, credentials: 'env', baseUrl: 'http://127.0.0.1:8080' });
      expect((await formatSnippet(snippet)).code).toBe(snippet.code);
    }
  });
});
