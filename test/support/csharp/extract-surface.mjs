#!/usr/bin/env node
// Regenerates api-surface.ts from the Box .NET SDK sources. Not used by the tests.
//
//   node test/support/csharp/extract-surface.mjs \
//     --windows <git dir of box/box-windows-sdk-v2> --gen <git dir of box/box-dotnet-sdk-gen> \
//     > test/support/csharp/api-surface.ts
//
// It parses each listed type's file at the pinned tag with tree-sitter and keeps only names: the
// namespace, base types, public constructors' parameter names and types, public methods' names,
// parameter names/types and return types, and public properties/fields with their types and
// whether an object initializer may set them. No SDK code is copied.

import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Language, Parser } from 'web-tree-sitter';

const require = createRequire(import.meta.url);

// Types a bootstrap snippet may name (directly, or as the type of something it calls).
const GEN_TYPES = [
  'BoxClient',
  'IBoxClient',
  'IAuthentication',
  'NetworkSession',
  'BaseUrls',
  'BoxDeveloperTokenAuth',
  'DeveloperTokenConfig',
  'BoxCcgAuth',
  'CcgConfig',
  'BoxJwtAuth',
  'JwtConfig',
  'BoxOAuth',
  'OAuthConfig',
  'GetAuthorizeUrlOptions',
  'ITokenStorage',
  'InMemoryTokenStorage',
  'BoxSdkException',
  'BoxApiException',
  'ResponseInfo',
  'IUsersManager',
  'UserFull',
  'User',
  'UserMini',
  'UserBase',
  'AccessToken',
  // The downscoped token's call: a file or a folder by its ID.
  'IFilesManager',
  'FileFull',
  'File',
  'FileMini',
  'FileBase',
  'IFoldersManager',
  'FolderFull',
  'Folder',
  'FolderMini',
  'FolderBase',
];
const CLASSIC_TYPES = [
  'BoxClient',
  'IBoxClient',
  'BoxConfigBuilder',
  'IBoxConfig',
  'OAuthSession',
  'IAuthRepository',
  'BoxCCGAuth',
  'BoxJWTAuth',
  'IBoxUsersManager',
  'BoxUser',
  'BoxEntity',
  'BoxException',
  'BoxAPIException',
  'BoxSessionInvalidatedException',
  'BoxCodingException',
  // The downscoped token's call: a file or a folder by its ID.
  'IBoxFilesManager',
  'IBoxFoldersManager',
  'BoxFile',
  'BoxFolder',
  'BoxItem',
  // The token exchange, sent through the SDK's own request pipeline (TokenExchange returns the
  // token alone, without the scopes of Box's reply).
  'BoxRequest',
  'IBoxRequest',
  'BoxService',
  'IBoxService',
  'HttpRequestHandler',
  'BoxJsonConverter',
  'BoxRestrictedTo',
];
/**
 * Static classes whose extension methods a program calls as members of the type they extend
 * (their `this` parameter's constraint): listed on that type, without the `this` parameter.
 */
const CLASSIC_EXTENSIONS = { BoxRequestExtensions: 'IBoxRequest' };

