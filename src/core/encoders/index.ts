// One string-literal encoder per target language: the boundary between user input and code. Each
// encoder's module says which languages it writes (a target family's file takes its own, so a page
// that shows one program loads one encoder).

import { CSHARP_STRINGS } from './csharp.js';
import { JAVA_STRINGS } from './java.js';
import { JAVASCRIPT_STRINGS } from './javascript.js';
import { PYTHON_STRINGS } from './python.js';
import { SHELL_STRINGS } from './shell.js';
import { SWIFT_STRINGS } from './swift.js';

/** A language's string literals: the encoder, and where the language cannot hold every string, what it cannot. */
export interface LanguageStrings {
  readonly encode: (value: string) => string;
  /** What the value holds that the language cannot (described, never shown), or undefined when it can be written. */
  readonly problem?: (value: string) => string | undefined;
}

export const LANGUAGE_STRINGS = {
  ...PYTHON_STRINGS,
  ...JAVASCRIPT_STRINGS,
  ...JAVA_STRINGS,
  ...CSHARP_STRINGS,
  ...SHELL_STRINGS,
  ...SWIFT_STRINGS,
} as const satisfies Record<string, LanguageStrings>;

export type Language = keyof typeof LANGUAGE_STRINGS;

export const STRING_ENCODERS = Object.fromEntries(
  Object.entries(LANGUAGE_STRINGS).map(([language, strings]) => [language, strings.encode]),
) as Readonly<Record<Language, (value: string) => string>>;

/** For languages whose strings cannot hold every JavaScript string: what the value holds that they cannot. */
export const STRING_LIMITS = Object.fromEntries(
  Object.entries(LANGUAGE_STRINGS).flatMap(([language, strings]) =>
    'problem' in strings ? [[language, strings.problem]] : [],
  ),
) as Readonly<Partial<Record<Language, (value: string) => string | undefined>>>;

export { encodeCSharpString } from './csharp.js';
export { encodeJavaString } from './java.js';
export { encodeJavaScriptString } from './javascript.js';
export { encodePythonString } from './python.js';
export { encodeShellString } from './shell.js';
export { encodeSwiftString } from './swift.js';
