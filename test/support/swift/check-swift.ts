// Checks for Swift programs this machine cannot compile (no Swift toolchain, no SwiftPM registry):
//   checkSwiftBoxApi: every Box type, initializer, argument label, property and method a program
//   names, checked against api-surface.ts (taken from box-ios-sdk's sources), plus the `import`,
//   and `try`/`await` on the SDK calls that throw or are async.
//
// Like the C# checker it is a small walker, not a compiler: it knows a variable's type only when
// it was declared as `let x = T(...)` or `let x = <expression whose type is in the surface>`, is a
// parameter or a `catch let x as T` of a Box type, or is cast with `as?`; it ignores what it cannot
// type (Foundation, the standard library, locals of unknown type).

import type { Node } from 'web-tree-sitter';
import { parserFor } from '../tree-sitter.js';
import { SWIFT_SURFACE, type SwiftMethod, type SwiftParam, type SwiftProperty, type SwiftType } from './api-surface.js';

const TYPES: Record<string, SwiftType> = SWIFT_SURFACE.types;
/** Modules a program may import to reach BoxSdkGen: the module itself, or the product's re-exporting one. */
const BOX_MODULES = new Set([SWIFT_SURFACE.module, 'BoxSDKSuite']);

const where = (node: Node) => `${node.startPosition.row + 1}:${node.startPosition.column + 1}`;
const named = (node: Node | null | undefined): Node[] =>
  node ? node.namedChildren.filter((c): c is Node => c !== null) : [];
const looksLikeBox = (name: string) => /^Box[A-Z]/.test(name) || name in TYPES;
const bareType = (type: string) => type.replace(/[?!]$/, '');

type Member =
  | { kind: 'method'; owner: string; overloads: SwiftMethod[] }
  | { kind: 'property'; owner: string; property: SwiftProperty };

function findMember(typeName: string, member: string, seen = new Set<string>()): Member | undefined {
  const t = TYPES[typeName];
  if (!t || seen.has(typeName)) return undefined;
  seen.add(typeName);
  const overloads = t.methods.filter((m) => m.name === member);
  if (overloads.length > 0) return { kind: 'method', owner: typeName, overloads };
  const property = t.properties.find((p) => p.name === member);
  if (property) return { kind: 'property', owner: typeName, property };
  for (const base of t.inherits) {
    const found = findMember(base, member, seen);
    if (found) return found;
  }
  return undefined;
}

function memberNames(typeName: string, seen = new Set<string>()): string[] {
  const t = TYPES[typeName];
  if (!t || seen.has(typeName)) return [];
  seen.add(typeName);
  return [
    ...t.methods.map((m) => m.name),
    ...t.properties.map((p) => p.name),
    ...t.inherits.flatMap((b) => memberNames(b, seen)),
  ];
}

/** Swift matches arguments to parameters in order; a parameter with a default may be left out. */
function labelsMatch(params: SwiftParam[], labels: (string | null)[]): boolean {
  let p = 0;
  for (const label of labels) {
    while (p < params.length && params[p]!.label !== label && params[p]!.optional) p++;
    if (p >= params.length || params[p]!.label !== label) return false;
    p++;
  }
  return params.slice(p).every((param) => param.optional);
}
const signature = (params: SwiftParam[]) =>
  `(${params.map((p) => `${p.label ?? '_'}:${p.optional ? '?' : ''}`).join(' ')})`;

function suggest(name: string, candidates: string[]): string {
  const hit = candidates.find((c) => c.toLowerCase() === name.toLowerCase());
  return hit ? ` (did you mean \`${hit}\`?)` : '';
}

class SwiftBoxApiChecker {
  readonly problems: string[] = [];
  private readonly vars = new Map<string, string | undefined>();
  private readonly imports = new Set<string>();
  private usesBox = false;

  private report(node: Node, message: string) {
    this.problems.push(`${where(node)}: ${message}`);
  }

