// Checks for C# snippets that this machine cannot compile (no dotnet SDK, no NuGet):
//   parseCSharp               tree-sitter syntax errors (ERROR / MISSING nodes)
//   checkBoxApi               Box types and members named in the code against api-surface.ts
//   findConstWithRuntimeValue `const` locals/fields initialised with a non-constant (CS0133)
//
// checkBoxApi is a small walker, not a compiler. It knows the type of a variable only when it
// was declared as `var x = new T(...)`, `var x = <call whose return type is in the surface>`,
// `var x = y as T`, `T x = ...` or `catch (T x)`; it checks T in `x as T` and `x is T`. It ignores everything it cannot type (Console, Environment, Uri,
// string, locals of unknown type) and does not check argument types, only arity and names.

import type { Node } from 'web-tree-sitter';
import { parserFor } from '../tree-sitter.js';
import {
  API_SURFACE,
  type LineId,
  type LineSurface,
  type Method,
  type Param,
  type Property,
  type TypeSurface,
} from './api-surface.js';

export type { LineId } from './api-surface.js';

const where = (node: Node) => `${node.startPosition.row + 1}:${node.startPosition.column + 1}`;
const short = (text: string, max = 60) => {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
};
const named = (node: Node | null | undefined): Node[] =>
  node ? node.namedChildren.filter((c): c is Node => c !== null) : [];

async function parse(code: string) {
  const tree = (await parserFor('csharp')).parse(code);
  if (tree === null) throw new Error('tree-sitter returned no tree');
  return tree;
}

// ---- syntax ----------------------------------------------------------------------------------

export async function parseCSharp(code: string): Promise<{ ok: boolean; problems: string[] }> {
  const tree = await parse(code);
  const problems: string[] = [];
  const visit = (node: Node): void => {
    if (node.isMissing) problems.push(`${where(node)}: MISSING ${node.type}`);
    else if (node.isError) problems.push(`${where(node)}: syntax error at ${JSON.stringify(short(node.text, 40))}`);
    for (const child of node.children) if (child) visit(child);
  };
  visit(tree.rootNode);
  tree.delete();
  return { ok: problems.length === 0, problems };
}

// ---- const with a runtime value --------------------------------------------------------------

const LITERALS = new Set([
  'string_literal',
  'verbatim_string_literal',
  'raw_string_literal',
  'character_literal',
  'integer_literal',
  'real_literal',
  'boolean_literal',
  'null_literal',
]);

export async function findConstWithRuntimeValue(code: string): Promise<string[]> {
  const tree = await parse(code);
  const problems: string[] = [];
  const constStrings = new Set<string>(); // names of `const string` seen so far
  const constOthers = new Set<string>();
  const isConstant = (e: Node): boolean => {
    if (LITERALS.has(e.type)) return true;
    switch (e.type) {
      case 'parenthesized_expression':
      case 'prefix_unary_expression':
        return named(e).every(isConstant);
      case 'binary_expression':
        return isConstant(e.childForFieldName('left')!) && isConstant(e.childForFieldName('right')!);
      case 'identifier':
        return constStrings.has(e.text) || constOthers.has(e.text);
      case 'interpolated_string_expression':
        // C# 10: constant when every hole is a constant string.
        return named(e)
          .filter((c) => c.type === 'interpolation')
          .every((hole) => {
            const inner = named(hole).filter((c) => c.type !== 'interpolation_brace');
            return inner.length === 1 && (inner[0]!.type === 'string_literal' || constStrings.has(inner[0]!.text));
          });
      case 'invocation_expression':
        return e.childForFieldName('function')?.text === 'nameof';
      default:
        return false;
    }
  };
  const visit = (node: Node): void => {
    if (
      (node.type === 'local_declaration_statement' || node.type === 'field_declaration') &&
      named(node).some((c) => c.type === 'modifier' && c.text === 'const')
    ) {
      const declaration = named(node).find((c) => c.type === 'variable_declaration');
      const type = declaration?.childForFieldName('type')?.text;
      for (const declarator of named(declaration).filter((c) => c.type === 'variable_declarator')) {
        const name = declarator.childForFieldName('name')!;
        const value = named(declarator).find((c) => c.startIndex >= name.endIndex);
        if (value && !isConstant(value)) {
          problems.push(
            `${where(declarator)}: const ${name.text} = ${short(value.text)} is not a compile-time constant (CS0133)`,
          );
        }
        (type === 'string' ? constStrings : constOthers).add(name.text);
      }
    }
    for (const child of named(node)) visit(child);
  };
  visit(tree.rootNode);
  tree.delete();
  return problems;
}

