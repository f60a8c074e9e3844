// The encoders are proven to round-trip through each language's own reader (encoders.test.ts);
// this proves the rest of the way: a hostile value given to `generate` comes out of the whole
// pipeline (render, tidy, prettier) as a literal that still reads as exactly that value, for every
// language. Prettier may re-quote a JavaScript string, so there the TypeScript parser reads the
// formatted program's literals back; elsewhere the encoder's own output must stand in the program
// byte for byte.

import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { STRING_LIMITS } from '../src/core/encoders/index.js';
import { STRING_ENCODERS, TARGETS, generate, type Language, type Target } from '../src/core/index.js';
import { formatSnippet } from '../src/format.js';
import { sampleHostileStrings } from './support/arbitrary-strings.js';

const SAMPLES = 200;
/** Found by hand: trailing blanks and a run of line breaks inside a shell literal (tidy ate them). */
const REGRESSIONS = ['ab  \n\n\n\n\ncd', 'a \n', '\n\n\n\nb', 'x\t\n\t\ny  '];

/** One target and style per language: each language has one encoder, one formatter. */
const byLanguage = new Map<Language, { target: Target; style: string }>();
for (const target of TARGETS as readonly Target[])
  for (const style of target.styles)
    if (!byLanguage.has(style.language)) byLanguage.set(style.language, { target, style: style.id });

function stringLiterals(code: string, fileName: string): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('a hostile value survives the whole pipeline as a literal of exactly that value', () => {
  it.each([...byLanguage].map(([language, entry]) => [language, entry] as const))(
    '%s',
    async (language, { target, style }) => {
      const limit = STRING_LIMITS[language];
      const values = [...REGRESSIONS, ...sampleHostileStrings(SAMPLES * 2, 20261205)]
        // A blank value is refused whatever `validate` says.
        .filter((value) => value.trim() !== '' && limit?.(value) === undefined)
        .slice(0, SAMPLES + REGRESSIONS.length);
      expect(values.length).toBe(SAMPLES + REGRESSIONS.length);
      const lost: string[] = [];
      for (const value of values) {
        const snippet = await formatSnippet(
          generate({
            target: target.id as 'python',
            style: style as 'script',
            credentials: { token: value },
            validate: false,
          }),
        );
        const held =
          language === 'javascript' || language === 'typescript'
            ? stringLiterals(snippet.code, snippet.fileName).includes(value)
            : snippet.code.includes(STRING_ENCODERS[language](value));
        if (!held) lost.push(JSON.stringify(value));
      }
      expect(lost.slice(0, 5)).toEqual([]);
    },
  );
});
