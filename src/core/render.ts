// Renders a precompiled template. Uses only the Handlebars runtime, in an environment of its own
// so nothing registered elsewhere in the host application can leak into the programs.

import Handlebars from 'handlebars/runtime.js';
import { PARTIAL_SPECS, TEMPLATE_SPECS } from './templates.generated.js';

type Render = (context: object) => string;

let environment: typeof Handlebars | undefined;
const compiled = new Map<string, Render>();

function runtime(): typeof Handlebars {
  if (environment === undefined) {
    environment = Handlebars.create();
    for (const [name, spec] of Object.entries(PARTIAL_SPECS)) {
      environment.registerPartial(name, environment.template(spec as TemplateSpecification));
    }
  }
  return environment;
}

export function templateNames(): string[] {
  return Object.keys(TEMPLATE_SPECS).sort();
}

export function renderTemplate(name: string, context: object): string {
  let render = compiled.get(name);
  if (render === undefined) {
    const spec = TEMPLATE_SPECS[name];
    if (spec === undefined) throw new Error(`internal: no template named ${name}`);
    render = runtime().template(spec as TemplateSpecification) as Render;
    compiled.set(name, render);
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
