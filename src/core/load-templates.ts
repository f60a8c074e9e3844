// Loads the templates of the targets a caller is about to render, each template folder once. The
// eager entry points (`box-snippet`, `box-snippet/core`) hold every set already, so there this
// returns at once; `box-snippet/core/lazy` and the CLI start with none.

import { addTemplateSet, hasTemplateSet } from './render.js';
import { TARGETS, type TargetId } from './targets.js';
import { TEMPLATE_IMPORTS } from './templates/imports.generated.js';

/** Loads the templates of the given targets (every target when none is given); unknown ids are left to generate() to report. */
export async function loadTemplates(...targets: readonly (TargetId | string)[]): Promise<void> {
  const wanted = targets.length === 0 ? TARGETS : TARGETS.filter((target) => targets.includes(target.id));
  await Promise.all(
    wanted
      .filter((target) => !hasTemplateSet(target.templateDir))
      .map(async (target) => {
        const { default: set } = await TEMPLATE_IMPORTS[target.templateDir]!();
        addTemplateSet(target.templateDir, set);
      }),
  );
}
