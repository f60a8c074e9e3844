// One row per target × package, for `box-snippet list` and docs tables.

import {
  TARGETS,
  packageId,
  type AuthMethodId,
  type EndOfLife,
  type PackageStatus,
  type SdkLine,
  type Target,
} from './targets.js';

export interface TargetSummary {
  target: string;
  title: string;
  /** The label of Box's docs tab for the target (its default package). */
  tabLabel: string;
  sdkLine: SdkLine;
  /** The value of `--package` that picks this row. */
  packageId: string;
  package: string;
  versionRange: string;
  status: PackageStatus;
  isDefaultPackage: boolean;
  styles: string[];
  authMethods: AuthMethodId[];
  note: string;
  /** Set for an end-of-life package: its date, successor and Box's migration guide. */
  endOfLife?: EndOfLife;
}

export function listTargets(): TargetSummary[] {
  return (TARGETS as readonly Target[]).flatMap((target) =>
    target.packages.map((pkg, index) => ({
      target: target.id,
      title: target.title,
      tabLabel: target.tab.label,
      sdkLine: target.line,
      packageId: packageId(pkg),
      package: pkg.name,
      versionRange: pkg.versionRange,
      status: pkg.status,
      isDefaultPackage: index === 0,
      styles: target.styles.map((style) => style.id),
      authMethods: [...target.authMethods],
      note: pkg.note,
      ...(pkg.endOfLife === undefined ? {} : { endOfLife: pkg.endOfLife }),
    })),
  );
}