// ---- Box API ---------------------------------------------------------------------------------

/** Members every .NET object has. */
const OBJECT_MEMBERS = new Set(['ToString', 'GetHashCode', 'Equals', 'GetType']);
/** Members of System.Exception, for Box exception types (their base is outside the surface). */
const EXCEPTION_MEMBERS = new Set([
  'Message',
  'InnerException',
  'StackTrace',
  'Data',
  'Source',
  'HResult',
  'HelpLink',
  'TargetSite',
  'GetBaseException',
]);
/** Members of Task / Task<T>, for a call that was not awaited. */
const TASK_MEMBERS = new Set([
  'Result',
  'Wait',
  'GetAwaiter',
  'ConfigureAwait',
  'ContinueWith',
  'IsCompleted',
  'IsCompletedSuccessfully',
  'IsFaulted',
  'IsCanceled',
  'Exception',
  'Status',
  'Id',
  'AsyncState',
  'WaitAsync',
  'Dispose',
]);

/**
 * Box types that share their name with a type every program sees through the SDK's implicit usings
 * (System.IO.File beside Box.Sdk.Gen.Schemas.File): without a using of the Box type's namespace
 * the name is the System type, which this checker ignores.
 */
const SYSTEM_TYPE_NAMES = new Set(['File']);

/** Every type name in any line, to say "exists in another line" rather than ignore it. */
const ALL_TYPES = new Map<string, LineId[]>();
for (const [id, surface] of Object.entries(API_SURFACE) as [LineId, LineSurface][]) {
  for (const name of Object.keys(surface.types)) ALL_TYPES.set(name, [...(ALL_TYPES.get(name) ?? []), id]);
}

/** `System.Threading.Tasks.Task<X>?` → `Task<X>`; `Box.Sdk.Gen.BoxClient` → `BoxClient`. */
function normalizeType(text: string): string {
  let t = text.replace(/\s+/g, '').replace(/\?$/, '');
  const generic = t.indexOf('<');
  const head = generic < 0 ? t : t.slice(0, generic);
  t = head.slice(head.lastIndexOf('.') + 1) + (generic < 0 ? '' : t.slice(generic));
  return t;
}
const taskResult = (type: string): string | undefined => {
  if (type === 'Task' || type === 'ValueTask') return 'void';
  const m = /^(?:Value)?Task<(.+)>$/.exec(type);
  return m ? normalizeType(m[1]!) : undefined;
};

type MemberLookup =
  | { kind: 'method'; owner: string; overloads: Method[] }
  | { kind: 'property'; owner: string; property: Property }
  | { kind: 'unknown' } // the type has a base outside the surface that may declare it
  | undefined;

interface Arg {
  name?: string;
}

function overloadMatches(params: Param[], args: Arg[]): boolean {
  const positional = args.filter((a) => a.name === undefined).length;
  if (args.slice(0, positional).some((a) => a.name !== undefined)) return false;
  if (positional > params.length) return false;
  const filled = new Set(params.slice(0, positional).map((p) => p.name));
  for (const a of args.slice(positional)) {
    if (!params.some((p) => p.name === a.name) || filled.has(a.name!)) return false;
    filled.add(a.name!);
  }
  return params.every((p) => p.optional || filled.has(p.name));
}
/**
 * C#'s tie-break for overloads whose parameters (for the given arguments) have the same types: the
 * one needing no default values wins; if every candidate needs defaults the call is ambiguous
 * (CS0121). Returns the tied signatures, or undefined when there is no tie this walker can see
 * (argument types are unknown here, so candidates with different parameter types are not ties).
 */
function ambiguity(candidates: Param[][], args: Arg[]): Param[][] | undefined {
  if (candidates.length < 2) return undefined;
  const boundTypes = (params: Param[]) =>
    args.map((a, i) => normalizeType((a.name ? params.find((p) => p.name === a.name) : params[i])!.type)).join(',');
  const first = boundTypes(candidates[0]!);
  if (!candidates.every((c) => boundTypes(c) === first)) return undefined;
  const exact = candidates.filter((c) => c.length === args.length);
  return exact.length === 1 ? undefined : candidates;
}
const signature = (params: Param[]) => `(${params.map((p) => `${p.name}${p.optional ? '?' : ''}`).join(', ')})`;

