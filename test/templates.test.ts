// Every template names only variables of the declared input vocabulary (TemplateContext).
// Handlebars' strict mode catches a misspelt name only on the branch a test happens to render;
// this walks every branch of every template, rendered or not. The Box docs' empty f-string
// `print(f'My user ID is {}')` is the kind of slip it exists for.

import Handlebars from 'handlebars';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HINTS, type CredentialContext, type HintId, type TemplateContext } from '../src/core/index.js';

type Vocabulary<T> = { [K in keyof T]-?: true };
const ROOT: Vocabulary<TemplateContext> = {
  packageName: true,
  versionRange: true,
  importName: true,
  defaultWrapped: true,
  howToRun: true,
  run: true,
  fileName: true,
  className: true,
  esModule: true,
  typeScript: true,
  literalMode: true,
  envMode: true,
  placeholderMode: true,
  containsSecret: true,
  credentials: true,
  auth: true,
  subjectUser: true,
  asUserId: true,
  revoke: true,
  purpose: true,
  downscope: true,
  token: true,
  clientId: true,
  clientSecret: true,
  enterpriseId: true,
  userId: true,
  jwtConfigPath: true,
  appToken: true,
  accessToken: true,
  refreshToken: true,
  existingTokens: true,
  redirectUri: true,
  listen: true,
  tokenFile: true,
  signInSteps: true,
  baseUrl: true,
  excerptStart: true,
  excerptEnd: true,
};
const AUTH_FLAGS: Vocabulary<TemplateContext['auth']> = {
  developerToken: true,
  ccg: true,
  jwt: true,
  oauth: true,
  appToken: true,
};
const CREDENTIAL: Vocabulary<CredentialContext> = {
  envVar: true,
  placeholder: true,
  description: true,
  where: true,
  camelName: true,
  snakeName: true,
  upperName: true,
  literal: true,
};
const BASE_URL: Vocabulary<NonNullable<TemplateContext['baseUrl']>> = {
  literal: true,
  withSlashLiteral: true,
  apiLiteral: true,
  oauthLiteral: true,
  secure: true,
};
type Downscope = NonNullable<TemplateContext['downscope']>;
const DOWNSCOPE_RESOURCE: Vocabulary<NonNullable<Downscope['resource']>> = {
  kind: true,
  file: true,
  folder: true,
  id: true,
  idLiteral: true,
  urlLiteral: true,
};
const DOWNSCOPE: Vocabulary<Downscope> = { scopes: true, scopesText: true, scopesTextLiteral: true, resource: true };
const SCOPE: Vocabulary<Downscope['scopes'][number]> = { name: true, literal: true };
const HINT_FIELDS = Object.fromEntries(Object.keys(HINTS).map((id) => [id, true])) as Vocabulary<
  Record<HintId, string>
>;
/**
 * Names scripts/compile-templates.mjs writes in when it compiles a template, never in the context:
 * `{{hint.<id>}}` is the hint's wording as a literal of the template's language.
 */
const COMPILED_IN = { hint: true } as const;
/** The fields of the root's objects, to any depth. */
type Fields = { readonly [name: string]: true | Fields };
const OBJECT_FIELDS: Fields = {
  token: CREDENTIAL,
  clientId: CREDENTIAL,
  clientSecret: CREDENTIAL,
  enterpriseId: CREDENTIAL,
  userId: CREDENTIAL,
  jwtConfigPath: CREDENTIAL,
  appToken: CREDENTIAL,
  accessToken: CREDENTIAL,
  refreshToken: CREDENTIAL,
  asUserId: CREDENTIAL,
  baseUrl: BASE_URL,
  auth: AUTH_FLAGS,
  hint: HINT_FIELDS,
  listen: { host: true, hostText: true, port: true, path: true, pathText: true },
  tokenFile: { path: true, pathText: true },
  downscope: { ...DOWNSCOPE, resource: DOWNSCOPE_RESOURCE },
};
/** What `{{#each X}}` iterates over: the scope its body sees. */
const EACH_SCOPES: Record<string, Scope> = {
  credentials: 'credential',
  howToRun: 'string',
  signInSteps: 'string',
  'downscope.scopes': 'scope',
};
const SCOPE_FIELDS: Record<Exclude<Scope, 'root' | 'string'>, Record<string, true>> = {
  credential: CREDENTIAL,
  scope: SCOPE,
};
const BUILT_IN_BLOCKS = new Set(['if', 'unless', 'each']);
type Scope = 'root' | 'credential' | 'scope' | 'string';

const templatesDir = join(import.meta.dirname, '..', 'templates');

async function loadTemplates(): Promise<Map<string, string>> {
  const entries = await readdir(templatesDir, { recursive: true, withFileTypes: true });
  const sources = new Map<string, string>();
  for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.hbs'))) {
    const path = join(entry.parentPath, entry.name);
    sources.set(relative(templatesDir, path).split(sep).join('/'), await readFile(path, 'utf8'));
  }
  return sources;
}

