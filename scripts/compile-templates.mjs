#!/usr/bin/env node
// Precompiles templates/**/*.hbs into one module per template folder and auth method,
// src/core/templates/<folder>.<auth>.generated.ts, so the core carries its templates as code: it
// reads no files, a browser bundle needs only the Handlebars runtime, and a page or a CLI run that
// shows one program loads that program's templates only. templates/<folder>/<auth>.hbs is the
// template of that module; the module also holds the partials (templates/_partials/<language>/…,
// named by their path below _partials) that the template uses, directly or through other partials.
//
// Each module is compiled for its auth method: what a program's auth method already decides is
// decided here, once, not on every render.
// - `{{#if auth.<key>}}` / `{{#unless auth.<key>}}` (and `{{else if auth.<key>}}`) keep only the
//   branch the module's auth method takes, so a Developer Token module carries no OAuth 2.0 code
//   and its partials none of the branches for other methods.
// - `{{hint.<id>}}` becomes the hint's wording (src/core/hints.ts) as a string literal of the
//   folder's language, written by the core's own encoder, so the hint table is not in the core.
//
// Also written: templates/imports.generated.ts (each module as a dynamic import, for loading on
// demand) and templates/all.generated.ts (every module, for the eager entry points).

import { build, transform } from 'esbuild';
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

