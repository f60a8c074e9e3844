// The CLI skips prettier where prettierCouldChange() says the program is already what prettier
// prints. That claim is checked here against prettier itself, for every JavaScript target,
// style and auth method, with random values of every length around the print width, and for
// values prettier does rewrite (quotes, long lines), that it is never made for them.

import fc from 'fast-check';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { AUTH_METHODS, TARGETS, generateFromRequest, type GenerateRequest, type Target } from '../src/core/index.js';
import { prettierCouldChange } from '../src/format.js';
import { FAKE, literalCredentials } from './support/cases.js';

const JS_TARGETS = (TARGETS as readonly Target[]).filter((target) => target.family === 'node');
const COMBINATIONS = JS_TARGETS.flatMap((target) =>
  target.styles.flatMap((style) => AUTH_METHODS.map((auth) => ({ target, style, auth }))),
);
const PLAIN = [...' !#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~'];
const plainValue = fc.string({ unit: fc.constantFrom(...PLAIN), minLength: 1, maxLength: 75 });

async function prettierPrints(code: string, parser: string): Promise<string> {
  return prettier.format(code, { parser });
}

interface Input {
  request: GenerateRequest;
  values: string[];
}

function input(
  combination: (typeof COMBINATIONS)[number],
  values: string[],
  baseUrl?: string,
  redirectUri?: string,
): Input {
  const names = Object.keys(literalCredentials(combination.auth, {}));
  const credentials = Object.fromEntries(names.map((name, index) => [name, values[index % values.length]!]));
  const request: GenerateRequest = {
    target: combination.target.id as GenerateRequest['target'],
    style: combination.style.id as GenerateRequest['style'],
    auth: combination.auth,
    credentials: credentials as GenerateRequest['credentials'],
    validate: false,
  };
  if (baseUrl !== undefined) request.baseUrl = baseUrl;
  if (redirectUri !== undefined && combination.auth === 'oauth') request.redirectUri = redirectUri;
  const given = [...Object.values(credentials), request.baseUrl, request.redirectUri].filter(
    (value): value is string => value !== undefined,
  );
  return { request, values: given };
}

describe('prettierCouldChange', () => {
  it.each(
    COMBINATIONS.map(
      (combination) => [`${combination.target.id} ${combination.style.id} ${combination.auth}`, combination] as const,
    ),
  )('%s: where it says no, prettier agrees', async (_name, combination) => {
    let skipped = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(plainValue, { minLength: 1, maxLength: 3 }),
        fc.option(fc.domain(), { nil: undefined }),
        async (values, domain) => {
          const { request, values: given } = input(
            combination,
            values,
            domain && `https://${domain}`,
            domain && `https://${domain}/callback`,
          );
          const snippet = generateFromRequest(request);
          if (prettierCouldChange(snippet, given)) return;
          skipped++;
          expect(await prettierPrints(snippet.code, combination.style.prettierParser!)).toBe(snippet.code);
        },
      ),
      { numRuns: 12, seed: 14 },
    );
    expect(skipped, 'the property never reached a skip').toBeGreaterThan(0);
  });

  it('holds at every length of a value across the print width', async () => {
    for (const combination of COMBINATIONS.filter((c) => c.auth === 'ccg' || c.auth === 'jwt')) {
      for (let length = 1; length <= 70; length++) {
        const { request, values } = input(combination, ['7'.repeat(length)]);
        const snippet = generateFromRequest(request);
        const printed = await prettierPrints(snippet.code, combination.style.prettierParser!);
        if (!prettierCouldChange(snippet, values))
          expect(printed, `${combination.target.id} ${combination.style.id} length ${length}`).toBe(snippet.code);
      }
    }
  });

  it('says no for the values a user usually gives, so the CLI starts without prettier', () => {
    for (const combination of COMBINATIONS) {
      const request: GenerateRequest = {
        target: combination.target.id as GenerateRequest['target'],
        style: combination.style.id as GenerateRequest['style'],
        auth: combination.auth,
        credentials: literalCredentials(combination.auth, {}),
      };
      expect(prettierCouldChange(generateFromRequest(request), Object.values(request.credentials as object))).toBe(
        false,
      );
    }
  });

  it('says yes for any quote (the literal is written as prettier writes it, but the check stays on the safe side) and where prettier does rewrite: a line past the width', async () => {
    const quoted = generateFromRequest({ target: 'node', credentials: { token: 'say "hi"' }, validate: false });
    expect(prettierCouldChange(quoted, ['say "hi"'])).toBe(true);
    expect(await prettierPrints(quoted.code, 'babel')).toBe(quoted.code);

    const longId = '1'.repeat(70);
    const long = generateFromRequest({
      target: 'node',
      auth: 'ccg',
      credentials: { clientId: FAKE.clientId, clientSecret: FAKE.clientSecret, enterpriseId: longId },
      validate: false,
    });
    expect(prettierCouldChange(long, [FAKE.clientId, FAKE.clientSecret, longId])).toBe(true);
    expect(await prettierPrints(long.code, 'babel')).not.toBe(long.code);
  });

  it('never for Python, Java or C#, which prettier does not format', () => {
    for (const target of ['python', 'java', 'dotnet'] as const) {
      expect(
        prettierCouldChange(generateFromRequest({ target, credentials: { token: 'a"b' }, validate: false }), ['a"b']),
      ).toBe(false);
    }
  });
});
