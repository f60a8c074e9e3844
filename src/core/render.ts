// Renders a precompiled template. Uses only the Handlebars runtime, in an environment per template
// set, so nothing registered elsewhere in the host application can leak into the programs. The
// sets are added by the entry points: all at once (`box-snippet/core`), or each when its target
// is first needed (loadTemplates, `box-snippet/core/lazy`).

import Handlebars from 'handlebars/runtime.js';
import { BoxSnippetError } from './errors.js';
import type { TemplateSet } from './template-set.js';

type Render = (context: object) => string;

interface LoadedSet {
  readonly set: TemplateSet;
  environment?: typeof Handlebars;
  readonly compiled: Map<string, Render>;
}

const sets = new Map<string, LoadedSet>();

export function addTemplateSet(folder: string, set: TemplateSet): void {
  if (!sets.has(folder)) sets.set(folder, { set, compiled: new Map() });
}

export function hasTemplateSet(folder: string): boolean {
  return sets.has(folder);
}

function environment(loaded: LoadedSet): typeof Handlebars {
  if (loaded.environment === undefined) {
    const created = Handlebars.create();
    for (const [name, spec] of Object.entries(loaded.set.partials)) {
      created.registerPartial(name, created.template(spec as TemplateSpecification));
    }
    loaded.environment = created;
  }
  return loaded.environment;
}

/** Renders templates/<folder>/<auth>.hbs; `target` names the target for the error when its set is not loaded. */
export function renderTemplate(folder: string, auth: string, context: object, target: string): string {
  const loaded = sets.get(folder);
  if (loaded === undefined) {
    throw new BoxSnippetError(
      'TEMPLATES_NOT_LOADED',
      `target: the ${target} templates are not loaded; call loadTemplates('${target}') first`,
      'target',
    );
  }
  let render = loaded.compiled.get(auth);
  if (render === undefined) {
    const spec = loaded.set.templates[auth];
    if (spec === undefined) throw new Error(`internal: no template ${folder}/${auth}`);
    render = environment(loaded).template(spec as TemplateSpecification) as Render;
    loaded.compiled.set(auth, render);
  }
  return tidy(render(context));
}

/**
 * Optional blocks leave runs of blank lines behind; a program never needs more than two. No string
 * literal has a line ending in a blank or a blank line (every encoder escapes line breaks but the
 * shell one, which writes each alone in double quotes), so this touches template text only.
 */
function tidy(code: string): string {
  return `${code
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{4,}/g, '\n\n\n')
    .trim()}\n`;
}
