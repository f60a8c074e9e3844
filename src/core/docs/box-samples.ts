// `build --format box-samples`: for each repository Box's docs build reads samples from, one
// Markdown file of `<!-- sample <key> [variant] -->` blocks, each followed by one fenced block,
// exactly as box-mintlify's add-code-samples script matches them: `get_users_me` (the API
// reference's "Get current user") and `x_auth` with the SDKs' own variant names (the guides).

import type { Subject } from '../credentials.js';
import type { Snippet } from '../snippet.js';
import { findTarget, type AuthMethodId, type Target } from '../targets.js';
import { docsSnippet } from './tabs.js';
import {
  BOX_SAMPLE_SOURCES,
  CURRENT_USER_OPERATION,
  X_AUTH_VARIANTS,
  type BoxSampleSource,
  type XAuthVariant,
} from './box-sources.js';
import { fence } from './markdown.js';

export interface BoxSample {
  /** `get_users_me`, or `x_auth`. */
  readonly key: string;
  readonly variant?: string;
  /** What the block shows, for the heading above it. */
  readonly title: string;
  readonly snippet: Snippet;
}

export interface BoxSampleFile {
  readonly source: BoxSampleSource;
  /** Where the file goes: `<repository>/<folder>/box-snippet-samples.md`. */
  readonly path: string;
  readonly samples: readonly BoxSample[];
}

const FILE_NAME = 'box-snippet-samples.md';

/** Every source's samples: the Developer Token program as get_users_me, each flow as its x_auth variant. */
export function boxSampleFiles(credentials: 'placeholder' | 'env'): BoxSampleFile[] {
  return BOX_SAMPLE_SOURCES.map((source) => {
    const target = findTarget(source.target)!;
    const program = (auth: AuthMethodId, subject?: Subject) => docsSnippet(target, { auth, credentials, subject });
    const variants = X_AUTH_VARIANTS.filter(
      (row): row is XAuthVariant & { flow: NonNullable<XAuthVariant['flow']> } =>
        row.flow !== undefined && supports(target, row.flow.auth),
    );
    const samples: BoxSample[] = [
      {
        key: CURRENT_USER_OPERATION.operationId,
        title: CURRENT_USER_OPERATION.summary,
        snippet: program('developer-token'),
      },
      ...variants.map((row) => ({
        key: 'x_auth',
        variant: row.variant,
        title: `x_auth ${row.variant}`,
        snippet: program(row.flow.auth, row.flow.subject),
      })),
    ];
    const folder = source.folder === '' ? '' : `${source.folder}/`;
    return { source, path: `${source.repository}/${folder}${FILE_NAME}`, samples };
  });
}

function supports(target: Target, auth: string): boolean {
  return (target.authMethods as readonly string[]).includes(auth);
}

/** The Markdown file: a marker line right above each fence, as Box's extractor wants it. */
export function renderBoxSampleFile(file: BoxSampleFile, excerpt: boolean): string {
  const { source } = file;
  const blocks = file.samples.map((sample) => {
    const marker = sample.variant === undefined ? sample.key : `${sample.key} ${sample.variant}`;
    const text = excerpt ? sample.snippet.excerpt.code : sample.snippet.code;
    return [`## ${sample.title}`, `<!-- sample ${marker} -->`, fence(sample.snippet.languageTag, text)].join('\n\n');
  });
  const intro =
    `Samples for Box's docs build (lang \`${source.lang}\`): each block is keyed by the comment above it. ` +
    (excerpt
      ? 'Each shows the lines that set up the client and make the first call, taken from a complete program.'
      : 'Each is a complete program: it installs as its header says and prints the current user.');
  return [`# Box SDK client set-up samples`, intro, ...blocks].join('\n\n') + '\n';
}