function describeMismatch(what: string, overloads: Param[][], args: Arg[]): string {
  const names = new Set(overloads.flatMap((ps) => ps.map((p) => p.name)));
  const unknown = args.filter((a) => a.name !== undefined && !names.has(a.name)).map((a) => a.name!);
  const shapes = overloads.map(signature).join(' | ');
  if (unknown.length > 0)
    return `${what}: no parameter named ${unknown.map((n) => `\`${n}\``).join(', ')}; takes ${shapes}`;
  return `${what}: no overload takes these ${args.length} argument(s); takes ${shapes}`;
}

function suggest(name: string, candidates: string[]): string {
  const lower = name.toLowerCase();
  const hit =
    candidates.find((c) => c.toLowerCase() === lower) ??
    candidates.find((c) => c === name.replace(/Async$/, '') || c === `${name}Async`);
  return hit ? ` (did you mean \`${hit}\`?)` : '';
}

class BoxApiChecker {
  readonly problems: string[] = [];
  private readonly usings = new Set<string>();
  private readonly aliases = new Map<string, string>();
  private readonly vars = new Map<string, string | undefined>();

  constructor(
    private readonly line: LineId,
    private readonly surface: LineSurface,
  ) {}

  private report(node: Node, message: string) {
    this.problems.push(`${where(node)}: ${message}`);
  }

  private type(name: string): TypeSurface | undefined {
    const t = this.surface.types[name];
    if (SYSTEM_TYPE_NAMES.has(name) && (t === undefined || !this.usings.has(t.namespace))) return undefined;
    return t;
  }

  /**
   * The member `member` of `typeName` or its bases. For a call (`invoked`), methods are looked for
   * first through the whole hierarchy, extension methods included: C# drops a property that is no
   * delegate from an invocation's lookup, so `request.Method(…)` calls the extension method even
   * where the request has a `Method` property. Only when there is none is the property returned.
   */
  private findMember(typeName: string, member: string, invoked = false): MemberLookup {
    if (invoked) {
      const method = this.lookup(typeName, member, true, new Set());
      if (method?.kind === 'method') return method;
    }
    return this.lookup(typeName, member, false, new Set());
  }

  private lookup(typeName: string, member: string, methodsOnly: boolean, seen: Set<string>): MemberLookup {
    const t = this.type(typeName);
    if (!t || seen.has(typeName)) return { kind: 'unknown' };
    seen.add(typeName);
    const overloads = t.methods.filter((m) => m.name === member);
    if (overloads.length > 0) return { kind: 'method', owner: typeName, overloads };
    const property = methodsOnly ? undefined : t.properties.find((p) => p.name === member);
    if (property) return { kind: 'property', owner: typeName, property };
    for (const base of t.bases) {
      if (this.type(base)) {
        const found = this.lookup(base, member, methodsOnly, seen);
        if (found) return found;
      } else if (base === 'Exception' && EXCEPTION_MEMBERS.has(member)) {
        return { kind: 'unknown' };
      } else if (!/^I[A-Z]/.test(base) && base !== 'Exception') {
        return { kind: 'unknown' }; // a base class we know nothing about
      }
    }
    return undefined;
  }

  private memberNames(typeName: string, seen = new Set<string>()): string[] {
    const t = this.type(typeName);
    if (!t || seen.has(typeName)) return [];
    seen.add(typeName);
    return [
      ...t.methods.map((m) => m.name),
      ...t.properties.map((p) => p.name),
      ...t.bases.flatMap((b) => this.memberNames(b, seen)),
    ];
  }

