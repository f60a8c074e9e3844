// Syntax checks with tree-sitter for languages this machine cannot compile in-process (Java,
// C#, Swift): every ERROR or MISSING node is reported with its position. tree-sitter-swift ships
// no .wasm; @repomix/tree-sitter-wasms carries one built from tree-sitter-swift 0.7.1.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Language, Parser, type Node } from 'web-tree-sitter';

const require = createRequire(import.meta.url);
const GRAMMARS = {
  java: join(dirname(require.resolve('tree-sitter-java/package.json')), 'tree-sitter-java.wasm'),
  csharp: join(dirname(require.resolve('tree-sitter-c-sharp/package.json')), 'tree-sitter-c_sharp.wasm'),
  swift: join(dirname(require.resolve('@repomix/tree-sitter-wasms/package.json')), 'out', 'tree-sitter-swift.wasm'),
} as const;

export type TreeSitterLanguage = keyof typeof GRAMMARS;

let initialised: Promise<void> | undefined;
const parsers = new Map<TreeSitterLanguage, Promise<Parser>>();

export function parserFor(language: TreeSitterLanguage): Promise<Parser> {
  let parser = parsers.get(language);
  if (parser === undefined) {
    initialised ??= Parser.init();
    parser = initialised.then(async () => {
      const instance = new Parser();
      instance.setLanguage(await Language.load(GRAMMARS[language]));
      return instance;
    });
    parsers.set(language, parser);
  }
  return parser;
}

export async function syntaxProblems(language: TreeSitterLanguage, code: string): Promise<string[]> {
  const tree = (await parserFor(language)).parse(code);
  if (tree === null) return ['parser returned no tree'];
  const problems: string[] = [];
  const visit = (node: Node): void => {
    if (node.isError || node.isMissing) {
      const where = `${node.startPosition.row + 1}:${node.startPosition.column + 1}`;
      problems.push(
        `${node.isMissing ? 'MISSING' : 'ERROR'} at ${where}: ${JSON.stringify(node.text.slice(0, 40) || node.type)}`,
      );
    }
    for (const child of node.children) if (child) visit(child);
  };
  visit(tree.rootNode);
  tree.delete();
  return problems;
}
