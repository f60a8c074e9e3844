#!/usr/bin/env node
// Regenerates api-surface.ts from the Box Swift SDK sources. Not used by the tests.
//
//   node test/support/swift/extract-surface.mjs --ios <git dir of box/box-ios-sdk> > test/support/swift/api-surface.ts
//
// It parses each listed type's declaration (and its extensions) at the pinned tag with
// tree-sitter-swift and keeps only names: kind, inherited types, public initializers' and
// methods' argument labels, parameter types and whether they have a default, return types, and
// public properties with their types. No SDK code is copied.

import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Language, Parser } from 'web-tree-sitter';

const require = createRequire(import.meta.url);

const LINE = {
  id: 'box-ios-sdk-10',
  product: 'BoxSDK',
  module: 'BoxSdkGen',
  version: '10.12.0',
  repo: 'box/box-ios-sdk',
  tag: '10.12.0',
  root: 'BoxSdkGen/Sources',
};

// Types a bootstrap program may name (directly, or as the type of something it calls).
const TYPES = [
  'BoxClient',
  'Authentication',
  'NetworkSession',
  'BaseUrls',
  'BoxDeveloperTokenAuth',
  'DeveloperTokenConfig',
  'BoxCCGAuth',
  'CCGConfig',
  'BoxOAuth',
  'OAuthConfig',
  'GetAuthorizeUrlOptions',
  'TokenStorage',
  'InMemoryTokenStorage',
  'AccessToken',
  'UsersManager',
  'UserFull',
  'User',
  'UserMini',
  'UserBase',
  'BoxSDKError',
  'BoxAPIError',
  'BoxNetworkError',
  'ResponseInfo',
  // The downscoped token's call: a file or a folder by its ID.
  'FilesManager',
  'FileFull',
  'File',
  'FileMini',
  'FileBase',
  'FoldersManager',
  'FolderFull',
  'Folder',
  'FolderMini',
  'FolderBase',
];

function args() {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--ios');
  if (at < 0 || !argv[at + 1]) throw new Error('usage: --ios <git dir of box/box-ios-sdk>');
  return argv[at + 1];
}

const gitDir = args();
const git = (...a) => execFileSync('git', ['--git-dir', gitDir, ...a], { encoding: 'utf8', maxBuffer: 1 << 28 });

await Parser.init();
const parser = new Parser();
parser.setLanguage(
  await Language.load(
    join(dirname(require.resolve('@repomix/tree-sitter-wasms/package.json')), 'out', 'tree-sitter-swift.wasm'),
  ),
);

const compact = (s) => s.replace(/\s+/g, ' ').trim();
const children = (node) =>
  Array.from({ length: node.childCount }, (_, i) => ({ node: node.child(i), field: node.fieldNameForChild(i) }));
const modifierText = (node) => node.namedChildren.find((c) => c.type === 'modifiers')?.text ?? '';
const isPublic = (node) => /\b(public|open)\b/.test(modifierText(node));
const isStatic = (node) => /\b(static|class)\b/.test(modifierText(node));

/** Parameters of an init or function: label (null for `_`), type, and whether it has a default. */
function params(decl) {
  const out = [];
  for (const { node, field } of children(decl)) {
    if (node.type === 'parameter') {
      const external = node.childForFieldName('external_name')?.text;
      const names = children(node)
        .filter((c) => c.field === 'name')
        .map((c) => c.node);
      const name = names[0].text;
      const type = compact(names.at(-1).text);
      out.push({ label: external === '_' ? null : (external ?? name), type });
    } else if (field === 'default_value') {
      out.at(-1).optional = true;
    }
  }
  return out;
}

function returnType(decl) {
  const all = children(decl);
  const arrow = all.findIndex((c) => c.node.type === '->');
  return arrow < 0 ? 'Void' : compact(all[arrow + 1].node.text);
}

function collectMembers(body, t, protocolMembers) {
  for (const m of body.namedChildren) {
    const visible = protocolMembers || isPublic(m);
    if (!visible) continue;
    if (m.type === 'init_declaration') {
      t.inits.push({ params: params(m) });
    } else if (m.type === 'function_declaration' || m.type === 'protocol_function_declaration') {
      const method = { name: m.childForFieldName('name').text, params: params(m), returns: returnType(m) };
      if (isStatic(m)) method.static = true;
      if (children(m).some((c) => c.node.type === 'async')) method.async = true;
      if (children(m).some((c) => c.node.type === 'throws')) method.throws = true;
      t.methods.push(method);
    } else if (m.type === 'property_declaration' || m.type === 'protocol_property_declaration') {
      const pattern = m.childForFieldName('name');
      const name = (pattern?.childForFieldName('bound_identifier') ?? pattern)?.text;
      const annotation = m.namedChildren.find((c) => c.type === 'type_annotation');
      if (!name) continue;
      const prop = { name, type: annotation ? compact(annotation.childForFieldName('name').text) : '?' };
      if (isStatic(m)) prop.static = true;
      t.properties.push(prop);
    }
  }
}

