// One string-literal encoder per target language: the boundary between user input and code.

import { encodeCSharpString } from './csharp.js';
import { encodeJavaString } from './java.js';
import { encodeJavaScriptString } from './javascript.js';
import { encodePythonString } from './python.js';

export const STRING_ENCODERS = {
  python: encodePythonString,
  javascript: encodeJavaScriptString,
  typescript: encodeJavaScriptString,
  java: encodeJavaString,
  csharp: encodeCSharpString,
} as const satisfies Record<string, (value: string) => string>;

export type Language = keyof typeof STRING_ENCODERS;

export { encodeCSharpString, encodeJavaString, encodeJavaScriptString, encodePythonString };
