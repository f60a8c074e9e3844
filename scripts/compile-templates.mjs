#!/usr/bin/env node
// Precompiles templates/**/*.hbs into one module per template folder,
// src/core/templates/<folder>.generated.ts, so the core carries its templates as code: it reads
// no files, a browser bundle needs only the Handlebars runtime, and a page or a CLI run that shows
// one target loads that target's templates only. templates/<folder>/<auth>.hbs is the template
// "<auth>" of that folder's set; a set also holds the partials (templates/_partials/<language>/…,
// named by their path below _partials) that its templates use, directly or through other partials.
// Also written: templates/imports.generated.ts (each set as a dynamic import, for loading on
// demand) and templates/all.generated.ts (every set, for the eager entry points).

import Handlebars from 'handlebars';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const templatesDir = join(root, 'templates');
const outDir = join(root, 'src', 'core', 'templates');

/** Strict: a missing variable is an error, never an empty string. noEscape: the output is code. */
export const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  // Handlebars' own block helpers only (none other is ever registered): no code for the case of
  // a helper registered later, which every {{name}} would otherwise carry.
  knownHelpers: { if: true, unless: true, each: true },
  knownHelpersOnly: true,
};

async function listTemplates(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.hbs'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** The names of the partials a template's syntax tree calls, and of those it defines inline. */
function partialNames(node, found = { calls: new Set(), inline: new Set() }) {
  if (Array.isArray(node)) for (const child of node) partialNames(child, found);
  else if (node !== null && typeof node === 'object') {
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') found.calls.add(node.name.original);
    if (node.type === 'DecoratorBlock' && node.path.original === 'inline') found.inline.add(node.params[0].value);
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') partialNames(value, found);
  }
  return found;
}

const sources = new Map();
for (const file of await listTemplates(templatesDir)) {
  const name = relative(templatesDir, file)
    .split(sep)
    .join('/')
    .replace(/\.hbs$/, '');
  sources.set(name, await readFile(file, 'utf8'));
}

const LOCATION = String.raw`\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\}`;

/**
 * The compiled template without what only a browser page would pay for and no run uses: the
 * source locations Handlebars keeps for the messages of errors these templates never raise
 * (test/templates.test.ts renders every one with every input), and the fallback for
 * `container.lookupProperty` that runtimes before 4.3 lacked (the spec requires ">= 4.3.0").
 */
function slim(spec) {
  return spec
    .replace(new RegExp(`,"loc":${LOCATION}`, 'g'), '')
    .replace(new RegExp(`, ${LOCATION} \\)`, 'g'), ')')
    .replace(
      /lookupProperty = container\.lookupProperty \|\| function\(parent, propertyName\) \{[^}]*\}\s*return undefined\s*\}/g,
      'lookupProperty = container.lookupProperty',
    );
}

function compile(name) {
  const source = sources.get(name);
  try {
    return { spec: slim(Handlebars.precompile(source, COMPILE_OPTIONS)), ...partialNames(Handlebars.parse(source)) };
  } catch (error) {
    throw new Error(`templates/${name}.hbs: ${error.message}`, { cause: error });
  }
}

const compiled = new Map([...sources.keys()].map((name) => [name, compile(name)]));
const partialFile = (partial) => `_partials/${partial}`;
/** `{{#*inline "body"}}` names: a caller's inline block that a partial calls, never a file. */
const inlineNames = new Set([...compiled.values()].flatMap((template) => [...template.inline]));

/** Every partial a template needs, through other partials too, sorted. */
function partialsNeeded(name, needed = new Set()) {
  for (const partial of compiled.get(name).calls) {
    if (needed.has(partial) || inlineNames.has(partial)) continue;
    if (!compiled.has(partialFile(partial))) throw new Error(`templates/${name}.hbs: no partial named ${partial}`);
    needed.add(partial);
    partialsNeeded(partialFile(partial), needed);
  }
  return needed;
}

const folders = new Map();
for (const name of compiled.keys()) {
  if (name.startsWith('_partials/')) continue;
  const [folder, template] = name.split('/');
  const set = folders.get(folder) ?? { templates: [], partials: new Set() };
  set.templates.push([template, compiled.get(name).spec]);
  for (const partial of partialsNeeded(name)) set.partials.add(partial);
  folders.set(folder, set);
}

const HEADER = '// Generated by scripts/compile-templates.mjs from templates/. Do not edit.\n/* eslint-disable */\n';
const entries = (list) => list.map(([name, spec]) => `    ${JSON.stringify(name)}: ${spec},`).join('\n');
const moduleName = (folder) => `${folder}.generated.js`;
const identifier = (folder) => folder.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
for (const [folder, set] of folders) {
  const partials = [...set.partials].sort().map((partial) => [partial, compiled.get(partialFile(partial)).spec]);
  await writeFile(
    join(outDir, `${folder}.generated.ts`),
    `// @ts-nocheck\n${HEADER}
import type { TemplateSet } from '../template-set.js';

const set: TemplateSet = {
  templates: {
${entries(set.templates)}
  },
  partials: {
${entries(partials)}
  },
};
export default set;
`,
  );
}
const names = [...folders.keys()].sort();
await writeFile(
  join(outDir, 'imports.generated.ts'),
  `${HEADER}
import type { TemplateSet } from '../template-set.js';

/** Each template folder's set, loaded on demand (a bundler makes each one a chunk of its own). */
export const TEMPLATE_IMPORTS: Record<string, () => Promise<{ default: TemplateSet }>> = {
${names.map((folder) => `  ${JSON.stringify(folder)}: () => import('./${moduleName(folder)}'),`).join('\n')}
};
`,
);
await writeFile(
  join(outDir, 'all.generated.ts'),
  `${HEADER}
import type { TemplateSet } from '../template-set.js';
${names.map((folder) => `import ${identifier(folder)} from './${moduleName(folder)}';`).join('\n')}

/** Every template folder's set, for the entry points that render any target at once. */
export const ALL_TEMPLATE_SETS: Record<string, TemplateSet> = {
${names.map((folder) => `  ${JSON.stringify(folder)}: ${identifier(folder)},`).join('\n')}
};
`,
);
console.error(`compiled ${sources.size} templates and partials into ${folders.size} sets`);
