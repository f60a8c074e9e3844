// A linter for Box's sample markers: the `<!-- sample <key> [variant] -->` comments that
// box-mintlify's add-code-samples script turns into x-codeSamples. A marker the script misreads
// drops its sample silently (every v10 SDK's `<!-- sample post_oauth2_token --->` is keyed
// `post_oauth2_token#-` and matches no operation), so each problem is named with its line.

import { X_AUTH_VARIANTS } from './box-sources.js';

export interface SampleMarkerProblem {
  /** 1-based. */
  readonly line: number;
  readonly message: string;
}

export interface SampleMarker {
  readonly line: number;
  readonly key: string;
  readonly variant?: string;
}

/** A well-formed marker: Box's stricter key pattern ([a-zA-Z0-9_.]+), two dashes each side. */
const MARKER = /^<!-- sample ([a-zA-Z0-9_.]+)(?: ([a-zA-Z0-9_.]+))? -->$/;
/** Any comment meant as a marker, well formed or not. */
const LOOKS_LIKE_MARKER = /<!--\s*sample\b/;

/**
 * The markers of a Markdown text and what is wrong with them: malformed comments, keys that are
 * no operation of `operationIds` (`<id>` or `<id>#<variant>`, as Box keys them) and no known
 * x_auth variant, and markers with no fenced block right below.
 */
export function lintSampleMarkers(
  markdown: string,
  operationIds: ReadonlySet<string>,
): { markers: SampleMarker[]; problems: SampleMarkerProblem[] } {
  const lines = markdown.split(/\r?\n/);
  const markers: SampleMarker[] = [];
  const problems: SampleMarkerProblem[] = [];
  const knownVariants = new Set(X_AUTH_VARIANTS.map((row) => row.variant));
  lines.forEach((text, index) => {
    if (!LOOKS_LIKE_MARKER.test(text)) return;
    const line = index + 1;
    const trimmed = text.trim();
    const match = MARKER.exec(trimmed);
    if (match === null) {
      const reason = /[^-]--->\s*$|^<!--.*--->/.test(trimmed)
        ? 'ends in "--->"; Box reads the extra dash as a variant ("#-"), and the sample reaches no operation'
        : 'is not "<!-- sample <key> [variant] -->" with keys of letters, digits, "_" and "."';
      problems.push({ line, message: `marker ${JSON.stringify(trimmed)} ${reason}` });
      return;
    }
    const [, key, variant] = match as unknown as [string, string, string | undefined];
    markers.push({ line, key, ...(variant === undefined ? {} : { variant }) });
    if (key === 'x_auth') {
      if (variant === undefined) problems.push({ line, message: 'x_auth needs a variant, e.g. init_with_dev_token' });
      else if (!knownVariants.has(variant))
        problems.push({ line, message: `x_auth variant "${variant}" is none of ${[...knownVariants].join(', ')}` });
    } else {
      const id = variant === undefined ? key : `${key}#${variant}`;
      if (!operationIds.has(id)) problems.push({ line, message: `"${id}" is no operationId of the API description` });
    }
    const next = lines.slice(index + 1).find((candidate) => candidate.trim() !== '');
    if (next === undefined || !/^\s*(```|~~~)/.test(next))
      problems.push({ line, message: 'no fenced code block follows the marker' });
  });
  return { markers, problems };
}
