// The target rows and string literals generate() can use: every family's at once in the eager
// entry points (templates-eager.ts); in `box-snippet/core/lazy` and the CLI, each family's when
// loadTemplates() brings it, with the templates of the program asked for. So a page that shows one
// program holds one family's rows and one encoder, not the registry.

import type { Language, LanguageStrings } from './encoders/index.js';
import type { AuthMethodId, Family, Target } from './targets.js';
import type { TargetFamily } from './target-row.js';

/** What is known of every target before its family is loaded (written by scripts/compile-templates.mjs). */
export interface TargetIndexEntry {
  readonly id: string;
  readonly family: Family;
  readonly templateDir: string;
  readonly authMethods: readonly AuthMethodId[];
  /** Its family's file, src/core/target-rows/<family>.ts. */
  readonly load: () => Promise<TargetFamily>;
}

const targets = new Map<string, Target>();
const strings = new Map<string, LanguageStrings>();

export function addTargets(
  rows: readonly Target[],
  languages: Readonly<Partial<Record<Language, LanguageStrings>>>,
): void {
  for (const row of rows) if (!targets.has(row.id)) targets.set(row.id, row);
  for (const [language, entry] of Object.entries(languages)) strings.set(language, entry);
}

export function loadedTarget(id: string): Target | undefined {
  return targets.get(id);
}

/** The string literals of a loaded target's language. */
export function languageStrings(language: Language): LanguageStrings {
  const entry = strings.get(language);
  if (entry === undefined) throw new Error(`internal: no string encoder loaded for ${language}`);
  return entry;
}
