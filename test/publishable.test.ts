// `npm publish` runs scripts/check-publishable.mjs first (prepublishOnly): no package reaches npm
// with a page whose README links and screenshot are broken. `npm pack`, which the tarball test and
// a user's own build run, is not held back by it.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const script = join(root, 'scripts', 'check-publishable.mjs');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function check(fields: Record<string, unknown>) {
  const file = join(mkdtempSync(join(tmpdir(), 'publishable-')), 'package.json');
  writeFileSync(file, JSON.stringify({ ...manifest, ...fields }));
  return spawnSync(process.execPath, [script, file], { encoding: 'utf8' });
}

describe('publishing', () => {
  it('runs the check before npm publish only', () => {
    expect(manifest.scripts.prepublishOnly).toBe('node scripts/check-publishable.mjs');
    expect(Object.keys(manifest.scripts).filter((name) => /^(pre|post)?pack$/.test(name))).toEqual([]);
  });

  it('refuses a package without repository, homepage and bugs, naming each in one line', () => {
    const result = check({ repository: undefined, homepage: undefined, bugs: undefined });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('set repository, homepage, bugs before publishing');
    expect(check({ homepage: 'http://example.org', bugs: 'https://example.org/issues' }).stderr).toContain(
      'set repository, homepage before publishing',
    );
  });

  it('lets a package with all three through', () => {
    const result = check({
      repository: { type: 'git', url: 'git+https://example.org/box-snippet.git' },
      homepage: 'https://example.org/box-snippet#readme',
      bugs: { url: 'https://example.org/box-snippet/issues' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
