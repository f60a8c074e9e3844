// Adds every target's templates at load time: imported by the eager entry points, so generate()
// works at once, with no loadTemplates() call.

import { addTemplateSet } from './render.js';
import { ALL_TEMPLATE_SETS } from './templates/all.generated.js';

for (const [folder, byAuth] of Object.entries(ALL_TEMPLATE_SETS))
  for (const [auth, set] of Object.entries(byAuth)) addTemplateSet(folder, auth, set);
