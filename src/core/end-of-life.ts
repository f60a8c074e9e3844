// The one-line notice for a program written for an end-of-life package, from the registry's data.

import type { Snippet } from './snippet.js';
import { findTarget, packageId } from './targets.js';

/** `null` for a supported package; else when it ended, what replaces it, and Box's guide. */
export function endOfLifeNotice(snippet: Snippet): string | null {
  const eol = snippet.package.endOfLife;
  if (eol === undefined) return null;
  const successor = findTarget(snippet.target)?.packages.find((pkg) => packageId(pkg) === eol.successor);
  const next = successor === undefined ? eol.successor : `${successor.name} ${successor.versionRange}`;
  return (
    `${snippet.package.name} ${snippet.package.versionRange} is end-of-life since ${eol.date}; ` +
    `the maintained line is ${next} (--package ${eol.successor}). See "${eol.guide.title}": ${eol.guide.url}`
  );
}
