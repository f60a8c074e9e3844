// Syntax highlighting for the page: Shiki with only the grammars the programs and install steps
// use, and its JavaScript regex engine, so the page needs no WebAssembly (which its
// Content-Security-Policy would have to allow). Colours are set through the CSSOM, which the
// policy allows, not as style attributes, which it forbids. The library never loads any of this.

import { createHighlighterCoreSync } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import csharp from 'shiki/langs/csharp.mjs';
import java from 'shiki/langs/java.mjs';
import javascript from 'shiki/langs/javascript.mjs';
import powershell from 'shiki/langs/powershell.mjs';
import python from 'shiki/langs/python.mjs';
import shellscript from 'shiki/langs/shellscript.mjs';
import swift from 'shiki/langs/swift.mjs';
import typescript from 'shiki/langs/typescript.mjs';
import xml from 'shiki/langs/xml.mjs';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';

const highlighter = createHighlighterCoreSync({
  engine: createJavaScriptRegexEngine(),
  langs: [csharp, java, javascript, powershell, python, shellscript, swift, typescript, xml],
  themes: [githubLight, githubDark],
});

/**
 * `code` as highlighted lines: a span per token, a line break between lines, so the element's
 * text is `code` exactly. In a dark colour scheme the stylesheet switches to `--shiki-dark`.
 */
export function highlighted(code: string, languageTag: string): DocumentFragment {
  const lang = highlighter.getLoadedLanguages().includes(languageTag) ? languageTag : 'text';
  const { tokens } = highlighter.codeToTokens(code, {
    lang,
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: 'light',
  });
  const fragment = document.createDocumentFragment();
  tokens.forEach((line, index) => {
    if (index > 0) fragment.append('\n');
    for (const token of line) {
      const span = document.createElement('span');
      span.textContent = token.content;
      for (const [property, value] of Object.entries(token.htmlStyle ?? {})) span.style.setProperty(property, value);
      fragment.append(span);
    }
  });
  return fragment;
}
