// `box-snippet/core/lazy` as a page uses it: it starts with no templates, and loadTemplates()
// brings exactly what it is asked for: one program's module (`{ target, auth }`), or every auth
// method's of a target. Each module is compiled for its auth method (scripts/compile-templates.mjs):
// its `auth.*` branches decided and its hints written in, so it carries no other method's code.
// This file imports nothing that registers every template (the eager entry points).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HINTS } from '../src/core/hints.js';
import { generate, isBoxSnippetError, loadTemplates } from '../src/core/lazy.js';
import { TARGETS } from '../src/core/targets.js';
import { TARGET_INDEX } from '../src/core/templates/imports.generated.js';

const root = join(import.meta.dirname, '..');
const snapshot = (path: string) => readFile(join(root, 'snapshots', path), 'utf8');
const moduleSource = (id: string) => readFile(join(root, 'src', 'core', 'templates', `${id}.generated.ts`), 'utf8');

describe('templates loaded on demand', () => {
  it('start with nothing: a known target asks for loadTemplates(), an unknown one is a usage error', () => {
    expect(() => generate({ target: 'java', auth: 'ccg' })).toThrow(
      "target: the java ccg templates are not loaded; call loadTemplates({ target: 'java', auth: 'ccg' }) first",
    );
    expect(() => generate({ target: 'cobol' as 'java' })).toThrow(/^target: expected one of python, python-legacy, /);
  });

  it('loads one program: the options given, and no other auth method of the target', async () => {
    await loadTemplates({ target: 'python' });
    expect(generate({ target: 'python', credentials: 'env' }).code).toBe(
      await snapshot('python/boxsdk/developer-token/env.py'),
    );
    let error: unknown;
    try {
      generate({ target: 'python', auth: 'ccg', credentials: 'env' });
    } catch (caught) {
      error = caught;
    }
    expect(isBoxSnippetError(error) && error.code).toBe('TEMPLATES_NOT_LOADED');
    expect((error as Error).message).toBe(
      "target: the python ccg templates are not loaded; call loadTemplates({ target: 'python', auth: 'ccg' }) first",
    );
    await loadTemplates({ target: 'python', auth: 'ccg' });
    expect(generate({ target: 'python', auth: 'ccg', credentials: 'env' }).code).toBe(
      await snapshot('python/boxsdk/ccg/env.py'),
    );
  });

  it('loads every auth method of a target given by id, and leaves unknown ids to generate()', async () => {
    await loadTemplates('curl', 'cobol', { target: 'curl', auth: 'jwt' });
    for (const auth of ['developer-token', 'ccg', 'oauth', 'app-token'] as const)
      expect(generate({ target: 'curl', auth, credentials: 'env' }).code).toBe(
        await snapshot(`curl/curl/${auth}/env.sh`),
      );
    // The target's row is loaded, so its own reason is given.
    expect(() => generate({ target: 'curl', auth: 'jwt' })).toThrow(/^auth: curl cannot do jwt: a JWT assertion/);
  });

  it("knows every target before its family loads: the registry's ids, families, folders and auth methods", () => {
    const known = (
      rows: readonly { id: string; family: string; templateDir: string; authMethods: readonly string[] }[],
    ) => rows.map(({ id, family, templateDir, authMethods }) => ({ id, family, templateDir, authMethods }));
    expect(known(TARGET_INDEX)).toEqual(known(TARGETS));
  });
});

describe('a module compiled for its auth method', () => {
  it("holds its own method's hints as literals, and no other method's branches or hints", async () => {
    const developerToken = await moduleSource('python.developer-token');
    const common = await moduleSource('python.common');
    const oauth = await moduleSource('python.oauth');
    // The hint's words in the module's JavaScript source, whatever the quoting and escaping.
    const words = (text: string) => text.replace(/[^A-Za-z0-9 ]/g, '');
    const holds = (source: string, hint: keyof typeof HINTS) => words(source).includes(words(HINTS[hint]));
    expect(holds(developerToken, 'developerToken')).toBe(true);
    expect(holds(oauth, 'authCodeExpired')).toBe(true);
    for (const other of ['authCodeExpired', 'jwtClock', 'ccgInvalidGrant', 'appToken'] as const)
      expect(holds(developerToken + common, other), other).toBe(false);
    // No condition on the auth method is left to decide at render time, and no OAuth 2.0 listener.
    for (const source of [developerToken, common, oauth]) expect(source).not.toMatch(/"auth"|"hint"/);
    expect(developerToken + common).not.toContain('HTTPServer');
    expect(oauth).toContain('HTTPServer');
  });
});