const LINES = [
  {
    id: 'box-v2-core-10',
    nuget: 'Box.V2.Core',
    version: '10.16.0',
    repo: 'box/box-windows-sdk-v2',
    gitArg: 'windows',
    tag: 'v10.16.0',
    root: 'Box.Sdk.Gen.Net',
    types: GEN_TYPES,
    note: 'Box.V2.Core 10.x packs Box.Sdk.Gen.Net (net8.0) and Box.Sdk.Gen.NetStandard (netstandard2.0); a net8 app compiles against Box.Sdk.Gen.Net. Box.Sdk.Gen/ itself holds only the packaging csproj.',
  },
  {
    id: 'box-sdk-gen-1',
    nuget: 'Box.Sdk.Gen',
    version: '1.12.0',
    repo: 'box/box-dotnet-sdk-gen',
    gitArg: 'gen',
    tag: 'v1.12.0',
    root: 'Box.Sdk.Gen',
    types: GEN_TYPES,
    note: 'net6.0 only; usable from net8.',
  },
  {
    id: 'box-v2-core-5',
    nuget: 'Box.V2.Core',
    version: '5.8.0',
    repo: 'box/box-windows-sdk-v2',
    gitArg: 'windows',
    tag: 'v5.8.0',
    root: 'Box.V2',
    types: CLASSIC_TYPES,
    extensions: CLASSIC_EXTENSIONS,
    note: 'Box.V2.Core/Box.V2.Core.csproj (netstandard2.0) compiles ..\\Box.V2\\**\\*.cs.',
  },
  {
    id: 'box-v2-core-6',
    nuget: 'Box.V2.Core',
    version: '6.16.0',
    repo: 'box/box-windows-sdk-v2',
    gitArg: 'windows',
    tag: 'v6.16.0',
    root: 'LegacySdk/Box.V2',
    types: CLASSIC_TYPES,
    extensions: CLASSIC_EXTENSIONS,
    note: 'Box.V2.Core 6.x is CombinedSdk/Core/CombinedSdk.Core.csproj: it packs LegacySdk/Box.V2.Core (netstandard2.0, compiles ..\\Box.V2\\**\\*.cs; the Box.V2 namespaces) and Box.Sdk.Gen.Net (net8.0; Box.Sdk.Gen, not used by classic programs).',
  },
];

function args() {
  const out = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) out[argv[i].replace(/^--/, '')] = argv[i + 1];
  if (!out.windows || !out.gen) throw new Error('usage: --windows <git dir> --gen <git dir>');
  return out;
}

const git = (dir, ...a) => execFileSync('git', ['--git-dir', dir, ...a], { encoding: 'utf8', maxBuffer: 1 << 28 });

await Parser.init();
const parser = new Parser();
parser.setLanguage(
  await Language.load(join(dirname(require.resolve('tree-sitter-c-sharp/package.json')), 'tree-sitter-c_sharp.wasm')),
);

const compact = (s) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/\bSystem\.Threading\.Tasks\./g, '')
    .replace(/\bSystem\.Threading\./g, '')
    .trim();
const modifiers = (node) => node.namedChildren.filter((c) => c.type === 'modifier').map((c) => c.text);

function params(listNode) {
  if (!listNode) return [];
  return listNode.namedChildren
    .filter((c) => c.type === 'parameter')
    .map((p) => {
      const nameNode = p.childForFieldName('name');
      const name = nameNode.text;
      const type = compact(p.childForFieldName('type')?.text ?? '');
      // A default value is the named child after the parameter's name.
      const optional = p.namedChildren.some((c) => c.startIndex >= nameNode.endIndex);
      return optional ? { name, type, optional: true } : { name, type };
    });
}

function namespaceOf(node) {
  const parts = [];
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'namespace_declaration') parts.unshift(n.childForFieldName('name').text);
  }
  if (parts.length === 0) {
    const fileScoped = node.tree.rootNode.namedChildren.find((c) => c.type === 'file_scoped_namespace_declaration');
    if (fileScoped) parts.push(fileScoped.childForFieldName('name').text);
  }
  return parts.join('.');
}

