// Loads what generate() needs to render the programs a caller is about to show: each target's
// family (its registry rows and string encoder) and the templates of each program, each module
// once. The eager entry points (`box-snippet`, `box-snippet/core`) hold everything already, so
// there this returns at once; `box-snippet/core/lazy` and the CLI start with nothing.

import { addTargets, loadedTarget } from './loaded-targets.js';
import { addTemplateSet, hasTemplateSet } from './render.js';
import { withAuthMethods } from './target-row.js';
import type { AuthMethodId, TargetId } from './targets.js';
import { TARGET_INDEX, TEMPLATE_IMPORTS } from './templates/imports.generated.js';

/**
 * A target id: its templates for every auth method it offers. Options as generate() takes them
 * (`{ target, auth }`, auth defaulting to a Developer Token as there): that one program's
 * templates, which is all a page that shows one program needs.
 */
export type TemplatesWanted =
  | TargetId
  | (string & {})
  | { readonly target: TargetId | (string & {}); readonly auth?: AuthMethodId | (string & {}) };

/**
 * Loads what generate() needs for the targets or options given (every target's when none is
 * given). Unknown targets and auth methods are left to generate() to report.
 */
export async function loadTemplates(...wanted: readonly TemplatesWanted[]): Promise<void> {
  const picks = wanted.length === 0 ? TARGET_INDEX.map((entry) => entry.id) : wanted;
  const loads = new Map<string, () => Promise<void>>();
  for (const pick of picks) {
    const { target: id, auth } = typeof pick === 'string' ? { target: pick, auth: null } : pick;
    const entry = TARGET_INDEX.find((candidate) => candidate.id === id);
    if (entry === undefined) continue;
    if (loadedTarget(entry.id) === undefined) {
      loads.set(`family ${entry.family}`, async () => {
        const family = await entry.load();
        addTargets(family.ROWS.map(withAuthMethods), family.STRINGS);
      });
    }
    const imports = TEMPLATE_IMPORTS[entry.templateDir] ?? {};
    for (const name of auth === null ? Object.keys(imports) : [auth ?? 'developer-token']) {
      const load = imports[name];
      if (load === undefined || hasTemplateSet(entry.templateDir, name)) continue;
      loads.set(`templates ${entry.templateDir}/${name}`, async () =>
        addTemplateSet(entry.templateDir, name, (await load()).default),
      );
    }
  }
  await Promise.all([...loads.values()].map((load) => load()));
}
