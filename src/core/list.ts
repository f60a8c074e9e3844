// One row per target × package, for `box-snippet list` and docs tables.

import type { PackageSummary } from './snippet.js';
import { packageSummary } from './target-row.js';
import { TARGETS, type AuthMethodId, type SdkLine, type Target, type TargetId } from './targets.js';

export interface TargetSummary {
  readonly target: TargetId;
  readonly title: string;
  /** The label of Box's docs tab for the target (its default package). */
  readonly tabLabel: string;
  readonly sdkLine: SdkLine;
  /** The same shape as a Snippet's `package`. */
  readonly package: PackageSummary;
  readonly isDefaultPackage: boolean;
  readonly styles: readonly string[];
  readonly authMethods: readonly AuthMethodId[];
  /** Why a user would pick this package. */
  readonly note: string;
}

export { packageSummary } from './target-row.js';

export function listTargets(): TargetSummary[] {
  return (TARGETS as readonly Target[]).flatMap((target) =>
    target.packages.map((pkg, index) => ({
      target: target.id as TargetId,
      title: target.title,
      tabLabel: target.tab.label,
      sdkLine: target.line,
      package: packageSummary(pkg),
      isDefaultPackage: index === 0,
      styles: target.styles.map((style) => style.id),
      authMethods: [...target.authMethods],
      note: pkg.note,
    })),
  );
}