function checkPath(path: hbs.AST.PathExpression, scope: Scope, problems: string[], where: string): void {
  if (path.data) {
    if (!['first', 'last', 'index'].includes(path.parts[0]!)) problems.push(`${where}: unknown @${path.original}`);
    return;
  }
  if (path.original === 'this' || path.original === '.') {
    if (scope !== 'string') problems.push(`${where}: {{this}} outside a list of strings`);
    return;
  }
  const effective: Scope = path.depth > 0 ? 'root' : scope;
  const [head, ...rest] = path.parts;
  const fields =
    effective === 'root'
      ? { ...ROOT, ...(path.depth === 0 ? COMPILED_IN : {}) }
      : effective === 'string'
        ? {}
        : SCOPE_FIELDS[effective];
  if (!(head! in fields)) {
    problems.push(`${where}: "${path.original}" is not in the ${effective} vocabulary`);
    return;
  }
  let nested: true | Fields | undefined = effective === 'root' ? OBJECT_FIELDS[head!] : undefined;
  for (const part of rest) {
    nested = typeof nested === 'object' ? nested[part] : undefined;
    if (nested === undefined) {
      problems.push(`${where}: "${path.original}" has no such field`);
      return;
    }
  }
}

function walk(node: hbs.AST.Node | undefined | null, scope: Scope, problems: string[], where: string): void {
  if (!node) return;
  const at = (n: hbs.AST.Node) => `${where}:${n.loc?.start.line ?? '?'}`;
  switch (node.type) {
    case 'Program':
      for (const statement of (node as hbs.AST.Program).body) walk(statement, scope, problems, where);
      return;
    case 'MustacheStatement': {
      const mustache = node as hbs.AST.MustacheStatement;
      if (mustache.params.length > 0) problems.push(`${at(node)}: helper calls are not part of the vocabulary`);
      if (mustache.path.type === 'PathExpression')
        checkPath(mustache.path as hbs.AST.PathExpression, scope, problems, at(node));
      return;
    }
    case 'BlockStatement': {
      const block = node as hbs.AST.BlockStatement;
      const helper = (block.path as hbs.AST.PathExpression).original;
      if (!BUILT_IN_BLOCKS.has(helper)) {
        problems.push(`${at(node)}: unknown block helper #${helper}`);
        return;
      }
      const param = block.params[0] as hbs.AST.PathExpression | undefined;
      if (param?.type !== 'PathExpression') {
        problems.push(`${at(node)}: #${helper} needs a variable`);
        return;
      }
      checkPath(param, scope, problems, at(node));
      const bodyScope = helper === 'each' ? EACH_SCOPES[param.original] : scope;
      if (bodyScope === undefined) problems.push(`${at(node)}: #each over "${param.original}", which is not a list`);
      walk(block.program, bodyScope ?? scope, problems, where);
      walk(block.inverse, scope, problems, where);
      return;
    }
    case 'DecoratorBlock':
      walk((node as hbs.AST.DecoratorBlock).program, scope, problems, where);
      return;
    default:
      return;
  }
}

describe('templates', () => {
  it('use only the declared input vocabulary, on every branch', async () => {
    const templates = await loadTemplates();
    expect(templates.size).toBeGreaterThan(8);
    const problems: string[] = [];
    for (const [name, source] of templates) walk(Handlebars.parse(source), 'root', problems, `templates/${name}`);
    expect(problems).toEqual([]);
  });

  it('the vocabulary check catches a misspelt variable and an empty field', () => {
    const problems: string[] = [];
    walk(
      Handlebars.parse('print(f"My user ID is {{me.idd}}")\n{{#each credentials}}{{upperNam}}{{/each}}{{token.upper}}'),
      'root',
      problems,
      'sample',
    );
    expect(problems).toHaveLength(3);
  });

  it('every target has a template per auth method it supports, and every partial called exists', async () => {
    const templates = await loadTemplates();
    const { TARGETS } = await import('../src/core/index.js');
    for (const target of TARGETS) {
      for (const auth of target.authMethods)
        expect(templates.has(`${target.templateDir}/${auth}.hbs`), `${target.id} ${auth}`).toBe(true);
    }
    const partials = new Set(
      [...templates.keys()].filter((n) => n.startsWith('_partials/')).map((n) => n.slice(10, -4)),
    );
    // A shared partial may call an inline partial ("body") that each calling template defines.
    const inline = new Set(
      [...templates.values()].flatMap((source) => [...source.matchAll(/\{\{#\*inline "([^"]+)"/g)].map((m) => m[1])),
    );
    for (const [name, source] of templates) {
      for (const call of source.matchAll(/\{\{> *([\w/-]+)/g)) {
        expect(partials.has(call[1]!) || inline.has(call[1]!), `${name} calls ${call[1]}`).toBe(true);
      }
    }
  });
});