  private labels(call: Node): (string | null)[] {
    const suffix = named(call).find((c) => c.type === 'call_suffix');
    const args = named(named(suffix).find((c) => c.type === 'value_arguments'));
    return args
      .filter((a) => a.type === 'value_argument')
      .map((a) => a.childForFieldName('name')?.text.replace(/:$/, '') ?? null);
  }

  /** The Box type an expression has, or undefined when unknown. Reports nothing. */
  private typeOf(e: Node | null | undefined): string | undefined {
    if (!e) return undefined;
    switch (e.type) {
      case 'simple_identifier':
        return this.vars.get(e.text);
      case 'try_expression':
      case 'await_expression':
        return this.typeOf(e.childForFieldName('expr'));
      case 'tuple_expression':
      case 'parenthesized_expression':
        return named(e).length === 1 ? this.typeOf(named(e)[0]) : undefined;
      case 'as_expression':
        // `x as? T`, `x as! T`, `x as T`: the value has type T (optional for as?, which `?.` unwraps).
        return this.boxTypeNamed(e.childForFieldName('name'));
      case 'call_expression': {
        const callee = named(e)[0];
        if (callee?.type === 'simple_identifier' && !this.vars.has(callee.text) && TYPES[callee.text])
          return callee.text;
        if (callee?.type === 'navigation_expression') {
          const found = this.member(callee);
          if (found?.kind === 'method') {
            const labels = this.labels(e);
            const chosen = found.overloads.find((m) => labelsMatch(m.params, labels)) ?? found.overloads[0]!;
            return TYPES[bareType(chosen.returns)] ? bareType(chosen.returns) : undefined;
          }
        }
        return undefined;
      }
      case 'navigation_expression': {
        const found = this.member(e);
        return found?.kind === 'property' && TYPES[bareType(found.property.type)]
          ? bareType(found.property.type)
          : undefined;
      }
      default:
        return undefined;
    }
  }

  /** The Box type a type annotation names (`T`, `T?`), or undefined. */
  private boxTypeNamed(type: Node | null | undefined): string | undefined {
    const name = type ? bareType(type.text) : undefined;
    return name && TYPES[name] ? name : undefined;
  }

  private member(navigation: Node): Member | undefined {
    const receiver = this.typeOf(navigation.childForFieldName('target'));
    const name = navigation.childForFieldName('suffix')?.childForFieldName('suffix')?.text;
    return receiver && name ? findMember(receiver, name) : undefined;
  }

  /** Whether `node` sits inside a `try` (or `await`) of the same statement. */
  private inside(node: Node, type: 'try_expression' | 'await_expression'): boolean {
    for (let n = node.parent; n; n = n.parent) {
      if (n.type === type) return true;
      if (['statements', 'source_file', 'function_body', 'property_declaration', 'assignment'].includes(n.type))
        return false;
    }
    return false;
  }

  private checkTypeName(node: Node, name: string) {
    if (!looksLikeBox(name)) return;
    this.usesBox = true;
    if (!TYPES[name])
      this.report(node, `unknown Box type \`${name}\` (not in api-surface.ts for ${SWIFT_SURFACE.line})`);
  }

  private checkInit(call: Node, typeName: string) {
    const t = TYPES[typeName]!;
    const labels = this.labels(call);
    const what = `${typeName}(${labels.map((l) => `${l ?? '_'}:`).join('')})`;
    if (t.kind === 'protocol') this.report(call, `\`${typeName}\` is a protocol; it has no initializer`);
    else if (!t.inits.some((init) => labelsMatch(init.params, labels))) {
      this.report(
        call,
        `${what}: no initializer takes these labels; takes ${t.inits.map((i) => signature(i.params)).join(' | ') || 'none (not public)'}`,
      );
    }
  }