function extractType(decl, file) {
  const isInterface = decl.type === 'interface_declaration';
  const isPublic = (m) =>
    m.includes('public') || (isInterface && !m.some((x) => ['private', 'protected', 'internal'].includes(x)));
  const bases = (decl.namedChildren.find((c) => c.type === 'base_list')?.namedChildren ?? [])
    .filter((c) => c.type !== 'argument_list')
    .map((c) => compact(c.text).replace(/<.*$/, ''));
  const t = {
    namespace: namespaceOf(decl),
    kind: isInterface ? 'interface' : 'class',
    bases,
    file,
    ctors: [],
    methods: [],
    properties: [],
  };
  const body = decl.childForFieldName('body');
  // A class that declares no constructor has an implicit public parameterless one.
  if (
    !isInterface &&
    !modifiers(decl).some((x) => x === 'abstract' || x === 'static') &&
    !body.namedChildren.some((m) => m.type === 'constructor_declaration' && !modifiers(m).includes('static'))
  ) {
    t.ctors.push({ params: [] });
  }
  for (const m of body.namedChildren) {
    const mods = modifiers(m);
    if (!isPublic(mods)) continue;
    const isStatic = mods.includes('static') || mods.includes('const');
    if (m.type === 'constructor_declaration') {
      if (!isStatic) t.ctors.push({ params: params(m.childForFieldName('parameters')) });
    } else if (m.type === 'method_declaration') {
      if (m.namedChildren.some((c) => c.type === 'explicit_interface_specifier')) continue;
      const method = {
        name: m.childForFieldName('name').text,
        params: params(m.childForFieldName('parameters')),
        returns: compact(m.childForFieldName('returns').text),
      };
      if (isStatic) method.static = true;
      // An extension method: its first parameter is the receiver (`this T request`).
      const first = m.childForFieldName('parameters')?.namedChildren.find((c) => c.type === 'parameter');
      if (isStatic && first && modifiers(first).includes('this')) {
        method.params = method.params.slice(1);
        method.extends = compact(first.childForFieldName('type')?.text ?? '');
      }
      t.methods.push(method);
    } else if (m.type === 'property_declaration') {
      if (m.namedChildren.some((c) => c.type === 'explicit_interface_specifier')) continue;
      const accessors = m.childForFieldName('accessors')?.namedChildren ?? [];
      // An object initializer can set a property with a public `set` or `init` accessor.
      const settable = !isInterface && accessors.some((a) => /^(set|init)\b/.test(a.text) && modifiers(a).length === 0);
      const prop = {
        name: m.childForFieldName('name').text,
        type: compact(m.childForFieldName('type').text),
        settable,
      };
      if (isStatic) prop.static = true;
      t.properties.push(prop);
    } else if (m.type === 'field_declaration' || m.type === 'event_field_declaration') {
      const varDecl = m.namedChildren.find((c) => c.type === 'variable_declaration');
      const type = compact(varDecl.childForFieldName('type').text);
      for (const v of varDecl.namedChildren.filter((c) => c.type === 'variable_declarator')) {
        const prop = {
          name: v.childForFieldName('name').text,
          type,
          settable: m.type === 'field_declaration' && !isStatic && !mods.includes('readonly'),
        };
        if (isStatic) prop.static = true;
        if (m.type === 'event_field_declaration') prop.event = true;
        t.properties.push(prop);
      }
    }
  }
  return t;
}

function findType(dir, tag, root, name) {
  let files;
  try {
    files = git(dir, 'grep', '-l', '-E', `(class|interface) ${name}\\b`, tag, '--', root)
      .trim()
      .split('\n')
      .filter(Boolean);
  } catch {
    files = [];
  }
  const found = [];
  for (const hit of files) {
    const path = hit.slice(tag.length + 1);
    const tree = parser.parse(git(dir, 'show', `${tag}:${path}`));
    const visit = (n) => {
      if (
        (n.type === 'class_declaration' || n.type === 'interface_declaration') &&
        n.childForFieldName('name')?.text === name &&
        !n.namedChildren.some((c) => c.type === 'type_parameter_list') &&
        modifiers(n).includes('public') &&
        n.parent?.parent?.type !== 'class_declaration'
      ) {
        found.push(extractType(n, path));
      }
      for (const c of n.namedChildren) visit(c);
    };
    visit(tree.rootNode);
  }
  if (found.length !== 1) throw new Error(`${tag} ${root}: ${found.length} public declarations of ${name}`);
  return found[0];
}

