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
  render?: Render;
}

/** By `<folder>/<auth>`. */
const sets = new Map<string, LoadedSet>();

export function addTemplateSet(folder: string, auth: string, set: TemplateSet): void {
  if (!sets.has(`${folder}/${auth}`)) sets.set(`${folder}/${auth}`, { set });
}

export function hasTemplateSet(folder: string, auth: string): boolean {
  return sets.has(`${folder}/${auth}`);
}

function compile({ template, partials }: TemplateSet): Render {
  const environment = Handlebars.create();
  for (const [name, spec] of Object.entries(partials)) {
    environment.registerPartial(name, environment.template(spec as TemplateSpecification));
  }
  return environment.template(template as TemplateSpecification) as Render;
}

/**
 * Renders templates/<folder>/<auth>.hbs; `target` names the target for the error when its
 * templates are not loaded.
 */
export function renderTemplate(folder: string, auth: string, context: object, target: string): string {
  const loaded = sets.get(`${folder}/${auth}`);
  if (loaded === undefined) throw templatesNotLoaded(target, auth);
  loaded.render ??= compile(loaded.set);
  return tidy(loaded.render(context));
}

/** generate() in `box-snippet/core/lazy` before loadTemplates() brought what the program needs. */
export function templatesNotLoaded(target: string, auth: string): BoxSnippetError {
  return new BoxSnippetError(
    'TEMPLATES_NOT_LOADED',
    `target: the ${target} ${auth} templates are not loaded; call loadTemplates({ target: '${target}', auth: '${auth}' }) first`,
    'target',
  );
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
