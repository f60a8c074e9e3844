// A target as its family's file writes it (src/core/target-rows/), and what the registry derives
// from it. Apart from targets.ts, which holds every family's rows: what loads one family (a page
// that shows one program, the CLI) loads this and that family only.

import { AUTH_METHODS, type AuthMethodId } from './credentials.js';
import type { Language, LanguageStrings } from './encoders/index.js';
import type { PackageSummary } from './snippet.js';
import type { PackageLine, Target } from './targets.js';

export type TargetRow = Omit<Target, 'authMethods'>;

/**
 * The row with what is derived from it: every auth method but those in `unsupportedAuth`, in
 * AUTH_METHODS order, so a new auth method reaches every target that does not say why it cannot.
 */
export function withAuthMethods<Row extends TargetRow>(
  row: Row,
): Row & { readonly authMethods: readonly AuthMethodId[] } {
  return { ...row, authMethods: AUTH_METHODS.filter((id) => !(id in (row.unsupportedAuth ?? {}))) };
}

/** What a family's file (src/core/target-rows/<family>.ts) gives generate(): its rows, and its languages' strings. */
export interface TargetFamily {
  readonly ROWS: readonly TargetRow[];
  readonly STRINGS: Readonly<Partial<Record<Language, LanguageStrings>>>;
}

/** The value of `--package` that picks this row of its target. */
export function packageId(pkg: PackageLine): string {
  return pkg.id ?? pkg.name;
}

/** A registry package as every output names it. */
export function packageSummary(pkg: PackageLine): PackageSummary {
  return {
    id: packageId(pkg),
    name: pkg.name,
    versionRange: pkg.versionRange,
    status: pkg.status,
    ...(pkg.endOfLife === undefined ? {} : { endOfLife: pkg.endOfLife }),
  };
}
