// The JSON outputs follow the JSON Schemas the package ships (box-snippet/schemas/snippet.json,
// …/targets.json and …/manifest.json): every program of every target, in every credential mode, as
// `--format json` prints it, `list --format json`, and the manifest.json of each `build` format. The schemas list every field, so one added, renamed or
// retyped without the schema fails here.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  generateAll,
  listTargets,
  manifestSchema,
  SCHEMA_VERSION,
  snippetSchema,
  targetsSchema,
} from '../src/core/index.js';
import { buildFiles, type BuildFormat } from '../src/cli/build.js';
import { renderOutput } from '../src/cli/render-output.js';
import { FAKE } from './support/cases.js';
import { runCli } from './support/cli.js';

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validSnippet = ajv.compile(snippetSchema());
const validTargets = ajv.compile(targetsSchema());
const validManifest = ajv.compile(manifestSchema());
const dist = join(import.meta.dirname, '..', 'dist', 'schemas');

describe('JSON Schemas of the JSON outputs', () => {
  it('are what the build ships', async () => {
    expect(JSON.parse(await readFile(join(dist, 'snippet.schema.json'), 'utf8'))).toEqual(snippetSchema());
    expect(JSON.parse(await readFile(join(dist, 'targets.schema.json'), 'utf8'))).toEqual(targetsSchema());
    expect(JSON.parse(await readFile(join(dist, 'manifest.schema.json'), 'utf8'))).toEqual(manifestSchema());
  });

  it('--format json: every program, in placeholder and env mode, follows the snippet schema', () => {
    const entries = [...generateAll('placeholder'), ...generateAll('env')];
    expect(entries.length).toBeGreaterThan(100);
    for (const { snippet } of entries) {
      const printed = JSON.parse(renderOutput(snippet, 'json'));
      expect(validSnippet(printed), `${snippet.target} ${snippet.auth}: ${ajv.errorsText(validSnippet.errors)}`).toBe(
        true,
      );
    }
  });

  it('--format json from the CLI, with a literal secret and an end-of-life package', async () => {
    for (const args of [
      ['--lang', 'ts', '--token', FAKE.token],
      ['--lang', 'java', '--sdk', 'legacy', '--package', 'com.box:box-java-sdk@4', '--auth', 'jwt', '--from-env'],
    ]) {
      const result = await runCli([...args, '--format', 'json']);
      expect(result.code, result.stderr).toBe(0);
      const printed = JSON.parse(result.stdout);
      expect(printed.schemaVersion).toBe(SCHEMA_VERSION);
      expect(validSnippet(printed), ajv.errorsText(validSnippet.errors)).toBe(true);
    }
  });

  it('list --format json follows the targets schema', async () => {
    const printed = JSON.parse((await runCli(['list', '--format', 'json'])).stdout);
    expect(validTargets(printed), ajv.errorsText(validTargets.errors)).toBe(true);
    expect(printed.targets).toEqual(JSON.parse(JSON.stringify(listTargets())));
  });

  it.each([
    ['files', 'placeholder', 'programs'],
    ['markdown', 'env', 'programs'],
    ['json', 'placeholder', 'programs'],
    ['mintlify', 'placeholder', 'tabs'],
    ['docusaurus', 'env', 'tabs'],
  ] as const)('build --format %s: manifest.json follows the manifest schema', async (format, credentials, rows) => {
    const files = await buildFiles({ format: format as BuildFormat, credentials, excerpt: false });
    const manifest = JSON.parse(files.get('manifest.json')!);
    expect(manifest.schemaVersion).toBe(SCHEMA_VERSION);
    expect(manifest[rows].length).toBeGreaterThan(20);
    expect(validManifest(manifest), ajv.errorsText(validManifest.errors)).toBe(true);
    // Not vacuous: a missing schemaVersion, a field it does not know or an unknown target fails.
    const [row] = manifest[rows];
    expect(validManifest({ [rows]: manifest[rows] })).toBe(false);
    expect(validManifest({ ...manifest, [rows]: [{ ...row, extra: 1 }] })).toBe(false);
    expect(validManifest({ ...manifest, [rows]: [{ ...row, target: 'cobol' }] })).toBe(false);
  });

  it('are not vacuous: a field they do not know, an unknown target or a missing schemaVersion fails', () => {
    const { snippet } = generateAll('env')[0]!;
    const printed = JSON.parse(renderOutput(snippet, 'json'));
    expect(validSnippet(printed)).toBe(true);
    expect(validSnippet({ ...printed, extra: 1 })).toBe(false);
    expect(validSnippet({ ...printed, target: 'cobol' })).toBe(false);
    expect(validSnippet({ ...printed, schemaVersion: undefined })).toBe(false);
    expect(validSnippet({ ...printed, package: { ...printed.package, packageId: 'x' } })).toBe(false);
  });
});
