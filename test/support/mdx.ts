// Reading MDX back with @mdx-js/mdx, the compiler Mintlify and Docusaurus both build on: its
// own parser for the structure, its compiler for "it compiles".

import { compile, createProcessor } from '@mdx-js/mdx';
import type { Code, Root, RootContent } from 'mdast';

export interface JsxElement {
  type: 'mdxJsxFlowElement';
  name: string | null;
  attributes: { type: string; name: string; value: unknown }[];
  children: RootContent[];
}

export function parseMdx(text: string, format: 'mdx' | 'md' = 'mdx'): Root {
  return createProcessor({ format }).parse(text) as Root;
}

export async function compileMdx(text: string): Promise<string> {
  return String(await compile(text));
}

export function isElement(node: { type: string }, name?: string): node is JsxElement & RootContent {
  return node.type === 'mdxJsxFlowElement' && (name === undefined || (node as unknown as JsxElement).name === name);
}

/** An attribute's value: a string, `true` for a bare attribute, or the string an expression evaluates to. */
export function attribute(element: JsxElement, name: string): string | true | undefined {
  const found = element.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  if (found === undefined) return undefined;
  if (found.value === null) return true;
  if (typeof found.value === 'string') return found.value;
  // An expression attribute (`title={"…"}`): the tests write only JSON string literals there.
  return JSON.parse((found.value as { value: string }).value) as string;
}

export function codeNodes(nodes: readonly RootContent[]): Code[] {
  return nodes.filter((node): node is Code => node.type === 'code');
}
