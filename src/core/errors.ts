// Errors are values with a stable code and a one-line message; the CLI maps codes to exit codes.
// Messages never contain a secret: they describe a bad value by its shape, never by its text.

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

export class BoxSnippetError extends Error {
  readonly code: ErrorCode;
  /** The CLI flag or library option the error is about, when there is one. */
  readonly option: string | undefined;

  constructor(code: ErrorCode, message: string, option?: string) {
    super(message);
    this.name = 'BoxSnippetError';
    this.code = code;
    this.option = option;
  }
}

export function isBoxSnippetError(value: unknown): value is BoxSnippetError {
  return value instanceof BoxSnippetError;
}
