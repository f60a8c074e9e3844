// Mintlify's MDX formatter, the one `mint format` runs: `mdxToPm` then `pmToMdx` with
// `canonicalPmToMdxOptions` from @mintlify/cli's bin/vendor/converter.js. The package is
// Elastic-2.0 licensed and about 300 MB with its dependencies, so it is neither copied into the
// repository nor a devDependency: the first run installs the pinned version into the git-ignored
// .cache/ folder, and later runs reuse it.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

export const MINTLIFY_CLI_VERSION = '4.0.1552';

const FOLDER = join(import.meta.dirname, '..', '..', '.cache', `mintlify-cli-${MINTLIFY_CLI_VERSION}`);
export const MINTLIFY_CLI = join(FOLDER, 'node_modules', '@mintlify', 'cli');

interface Converter {
  mdxToPm(mdx: string): { doc: unknown; frontmatter: Record<string, unknown> };
  pmToMdx(doc: unknown, options: Record<string, unknown>): string;
  canonicalPmToMdxOptions: Record<string, unknown>;
}

/** One pass of `mint format` over one file's text (it writes the file only when this differs). */
export type MintlifyFormat = (mdx: string) => string;

export async function mintlifyFormatter(): Promise<MintlifyFormat> {
  if (!existsSync(MINTLIFY_CLI)) await install();
  const converter = (await import(
    pathToFileURL(join(MINTLIFY_CLI, 'bin', 'vendor', 'converter.js')).href
  )) as Converter;
  return (mdx) => {
    const { doc, frontmatter } = converter.mdxToPm(mdx);
    return `${converter.pmToMdx(doc, { frontmatter, ...converter.canonicalPmToMdxOptions })}\n`;
  };
}

/** Installs into a folder of its own, then renames it into place, so a failed or concurrent run leaves no half-installed copy behind. */
async function install(): Promise<void> {
  const partial = `${FOLDER}.partial-${process.pid}`;
  await mkdir(partial, { recursive: true });
  await writeFile(join(partial, 'package.json'), '{ "private": true }\n');
  try {
    await promisify(execFile)(
      'npm',
      [
        'install',
        '--no-save',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--omit=dev',
        // Only the formatter is used: no native image tools, no scripts.
        '--omit=optional',
        `@mintlify/cli@${MINTLIFY_CLI_VERSION}`,
      ],
      { cwd: partial, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw new Error(
      `could not install @mintlify/cli@${MINTLIFY_CLI_VERSION} into ${FOLDER} (the npm registry is needed once)`,
      { cause: error },
    );
  }
  if (existsSync(FOLDER)) await rm(partial, { recursive: true, force: true });
  else await rename(partial, FOLDER);
}
