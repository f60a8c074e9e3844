// Errors are values with a stable code and a one-line message; the CLI maps codes to exit codes.
// Messages never contain a secret: they describe a bad value by its shape, never by its text.
// The core's messages name the library's options (`token`, `clientSecret`, `credentials: 'env'`);
// a caller with a vocabulary of its own (the CLI's flags) asks for the message in its words.

import type { CredentialName } from './credentials.js';

export type ErrorCode =
  | 'UNKNOWN_TARGET'
  | 'UNKNOWN_PACKAGE'
  | 'UNKNOWN_MODULE_STYLE'
  | 'UNSUPPORTED_AUTH'
  | 'INVALID_CREDENTIAL'
  | 'MISSING_CREDENTIAL'
  | 'CONFLICTING_OPTIONS'
  | 'INVALID_BASE_URL'
  | 'TEMPLATES_NOT_LOADED';

/** The options of generate() (and docsTabs()) that a message can name. */
export type OptionName =
  | 'target'
  | 'targets'
  | 'package'
  | 'style'
  | 'auth'
  | 'credentials'
  // Each credential by its name (the credential table's rows).
  | CredentialName
  | 'asUser'
  | 'downscope'
  | 'resource'
  | 'revoke'
  | 'tokenFile'
  | 'existingTokens'
  | 'subject'
  | 'includeOptionalCredentials'
  | 'redirectUri'
  | 'baseUrl'
  | 'fileName'
  | 'validate';

/** The two settings a message suggests by name: reading credentials at run time, and not validating. */
export type SuggestedSetting = { credentials: 'env' } | { validate: false };

/** How a message names an option, or a setting it suggests. */
export interface Naming {
  option(name: OptionName): string;
  setting(setting: SuggestedSetting): string;
}

/** The library's own words: the option names of generate(). */
export const OPTION_NAMING: Naming = {
  option: (name) => name,
  setting: (setting) =>
    Object.entries(setting)
      .map(([name, value]) => `${name}: ${typeof value === 'string' ? `'${value}'` : String(value)}`)
      .join(''),
};

/** A message that names options, written once for every vocabulary. */
export type Describe = (naming: Naming) => string;

export class BoxSnippetError extends Error {
  readonly code: ErrorCode;
  /** The library option the error is about, when there is one (or, for the CLI's own errors, its flag). */
  readonly option: string | undefined;
  readonly #describe: Describe;

  constructor(code: ErrorCode, message: string | Describe, option?: string) {
    const describe = typeof message === 'string' ? () => message : message;
    super(describe(OPTION_NAMING));
    this.name = 'BoxSnippetError';
    this.code = code;
    this.option = option;
    this.#describe = describe;
  }

  /** The message with options named in another vocabulary, e.g. the CLI's flags. */
  messageIn(naming: Naming): string {
    return this.#describe(naming);
  }
}

export function isBoxSnippetError(value: unknown): value is BoxSnippetError {
  return value instanceof BoxSnippetError;
}
