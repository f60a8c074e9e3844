// Adds every target's rows, string encoders and templates at load time: imported by the eager
// entry points, so generate() works at once, with no loadTemplates() call.

import { LANGUAGE_STRINGS } from './encoders/index.js';
import { addTargets } from './loaded-targets.js';
import { addTemplateSet } from './render.js';
import { TARGETS } from './targets.js';
import { ALL_TEMPLATE_SETS } from './templates/all.generated.js';

addTargets(TARGETS, LANGUAGE_STRINGS);
for (const [folder, byAuth] of Object.entries(ALL_TEMPLATE_SETS))
  for (const [auth, set] of Object.entries(byAuth)) addTemplateSet(folder, auth, set);