  private checkMember(navigation: Node, call?: Node) {
    const receiver = this.typeOf(navigation.childForFieldName('target'));
    const nameNode = navigation.childForFieldName('suffix')?.childForFieldName('suffix');
    if (!receiver || !nameNode) return;
    const name = nameNode.text;
    const found = findMember(receiver, name);
    if (!found) {
      this.report(nameNode, `\`${receiver}\` has no member \`${name}\`${suggest(name, memberNames(receiver))}`);
      return;
    }
    if (call && found.kind === 'property') this.report(call, `\`${receiver}.${name}\` is a property, not a method`);
    if (!call && found.kind === 'method') this.report(nameNode, `\`${receiver}.${name}\` is a method; call it`);
    if (call && found.kind === 'method') {
      const labels = this.labels(call);
      const matching = found.overloads.filter((m) => labelsMatch(m.params, labels));
      if (matching.length === 0) {
        this.report(
          call,
          `${receiver}.${name}(${labels.map((l) => `${l ?? '_'}:`).join('')}): no overload takes these labels; takes ${found.overloads.map((m) => signature(m.params)).join(' | ')}`,
        );
        return;
      }
      if (matching.every((m) => m.throws) && !this.inside(call, 'try_expression'))
        this.report(call, `\`${receiver}.${name}\` throws: call it with \`try\``);
      if (matching.every((m) => m.async) && !this.inside(call, 'await_expression'))
        this.report(call, `\`${receiver}.${name}\` is async: call it with \`await\``);
    }
  }

  visit(node: Node): void {
    switch (node.type) {
      case 'import_declaration': {
        const module = node.text.replace(/^import\s+/, '').trim();
        this.imports.add(module);
        if (/^Box/.test(module) && !BOX_MODULES.has(module)) {
          this.report(
            node,
            `no module \`${module}\` (the ${SWIFT_SURFACE.product} product's modules: ${[...BOX_MODULES].join(', ')})`,
          );
        }
        return;
      }
      case 'type_identifier':
        this.checkTypeName(node, node.text);
        return;
      case 'property_declaration': {
        const name = node.childForFieldName('name')?.childForFieldName('bound_identifier')?.text;
        const value = node.childForFieldName('value');
        for (const child of named(node)) this.visit(child);
        if (name) this.vars.set(name, this.typeOf(value));
        return;
      }
      case 'call_expression': {
        const callee = named(node)[0];
        if (callee?.type === 'simple_identifier' && !this.vars.has(callee.text) && looksLikeBox(callee.text)) {
          this.checkTypeName(callee, callee.text);
          if (TYPES[callee.text]) this.checkInit(node, callee.text);
        } else if (callee?.type === 'navigation_expression') {
          this.checkMember(callee, node);
          this.visit(callee.childForFieldName('target')!);
          for (const child of named(node).slice(1)) this.visit(child);
          return;
        }
        break;
      }
      case 'navigation_expression':
        this.checkMember(node);
        break;
      case 'parameter': {
        // tree-sitter-swift names both the parameter and its type `name`.
        const name = node.childForFieldName('name');
        const type = named(node).find((c) => c.type === 'user_type' || c.type === 'optional_type');
        if (name) this.vars.set(name.text, this.boxTypeNamed(type)); // shadows a global
        break;
      }
      case 'catch_block': {
        // `catch let error as T`: error has type T in the block.
        const pattern = node.childForFieldName('error');
        const bound = named(named(pattern)[0]).find((c) => c.type === 'simple_identifier');
        if (bound) this.vars.set(bound.text, this.boxTypeNamed(named(pattern).find((c) => c.type === 'user_type')));
        break;
      }
    }
    for (const child of named(node)) this.visit(child);
  }

  finish(root: Node) {
    if (this.usesBox && ![...this.imports].some((module) => BOX_MODULES.has(module))) {
      this.report(root, `Box types are used but \`import ${SWIFT_SURFACE.module}\` is missing`);
    }
  }
}

/**
 * Checks every Box type, initializer, label, member, `import` and `try`/`await` in `code` against
 * box-ios-sdk's API. Returns problems as "line:column: message"; empty means nothing wrong found.
 */
export async function checkSwiftBoxApi(code: string): Promise<string[]> {
  const tree = (await parserFor('swift')).parse(code);
  if (tree === null) throw new Error('tree-sitter returned no tree');
  const checker = new SwiftBoxApiChecker();
  for (const child of named(tree.rootNode)) checker.visit(child);
  checker.finish(tree.rootNode);
  tree.delete();
  return checker.problems;
}