  /** Checks that a type named in the code exists in this line and is imported. Returns its simple name if it is a Box type. */
  private checkTypeName(node: Node): string | undefined {
    const text = node.text.replace(/\s+/g, '').replace(/\?$/, '');
    if (/[<[]/.test(text)) return undefined; // generic or array: not a Box bootstrap type
    const dot = text.lastIndexOf('.');
    const name = text.slice(dot + 1);
    const qualifier = dot < 0 ? undefined : text.slice(0, dot);
    const t = this.type(name);
    if (!t && SYSTEM_TYPE_NAMES.has(name) && qualifier === undefined) return undefined;
    if (!t) {
      const elsewhere = ALL_TYPES.get(name);
      if (elsewhere)
        this.report(node, `type \`${name}\` does not exist in ${this.line} (it is in ${elsewhere.join(', ')})`);
      else if (/^Box[A-Z]/.test(name) || qualifier?.startsWith('Box.')) {
        this.report(node, `unknown Box type \`${text}\` (not in api-surface.ts for ${this.line})`);
      }
      return undefined;
    }
    if (qualifier !== undefined) {
      const ns = this.aliases.get(qualifier) ?? qualifier;
      if (ns !== t.namespace) this.report(node, `\`${name}\` is in namespace ${t.namespace}, not ${ns}`);
    } else if (!this.usings.has(t.namespace)) {
      this.report(node, `\`${name}\` needs \`using ${t.namespace};\``);
    }
    return name;
  }

  private args(list: Node | null): Arg[] {
    return named(list)
      .filter((a) => a.type === 'argument')
      .map((a) => {
        const n = a.childForFieldName('name');
        return n ? { name: n.text } : {};
      });
  }

  /** The Box type of an expression, or undefined when unknown. Reports nothing. */
  private typeOf(e: Node | null): string | undefined {
    if (!e) return undefined;
    switch (e.type) {
      case 'identifier':
        return this.vars.get(e.text);
      case 'parenthesized_expression':
        return this.typeOf(named(e)[0] ?? null);
      case 'postfix_unary_expression': // x!
        return e.text.endsWith('!') ? this.typeOf(named(e)[0] ?? null) : undefined;
      case 'object_creation_expression': {
        const name = normalizeType(e.childForFieldName('type')?.text ?? '');
        return this.type(name) ? name : undefined;
      }
      case 'as_expression': {
        const name = normalizeType(e.childForFieldName('right')?.text ?? '');
        return this.type(name) ? name : undefined;
      }
      case 'conditional_access_expression': {
        // a?.B
        const type = this.typeOf(e.childForFieldName('condition'));
        const name = named(e)
          .find((c) => c.type === 'member_binding_expression')
          ?.childForFieldName('name')?.text;
        const found = type && name ? this.findMember(type, name) : undefined;
        return found?.kind === 'property' ? normalizeType(found.property.type) : undefined;
      }
      case 'await_expression': {
        const inner = this.typeOf(named(e)[0] ?? null);
        return inner ? taskResult(inner) : undefined;
      }
      case 'member_access_expression': {
        const found = this.receiverMember(e);
        return found?.kind === 'property' ? normalizeType(found.property.type) : undefined;
      }
      case 'invocation_expression': {
        const fn = e.childForFieldName('function');
        if (fn?.type !== 'member_access_expression') return undefined;
        const found = this.receiverMember(fn, true);
        if (found?.kind !== 'method') return undefined;
        const args = this.args(e.childForFieldName('arguments'));
        const chosen = found.overloads.find((m) => overloadMatches(m.params, args)) ?? found.overloads[0]!;
        return normalizeType(chosen.returns);
      }
      default:
        return undefined;
    }
  }

  /** Resolves `a.B` without reporting: the member, or undefined when the receiver's type is unknown. */
  private receiverMember(access: Node, invoked = false): MemberLookup {
    const receiverType = this.receiverType(access.childForFieldName('expression'));
    if (!receiverType) return undefined;
    return this.findMember(receiverType.type, memberName(access), invoked);
  }

  /** The receiver's type, and whether the receiver is the type itself (a static access). */
  private receiverType(receiver: Node | null): { type: string; isStatic: boolean } | undefined {
    if (!receiver) return undefined;
    if (receiver.type === 'identifier' && !this.vars.has(receiver.text) && this.type(receiver.text)) {
      return { type: receiver.text, isStatic: true };
    }
    const type = this.typeOf(receiver);
    return type ? { type, isStatic: false } : undefined;
  }

  // ---- checks at each node ----

  private checkUsing(node: Node) {
    const alias = node.childForFieldName('name'); // `using A = X.Y;`
    const target = named(node)
      .filter((c) => c.startIndex !== alias?.startIndex)
      .at(-1);
    if (!target) return;
    const ns = target.text.replace(/\s+/g, '');
    if (alias) this.aliases.set(alias.text, ns);
    else if (!/^\s*(global\s+)?using\s+static\b/.test(node.text)) this.usings.add(ns);
    if (!ns.startsWith('Box.') && ns !== 'Box') return;
    const isType = this.type(ns.slice(ns.lastIndexOf('.') + 1))?.namespace === ns.slice(0, ns.lastIndexOf('.'));
    if (!this.surface.namespaces.includes(ns) && !isType) {
      this.report(
        node,
        `namespace \`${ns}\` does not exist in ${this.line} (namespaces: ${this.surface.namespaces.join(', ')})`,
      );
    }
  }

  private checkCreation(node: Node) {
    const typeNode = node.childForFieldName('type');
    const name = typeNode ? this.checkTypeName(typeNode) : undefined;
    if (!name) return;
    const t = this.type(name)!;
    const args = this.args(node.childForFieldName('arguments'));
    const what = `new ${name}(${short(node.childForFieldName('arguments')?.text.slice(1, -1) ?? '', 40)})`;
    const matching = t.ctors.map((c) => c.params).filter((ps) => overloadMatches(ps, args));
    const tied = ambiguity(matching, args);
    if (t.kind === 'interface') this.report(node, `cannot create an instance of interface \`${name}\``);
    else if (matching.length === 0)
      this.report(
        node,
        describeMismatch(
          what,
          t.ctors.map((c) => c.params),
          args,
        ),
      );
    else if (tied) this.report(node, `${what}: ambiguous between ${tied.map(signature).join(' and ')} (CS0121)`);
    const initializer = node.childForFieldName('initializer');
    for (const assignment of named(initializer).filter((c) => c.type === 'assignment_expression')) {
      const left = assignment.childForFieldName('left');
      if (left?.type !== 'identifier') continue;
      const found = this.findMember(name, left.text);
      if (found === undefined) {
        this.report(left, `\`${name}\` has no property \`${left.text}\`${suggest(left.text, this.memberNames(name))}`);
      } else if (found.kind === 'method') {
        this.report(left, `\`${name}.${left.text}\` is a method, not a property`);
      } else if (found.kind === 'property' && !found.property.settable) {
        this.report(
          left,
          `\`${found.owner}.${left.text}\` cannot be set in an object initializer (no public set/init)`,
        );
      }
    }
  }

  /** `a.B` (when not called) and `a.B(...)` (when `call` is the invocation). */
  private checkMember(access: Node, call?: Node) {
    const receiverNode = access.childForFieldName('expression');
    // `T.M(...)` with T a type: check T exists in this line and is imported.
    if (
      receiverNode?.type === 'identifier' &&
      !this.vars.has(receiverNode.text) &&
      (ALL_TYPES.has(receiverNode.text) || /^Box[A-Z]/.test(receiverNode.text))
    ) {
      this.checkTypeName(receiverNode);
    }
    const receiver = this.receiverType(receiverNode);
    if (!receiver) return;
    const name = memberName(access);
    const { type, isStatic } = receiver;
    if (OBJECT_MEMBERS.has(name)) return;
    const result = taskResult(type);
    if (result !== undefined) {
      const onResult = result !== 'void' && this.type(result) && this.findMember(result, name);
      if (!TASK_MEMBERS.has(name) || onResult)
        this.report(access, `\`${name}\` on an un-awaited ${type}: missing \`await\`?`);
      return;
    }
    if (!this.type(type)) return;
    const found = this.findMember(type, name, call !== undefined);
    if (found === undefined) {
      this.report(access, `\`${type}\` has no member \`${name}\`${suggest(name, this.memberNames(type))}`);
      return;
    }
    if (found.kind === 'unknown') return;
    const memberIsStatic = found.kind === 'method' ? found.overloads.every((m) => m.static) : !!found.property.static;
    if (isStatic && !memberIsStatic)
      this.report(access, `\`${type}.${name}\` is an instance member; call it on an instance`);
    if (!isStatic && memberIsStatic && found.kind === 'method')
      this.report(access, `\`${type}.${name}\` is static; call it as \`${found.owner}.${name}(...)\``);
    if (call && found.kind === 'property') this.report(access, `\`${type}.${name}\` is a property, not a method`);
    if (call && found.kind === 'method') {
      const args = this.args(call.childForFieldName('arguments'));
      const matching = found.overloads.map((m) => m.params).filter((ps) => overloadMatches(ps, args));
      const tied = ambiguity(matching, args);
      if (matching.length === 0)
        this.report(
          call,
          describeMismatch(
            `${type}.${name}`,
            found.overloads.map((m) => m.params),
            args,
          ),
        );
      else if (tied)
        this.report(
          call,
          `${type}.${name}: call is ambiguous between ${tied.map(signature).join(' and ')} (CS0121); name the argument`,
        );
    }
  }

  private checkAwait(node: Node) {
    const operand = named(node)[0] ?? null;
    const type = this.typeOf(operand);
    if (type && this.type(type) && taskResult(type) === undefined) {
      this.report(node, `\`await\` on ${type}, which is not awaitable (the method is synchronous)`);
    }
  }

  visit(node: Node): void {
    switch (node.type) {
      case 'using_directive':
        this.checkUsing(node);
        return;
      case 'object_creation_expression':
        this.checkCreation(node);
        break;
      case 'invocation_expression': {
        const fn = node.childForFieldName('function');
        if (fn?.type === 'member_access_expression') {
          // Check `a.B(...)` as a call, then visit `a` and the arguments (not `a.B` again).
          this.checkMember(fn, node);
          const receiver = fn.childForFieldName('expression');
          if (receiver) this.visit(receiver);
          for (const child of named(node.childForFieldName('arguments'))) this.visit(child);
          return;
        }
        break;
      }
      case 'member_access_expression':
        this.checkMember(node);
        break;
      // `x as T` and `x is T`: T must be a type of the line.
      case 'as_expression': {
        const right = node.childForFieldName('right');
        if (right?.type === 'identifier' || right?.type === 'qualified_name') this.checkTypeName(right);
        break;
      }
      case 'is_pattern_expression': {
        const pattern = node.childForFieldName('pattern');
        const type =
          pattern?.type === 'constant_pattern' || pattern?.type === 'type_pattern' ? named(pattern)[0] : undefined;
        if (type?.type === 'identifier' || type?.type === 'qualified_name') this.checkTypeName(type);
        break;
      }
      case 'conditional_access_expression': {
        // a?.B: check B on a's type.
        const type = this.typeOf(node.childForFieldName('condition'));
        const binding = named(node).find((c) => c.type === 'member_binding_expression');
        const name = binding?.childForFieldName('name')?.text;
        if (type && name && this.type(type) && !OBJECT_MEMBERS.has(name) && this.findMember(type, name) === undefined) {
          this.report(binding!, `\`${type}\` has no member \`${name}\`${suggest(name, this.memberNames(type))}`);
        }
        break;
      }
      case 'await_expression':
        this.checkAwait(node);
        break;
      case 'variable_declaration': {
        const typeNode = node.childForFieldName('type');
        const declared = typeNode && typeNode.type !== 'implicit_type' ? this.checkTypeName(typeNode) : undefined;
        for (const declarator of named(node).filter((c) => c.type === 'variable_declarator')) {
          const nameNode = declarator.childForFieldName('name')!;
          const value = named(declarator).find((c) => c.startIndex >= nameNode.endIndex);
          if (value) this.visit(value);
          this.vars.set(
            nameNode.text,
            declared ?? (typeNode?.type === 'implicit_type' ? this.typeOf(value ?? null) : undefined),
          );
        }
        return;
      }
      case 'catch_declaration': {
        const typeNode = node.childForFieldName('type');
        const declared = typeNode ? this.checkTypeName(typeNode) : undefined;
        const nameNode = node.childForFieldName('name');
        if (nameNode) this.vars.set(nameNode.text, declared);
        return;
      }
      case 'parameter': {
        const nameNode = node.childForFieldName('name');
        if (nameNode) this.vars.set(nameNode.text, undefined); // shadows an outer variable
        return;
      }
    }
    for (const child of named(node)) this.visit(child);
  }
}

function memberName(access: Node): string {
  const name = access.childForFieldName('name');
  if (!name) return '';
  return name.type === 'generic_name' ? (named(name)[0]?.text ?? name.text) : name.text;
}

/**
 * Checks every Box type, constructor, member, named argument, object-initializer property and
 * `using Box.*` directive in `code` against the API of one SDK line. Returns problems as
 * "line:column: message"; an empty list means nothing wrong was found.
 */
export async function checkBoxApi(code: string, line: LineId): Promise<string[]> {
  const tree = await parse(code);
  const checker = new BoxApiChecker(line, API_SURFACE[line]);
  // Usings first, so a type used above a using (impossible in valid C#) is not misreported.
  for (const child of named(tree.rootNode)) if (child.type === 'using_directive') checker.visit(child);
  for (const child of named(tree.rootNode)) if (child.type !== 'using_directive') checker.visit(child);
  tree.delete();
  return checker.problems;
}
