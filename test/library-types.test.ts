// The library's types follow the registry: a wrong target, package or style, or a missing
// credential, is a compile error (checked by `npm run typecheck`, part of `npm test`), and the
// same mistakes made from JavaScript are thrown errors with a code.

import { describe, expect, it } from 'vitest';
import { BoxSnippetError, generate, type GenerateOptions } from '../src/core/index.js';
import { CLI_NAMING } from '../src/cli/options.js';

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
    // In the library's words: its options, never the CLI's flags.
    expect((caught as BoxSnippetError).message).not.toMatch(/--[a-z]/);
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

describe('error messages', () => {
  const thrown = (options: object): BoxSnippetError => {
    try {
      generate(options as GenerateOptions);
    } catch (error) {
      return error as BoxSnippetError;
    }
    throw new Error('expected generate() to throw');
  };

  it.each([
    [
      { target: 'node', credentials: { clientId: 'a'.repeat(32), clientSecret: 'b'.repeat(32) } },
      "token: required for Developer Token auth (or use credentials: 'env' to read BOX_DEVELOPER_TOKEN at run time)",
      '--token: required for Developer Token auth (or use --from-env to read BOX_DEVELOPER_TOKEN at run time)',
    ],
    [
      { target: 'node', credentials: { token: 'short' } },
      'token: expected a Box Developer Token: 32 letters and digits, got 5 characters (use validate: false to accept it as is)',
      '--token: expected a Box Developer Token: 32 letters and digits, got 5 characters (use --no-validate to accept it as is)',
    ],
    [
      { target: 'curl', credentials: 'env', includeOptionalCredentials: true },
      'includeOptionalCredentials: the curl Developer Token program does not use the client ID and secret; drop includeOptionalCredentials',
      '--with-client-credentials: the curl Developer Token program does not use the client ID and secret; drop --with-client-credentials',
    ],
    [
      { target: 'python', auth: 'ccg', credentials: { clientId: 'a'.repeat(32), clientSecret: 'b'.repeat(32) } },
      'enterpriseId or userId: Client Credentials Grant auth acts as an enterprise or a user; give exactly one of them',
      '--enterprise-id or --user-id: Client Credentials Grant auth acts as an enterprise or a user; give exactly one of them',
    ],
    [
      { target: 'python', package: 'box-node-sdk' },
      'package: python offers boxsdk, box-sdk-gen; got "box-node-sdk"',
      '--package: python offers boxsdk, box-sdk-gen; got "box-node-sdk"',
    ],
  ])('name options in the library and flags in the CLI: %j', (options, library, cli) => {
    const error = thrown(options);
    expect(error.message).toBe(library);
    expect(error.messageIn(CLI_NAMING)).toBe(cli);
  });
});
