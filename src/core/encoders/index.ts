// One string-literal encoder per target language: the boundary between user input and code.

import { encodeCSharpString } from './csharp.js';
import { encodeJavaString } from './java.js';
import { encodeJavaScriptString } from './javascript.js';
import { encodePythonString } from './python.js';
import { encodeShellString, shellStringProblem } from './shell.js';
import { encodeSwiftString, swiftStringProblem } from './swift.js';

export const STRING_ENCODERS = {
  python: encodePythonString,
  javascript: encodeJavaScriptString,
  typescript: encodeJavaScriptString,
  java: encodeJavaString,
  csharp: encodeCSharpString,
  shell: encodeShellString,
  swift: encodeSwiftString,
} as const satisfies Record<string, (value: string) => string>;

export type Language = keyof typeof STRING_ENCODERS;

/**
 * For languages whose strings cannot hold every JavaScript string: what the value holds that the
 * language cannot (described, never shown), or undefined when it can be written.
 */
export const STRING_LIMITS: Partial<Record<Language, (value: string) => string | undefined>> = {
  shell: shellStringProblem,
  swift: swiftStringProblem,
};

export {
  encodeCSharpString,
  encodeJavaString,
  encodeJavaScriptString,
  encodePythonString,
  encodeShellString,
  encodeSwiftString,
};