/** The core's tables this script reads: the auth methods, the hints, the encoders and the targets. */
async function loadCoreTables() {
  const result = await build({
    stdin: {
      contents: [
        "export { AUTH_METHOD_TABLE } from './src/core/credentials.ts';",
        "export { HINTS } from './src/core/hints.ts';",
        "export { STRING_ENCODERS } from './src/core/encoders/index.ts';",
        "export { TARGETS } from './src/core/targets.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

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

/** `auth.<key>` or `hint.<id>` read from the program's own context (not from an {{#each}} item). */
function rootField(path, head) {
  return (
    path?.type === 'PathExpression' &&
    !path.data &&
    path.depth === 0 &&
    path.parts.length === 2 &&
    path.parts[0] === head
  );
}

/**
 * A copy of a parsed template (whitespace control applied) for one auth method: its `auth.*`
 * conditions decided, its `hint.*` names replaced by their literals. Inside an {{#each}} body
 * `auth` would name the item's field, so nothing there is touched (no template reads either there).
 */
function specialize(program, { authKey, authKeys, hints, where }) {
  const statements = (body, inEach) =>
    body.flatMap((node) => {
      if (!inEach && node.type === 'BlockStatement' && ['if', 'unless'].includes(node.path.original)) {
        const [condition] = node.params;
        if (node.params.length === 1 && rootField(condition, 'auth')) {
          const key = condition.parts[1];
          if (!authKeys.includes(key)) throw new Error(`${where}: no auth method has the key ${key}`);
          const taken = (key === authKey) === (node.path.original === 'if') ? node.program : node.inverse;
          return taken === undefined ? [] : statements(taken.body, inEach);
        }
      }
      if (!inEach && node.type === 'MustacheStatement' && rootField(node.path, 'hint')) {
        const literal = hints[node.path.parts[1]];
        if (literal === undefined) throw new Error(`${where}: no hint named ${node.path.parts[1]}`);
        return [{ type: 'ContentStatement', original: literal, value: literal, loc: node.loc }];
      }
      if (node.type === 'BlockStatement' || node.type === 'DecoratorBlock') {
        const bodyInEach = inEach || node.path.original === 'each';
        return [
          {
            ...node,
            program: node.program && { ...node.program, body: statements(node.program.body, bodyInEach) },
            inverse: node.inverse && { ...node.inverse, body: statements(node.inverse.body, inEach) },
          },
        ];
      }
      return [node];
    });
  return { ...program, body: statements(program.body, false) };
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

/**
 * Handlebars.precompile on an already parsed (and specialized) tree, without the spec's layout
 * whitespace: each auth method's module holds its own partials, and the package ships them all.
 */
async function precompile(program) {
  const options = { ...COMPILE_OPTIONS, knownHelpers: { ...COMPILE_OPTIONS.knownHelpers }, data: true };
  const environment = new Handlebars.Compiler().compile(program, options);
  const spec = slim(new Handlebars.JavaScriptCompiler().compile(environment, options));
  const { code } = await transform(`(${spec})`, { minifyWhitespace: true, loader: 'js' });
  return code.trim().replace(/;$/, '');
}

const { AUTH_METHOD_TABLE, HINTS, STRING_ENCODERS, TARGETS } = await loadCoreTables();
const authKeys = Object.values(AUTH_METHOD_TABLE).map((method) => method.contextKey);

/** A folder's string encoder: the one every style of every target using the folder has. */
function encoderOf(folder) {
  const encoders = new Set(
    TARGETS.filter((target) => target.templateDir === folder).flatMap((target) =>
      target.styles.map((style) => STRING_ENCODERS[style.language]),
    ),
  );
  if (encoders.size !== 1) throw new Error(`templates/${folder}: its targets' styles need ${encoders.size} encoders`);
  return [...encoders][0];
}

const parsed = new Map();
for (const file of await listTemplates(templatesDir)) {
  const name = relative(templatesDir, file)
    .split(sep)
    .join('/')
    .replace(/\.hbs$/, '');
  try {
    parsed.set(name, Handlebars.parse(await readFile(file, 'utf8')));
  } catch (error) {
    throw new Error(`templates/${name}.hbs: ${error.message}`, { cause: error });
  }
}
const partialFile = (partial) => `_partials/${partial}`;
/** `{{#*inline "body"}}` names: a caller's inline block that a partial calls, never a file. */
const inlineNames = new Set([...parsed.values()].flatMap((tree) => [...partialNames(tree).inline]));

/** One template folder and auth method: the template and every partial it reaches, specialized. */
async function compileModule(folder, auth) {
  const settings = {
    authKey: AUTH_METHOD_TABLE[auth]?.contextKey,
    authKeys,
    hints: Object.fromEntries(Object.entries(HINTS).map(([id, text]) => [id, encoderOf(folder)(text)])),
  };
  if (settings.authKey === undefined) throw new Error(`templates/${folder}/${auth}.hbs: no auth method ${auth}`);
  const compileOne = async (name) => {
    const where = `templates/${name}.hbs`;
    try {
      const tree = specialize(parsed.get(name), { ...settings, where });
      return { spec: await precompile(tree), calls: partialNames(tree).calls };
    } catch (error) {
      throw new Error(`${where}: ${error.message}`, { cause: error });
    }
  };
  const template = await compileOne(`${folder}/${auth}`);
  const partials = new Map();
  const reach = async (calls) => {
    for (const partial of calls) {
      if (partials.has(partial) || inlineNames.has(partial)) continue;
      if (!parsed.has(partialFile(partial)))
        throw new Error(`templates/${folder}/${auth}.hbs: no partial named ${partial}`);
      const compiled = await compileOne(partialFile(partial));
      partials.set(partial, compiled.spec);
      await reach(compiled.calls);
    }
  };
  await reach(template.calls);
  return { template: template.spec, partials: [...partials].sort(([a], [b]) => a.localeCompare(b)) };
}

const modules = await Promise.all(
  [...parsed.keys()]
    .filter((name) => !name.startsWith('_partials/'))
    .sort()
    .map(async (name) => {
      const [folder, auth] = name.split('/');
      return { folder, auth, id: `${folder}.${auth}`, ...(await compileModule(folder, auth)) };
    }),
);

/**
 * A folder's partials that every one of its modules has, compiled the same (nothing in them depends
 * on the auth method): written once, in <folder>.common.generated.ts, which each module imports.
 * Any page that loads one of the folder's modules needs all of them; the package and a page that
 * loads every module hold each once.
 */
const commonPartials = new Map();
for (const folder of new Set(modules.map((module) => module.folder))) {
  const ofFolder = modules.filter((module) => module.folder === folder);
  if (ofFolder.length < 2) continue;
  const specs = ofFolder.map((module) => new Map(module.partials));
  const common = [...specs[0]].filter(([name, spec]) => specs.every((other) => other.get(name) === spec));
  if (common.length === 0) continue;
  commonPartials.set(folder, common);
  for (const module of ofFolder)
    module.partials = module.partials.filter(([name]) => !common.some(([shared]) => shared === name));
}

const HEADER = '// Generated by scripts/compile-templates.mjs from templates/. Do not edit.\n/* eslint-disable */\n';
const entries = (list) => list.map(([name, spec]) => `    ${JSON.stringify(name)}: ${spec},`).join('\n');
const moduleName = (id) => `${id}.generated.js`;
const identifier = (id) => id.replace(/[-.](\w)/g, (_, letter) => letter.toUpperCase());

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
for (const [folder, common] of commonPartials) {
  await writeFile(
    join(outDir, `${folder}.common.generated.ts`),
    `// @ts-nocheck\n${HEADER}
/** The partials every auth method's module of templates/${folder} has, the same in each. */
const partials: Readonly<Record<string, unknown>> = {
${entries(common)}
};
export default partials;
`,
  );
}
for (const module of modules) {
  const common = commonPartials.has(module.folder);
  await writeFile(
    join(outDir, `${module.id}.generated.ts`),
    `// @ts-nocheck\n${HEADER}
import type { TemplateSet } from '../template-set.js';
${common ? `import common from './${moduleName(`${module.folder}.common`)}';\n` : ''}
const set: TemplateSet = {
  template: ${module.template},
  partials: {
${common ? '    ...common,\n' : ''}${entries(module.partials)}
  },
};
export default set;
`,
  );
}
const folders = [...new Set(modules.map((module) => module.folder))];
for (const target of TARGETS) {
  const file = join(root, 'src', 'core', 'target-rows', `${target.family}.ts`);
  if (!(await readFile(file, 'utf8')).includes(`id: '${target.id}'`))
    throw new Error(`src/core/target-rows/${target.family}.ts: no row for the ${target.id} target`);
}
await writeFile(
  join(outDir, 'imports.generated.ts'),
  `${HEADER}
import type { TargetIndexEntry } from '../loaded-targets.js';
import type { TemplateSet } from '../template-set.js';

/** Every target, as generate() knows it before its family is loaded, in the registry's order. */
export const TARGET_INDEX: readonly TargetIndexEntry[] = [
${TARGETS.map(
  (target) =>
    `  { id: ${JSON.stringify(target.id)}, family: ${JSON.stringify(target.family)}, templateDir: ${JSON.stringify(target.templateDir)}, authMethods: ${JSON.stringify(target.authMethods)}, load: () => import('../target-rows/${target.family}.js') },`,
).join('\n')}
];

/** By template folder and auth method: the module, loaded on demand (a bundler makes each one a chunk of its own). */
export const TEMPLATE_IMPORTS: Record<string, Record<string, () => Promise<{ default: TemplateSet }>>> = {
${folders
  .map(
    (folder) =>
      `  ${JSON.stringify(folder)}: {\n${modules
        .filter((module) => module.folder === folder)
        .map((module) => `    ${JSON.stringify(module.auth)}: () => import('./${moduleName(module.id)}'),`)
        .join('\n')}\n  },`,
  )
  .join('\n')}
};
`,
);
await writeFile(
  join(outDir, 'all.generated.ts'),
  `${HEADER}
import type { TemplateSet } from '../template-set.js';
${modules.map((module) => `import ${identifier(module.id)} from './${moduleName(module.id)}';`).join('\n')}

/** By template folder and auth method: every module, for the entry points that render any program at once. */
export const ALL_TEMPLATE_SETS: Record<string, Record<string, TemplateSet>> = {
${folders
  .map(
    (folder) =>
      `  ${JSON.stringify(folder)}: {\n${modules
        .filter((module) => module.folder === folder)
        .map((module) => `    ${JSON.stringify(module.auth)}: ${identifier(module.id)},`)
        .join('\n')}\n  },`,
  )
  .join('\n')}
};
`,
);
console.error(`compiled ${parsed.size} templates and partials into ${modules.length} modules`);
