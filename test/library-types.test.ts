// The library's types follow the registry: a wrong target, package or style, or a missing
// credential, is a compile error (checked by `npm run typecheck`, part of `npm test`), and the
// same mistakes made from JavaScript are thrown errors with a code.

import { describe, expect, it } from 'vitest';
import { BoxSnippetError, generate, type GenerateOptions } from '../src/core/index.js';

// Each call below must fail to compile; if one compiles, tsc reports the unused directive.
// Never called: the checks are the compiler's.
export function typeErrors(): void {
  // @ts-expect-error: not a target id
  generate({ target: 'pyhton' });
  // @ts-expect-error: a package of another target
  generate({ target: 'python', package: 'box-node-sdk' });
  // @ts-expect-error: an end-of-life major is picked by its --package value, which names the major
  generate({ target: 'python-legacy', package: 'boxsdk@4' });
  // @ts-expect-error: Python has no ESM style
  generate({ target: 'python', style: 'esm' });
  // @ts-expect-error: literal credentials need the token
  generate({ target: 'node', credentials: { clientId: 'a', clientSecret: 'b' } });
  // @ts-expect-error: the client id needs its secret
  generate({ target: 'node', credentials: { token: 't', clientId: 'a' } });
}

describe('generate() at run time', () => {
  it.each([
    [{ target: 'pyhton' }, 'UNKNOWN_TARGET'],
    [{ target: 'python', package: 'box-node-sdk' }, 'UNKNOWN_PACKAGE'],
    [{ target: 'python', style: 'esm' }, 'UNKNOWN_MODULE_STYLE'],
    [{ target: 'python-legacy', package: 'boxsdk@4' }, 'UNKNOWN_PACKAGE'],
    [{ target: 'node', credentials: { clientId: 'a'.repeat(32), clientSecret: 'b'.repeat(32) } }, 'MISSING_CREDENTIAL'],
    [{ target: 'node', credentials: { token: 'T'.repeat(32), clientId: 'a'.repeat(32) } }, 'MISSING_CREDENTIAL'],
    [{ target: 'node', credentials: { token: 'short' } }, 'INVALID_CREDENTIAL'],
    [{ target: 'node', auth: 'kerberos' }, 'UNSUPPORTED_AUTH'],
    [{ target: 'java', baseUrl: 'http://127.0.0.1' }, 'INVALID_BASE_URL'],
  ])('%j throws %s', (options, code) => {
    let caught: unknown;
    try {
      generate(options as GenerateOptions);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BoxSnippetError);
    expect((caught as BoxSnippetError).code).toBe(code);
  });

  it('accepts a well-typed call', () => {
    const options: GenerateOptions<'node'> = {
      target: 'node',
      package: 'box-typescript-sdk-gen',
      style: 'esm',
      credentials: 'env',
    };
    expect(generate(options).fileName).toBe('get-current-user.mjs');
  });

  it("picks a classic line's end-of-life major by its --package value, and its successor by the name", () => {
    const old = generate({ target: 'python-legacy', package: 'boxsdk@3', credentials: 'env' });
    expect(old.package).toMatchObject({ id: 'boxsdk@3', name: 'boxsdk', versionRange: '3.x', status: 'end-of-life' });
    expect(old.package.endOfLife?.date).toBe('23 Oct 2025');
    const current = generate({ target: 'python-legacy', package: 'boxsdk', credentials: 'env' });
    expect(current.package).toEqual({ id: 'boxsdk', name: 'boxsdk', versionRange: '4.x', status: 'classic' });
    expect(current.install.map((step) => step.text)).toEqual([
      'python3 -m venv .venv && .venv/bin/pip install "boxsdk[jwt]>=4,<5"',
    ]);
  });
});