function keyword(decl) {
  return children(decl).find(
    (c) => !c.node.isNamed && ['class', 'struct', 'enum', 'extension', 'actor'].includes(c.node.type),
  )?.node.type;
}

function findType(name) {
  let files;
  try {
    files = git('grep', '-l', '-E', `(class|struct|protocol|enum|extension) ${name}\\b`, LINE.tag, '--', LINE.root)
      .trim()
      .split('\n')
      .filter(Boolean);
  } catch {
    files = [];
  }
  let t;
  const extensions = [];
  for (const hit of files) {
    const path = hit.slice(LINE.tag.length + 1);
    const tree = parser.parse(git('show', `${LINE.tag}:${path}`));
    for (const decl of tree.rootNode.namedChildren) {
      if (!['class_declaration', 'protocol_declaration'].includes(decl.type)) continue;
      const declared = decl.childForFieldName('name')?.text;
      if (declared !== name) continue;
      const kind = decl.type === 'protocol_declaration' ? 'protocol' : keyword(decl);
      if (kind === 'extension') {
        extensions.push({ decl, path });
        continue;
      }
      if (!isPublic(decl)) continue;
      if (t) throw new Error(`two public declarations of ${name}`);
      const inherits = decl.namedChildren.filter((c) => c.type === 'inheritance_specifier').map((c) => compact(c.text));
      t = { kind, inherits, file: path, extensionFiles: [], inits: [], methods: [], properties: [] };
      collectMembers(decl.childForFieldName('body'), t, kind === 'protocol');
    }
  }
  if (!t) throw new Error(`${LINE.tag}: no public declaration of ${name}`);
  for (const { decl, path } of extensions) {
    t.extensionFiles.push(path);
    collectMembers(decl.childForFieldName('body'), t, false);
  }
  return t;
}

const commit = git('rev-parse', `${LINE.tag}^{commit}`).trim();
const types = Object.fromEntries(TYPES.map((n) => [n, findType(n)]));

// ---- print api-surface.ts -------------------------------------------------------------------
const lit = (v) => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(lit).join(', ')}]`;
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof v === 'object')
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${k}: ${lit(x)}`)
      .join(', ')} }`;
  return String(v);
};
const o = [];
o.push('// GENERATED by test/support/swift/extract-surface.mjs from the SDK sources; do not edit by hand.');
o.push('// Names only (types, argument labels, members), taken from the public declarations at:');
o.push(
  `//   ${LINE.id}: Swift Package Manager product ${LINE.product} ${LINE.version} (module ${LINE.module}) = github.com/${LINE.repo} tag ${LINE.tag} (commit ${commit}), ${LINE.root}/`,
);
o.push("// Files read: see each type's `file` and `extensionFiles`.");
o.push('');
o.push(
  'export interface SwiftParam {\n  /** The argument label a call writes; null for `_` (no label). */\n  label: string | null;\n  type: string;\n  /** Has a default value. */\n  optional?: boolean;\n}',
);
o.push(
  'export interface SwiftMethod {\n  name: string;\n  params: SwiftParam[];\n  returns: string;\n  static?: boolean;\n  async?: boolean;\n  throws?: boolean;\n}',
);
o.push('export interface SwiftProperty {\n  name: string;\n  type: string;\n  static?: boolean;\n}');
o.push(
  "export interface SwiftType {\n  kind: 'class' | 'struct' | 'enum' | 'protocol' | 'actor';\n  /** Superclass and protocols, as written. */\n  inherits: string[];\n  file: string;\n  extensionFiles: string[];\n  inits: { params: SwiftParam[] }[];\n  methods: SwiftMethod[];\n  properties: SwiftProperty[];\n}",
);
o.push('');
o.push('export const SWIFT_SURFACE = {');
o.push(
  `  line: ${lit(LINE.id)},\n  product: ${lit(LINE.product)},\n  module: ${lit(LINE.module)},\n  version: ${lit(LINE.version)},\n  repo: ${lit(LINE.repo)},\n  tag: ${lit(LINE.tag)},\n  commit: ${lit(commit)},\n  sourceRoot: ${lit(LINE.root)},`,
);
o.push('  types: {');
for (const [name, t] of Object.entries(types)) {
  o.push(`    ${name}: {`);
  o.push(
    `      kind: ${lit(t.kind)},\n      inherits: ${lit(t.inherits)},\n      file: ${lit(t.file)},\n      extensionFiles: ${lit(t.extensionFiles)},`,
  );
  for (const key of ['inits', 'methods', 'properties']) {
    if (t[key].length === 0) {
      o.push(`      ${key}: [],`);
      continue;
    }
    o.push(`      ${key}: [`);
    for (const x of t[key]) o.push(`        ${lit(x)},`);
    o.push('      ],');
  }
  o.push('    },');
}
o.push('  } as Record<string, SwiftType>,');
o.push('};');
process.stdout.write(`${o.join('\n')}\n`);