function namespaces(dir, tag, root) {
  const out = git(dir, 'grep', '-h', '-E', '^\\s*namespace ', tag, '--', root);
  return [
    ...new Set(
      out
        .split('\n')
        .map((l) => l.replace(/^\s*namespace\s+/, '').replace(/[\s{;].*$/, ''))
        .filter(Boolean),
    ),
  ].sort();
}

const a = args();
const lines = LINES.map((l) => {
  const dir = a[l.gitArg];
  const commit = git(dir, 'rev-parse', `${l.tag}^{commit}`).trim();
  const types = Object.fromEntries(l.types.map((n) => [n, findType(dir, l.tag, l.root, n)]));
  for (const [holder, extended] of Object.entries(l.extensions ?? {})) {
    const methods = findType(dir, l.tag, l.root, holder).methods.filter((m) => m.extends !== undefined);
    if (methods.length === 0) throw new Error(`${l.tag}: ${holder} has no extension methods`);
    for (const method of methods) {
      types[extended].methods.push({ name: method.name, params: method.params, returns: method.returns });
    }
  }
  return { ...l, commit, namespaces: namespaces(dir, l.tag, l.root), types };
});

// ---- print api-surface.ts -------------------------------------------------------------------
const q = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const lit = (v) => {
  if (Array.isArray(v)) return `[${v.map(lit).join(', ')}]`;
  if (typeof v === 'string') return q(v);
  if (typeof v === 'object')
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${k}: ${lit(x)}`)
      .join(', ')} }`;
  return String(v);
};
const o = [];
o.push(`// GENERATED by test/support/csharp/extract-surface.mjs from the SDK sources; do not edit by hand.`);
o.push(`// Names only (types, members, parameter names), taken from the public declarations at these tags:`);
for (const l of lines) {
  o.push(
    `//   ${l.id}: NuGet ${l.nuget} ${l.version} = github.com/${l.repo} tag ${l.tag} (commit ${l.commit}), ${l.root}/`,
  );
  o.push(`//     ${l.note}`);
}
o.push(`// Files read: see each type's \`file\`. Namespaces: every \`namespace\` declaration under the source root.`);
o.push(``);
o.push(`export type LineId = ${lines.map((l) => q(l.id)).join(' | ')};`);
o.push(``);
o.push(
  `export interface Param {\n  name: string;\n  type: string;\n  /** Has a default value. */\n  optional?: boolean;\n}`,
);
o.push(`export interface Ctor {\n  params: Param[];\n}`);
o.push(`export interface Method {\n  name: string;\n  params: Param[];\n  returns: string;\n  static?: boolean;\n}`);
o.push(
  `export interface Property {\n  name: string;\n  type: string;\n  /** A public \`set\` or \`init\` accessor (or a writable public field): usable in an object initializer. */\n  settable: boolean;\n  static?: boolean;\n  event?: boolean;\n}`,
);
o.push(
  `export interface TypeSurface {\n  namespace: string;\n  kind: 'class' | 'interface';\n  bases: string[];\n  /** Path in the SDK repository at the line's tag. */\n  file: string;\n  ctors: Ctor[];\n  methods: Method[];\n  properties: Property[];\n}`,
);
o.push(
  `export interface LineSurface {\n  nuget: string;\n  version: string;\n  repo: string;\n  tag: string;\n  commit: string;\n  sourceRoot: string;\n  /** Every namespace declared in the line's source. */\n  namespaces: string[];\n  types: Record<string, TypeSurface>;\n}`,
);
o.push(``);
o.push(`export const API_SURFACE: Record<LineId, LineSurface> = {`);
for (const l of lines) {
  o.push(`  ${q(l.id)}: {`);
  o.push(
    `    nuget: ${q(l.nuget)},\n    version: ${q(l.version)},\n    repo: ${q(l.repo)},\n    tag: ${q(l.tag)},\n    commit: ${q(l.commit)},\n    sourceRoot: ${q(l.root)},`,
  );
  o.push(`    namespaces: ${lit(l.namespaces)},`);
  o.push(`    types: {`);
  for (const [name, t] of Object.entries(l.types)) {
    o.push(`      ${name}: {`);
    o.push(
      `        namespace: ${q(t.namespace)},\n        kind: ${q(t.kind)},\n        bases: ${lit(t.bases)},\n        file: ${q(t.file)},`,
    );
    for (const key of ['ctors', 'methods', 'properties']) {
      if (t[key].length === 0) {
        o.push(`        ${key}: [],`);
        continue;
      }
      o.push(`        ${key}: [`);
      for (const x of t[key]) o.push(`          ${lit(x)},`);
      o.push(`        ],`);
    }
    o.push(`      },`);
  }
  o.push(`    },`);
  o.push(`  },`);
}
o.push(`};`);
process.stdout.write(o.join('\n') + '\n');
