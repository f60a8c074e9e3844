// Loads the templates of the programs a caller is about to render, each module once. The eager
// entry points (`box-snippet`, `box-snippet/core`) hold every module already, so there this
// returns at once; `box-snippet/core/lazy` and the CLI start with none.

import { addTemplateSet, hasTemplateSet } from './render.js';
import { TARGETS, type AuthMethodId, type TargetId } from './targets.js';
import { TEMPLATE_IMPORTS } from './templates/imports.generated.js';

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
 * Loads what generate() needs for the targets or options given (every target's templates when
 * none is given). Unknown targets and auth methods are left to generate() to report.
 */
export async function loadTemplates(...wanted: readonly TemplatesWanted[]): Promise<void> {
  const picks = wanted.length === 0 ? TARGETS.map((target) => target.id) : wanted;
  const loads = picks.flatMap((pick) => {
    const { target: id, auth } = typeof pick === 'string' ? { target: pick, auth: null } : pick;
    const folder = TARGETS.find((target) => target.id === id)?.templateDir;
    const imports = folder === undefined ? {} : (TEMPLATE_IMPORTS[folder] ?? {});
    const auths = auth === null ? Object.keys(imports) : [auth ?? 'developer-token'];
    return auths.filter((name) => imports[name] !== undefined).map((name) => ({ folder: folder!, auth: name }));
  });
  await Promise.all(
    loads
      .filter(
        ({ folder, auth }, index) =>
          loads.findIndex((other) => other.folder === folder && other.auth === auth) === index,
      )
      .filter(({ folder, auth }) => !hasTemplateSet(folder, auth))
      .map(async ({ folder, auth }) =>
        addTemplateSet(folder, auth, (await TEMPLATE_IMPORTS[folder]![auth]!()).default),
      ),
  );
}
