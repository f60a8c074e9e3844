// The credential vocabulary shared by every target and auth method, and how a credential given
// by the user is checked before it reaches an encoder.

import type { AuthMethodId } from './targets.js';
import { BoxSnippetError } from './errors.js';

export interface CredentialInput {
  /** The CLI flag that carries a literal value. */
  readonly flag: string;
  /** The environment variable a `--from-env` program reads. */
  readonly envVar: string;
  /** What a placeholder program shows instead of a value. */
  readonly placeholder: string;
  /** What the value is and where the user gets it (shown next to placeholders). */
  readonly description: string;
  readonly where: string;
  /** The accepted format, as a pattern and in words for error messages. */
  readonly pattern: RegExp;
  readonly expected: string;
  /** Whether the value is a secret: never shown in messages, not even in part. */
  readonly secret: boolean;
  /** Variable names the templates use, per naming convention. */
  readonly camelName: string;
  readonly snakeName: string;
  readonly upperName: string;
}

export const CREDENTIAL_INPUTS = {
  token: {
    flag: '--token',
    envVar: 'BOX_DEVELOPER_TOKEN',
    placeholder: 'YOUR_DEVELOPER_TOKEN',
    description: 'a Developer Token (valid for 60 minutes)',
    where: 'Box Developer Console > your app > Configuration > Developer Token',
    pattern: /^[A-Za-z0-9]{32}$/,
    expected: 'a Box Developer Token: 32 letters and digits',
    secret: true,
    camelName: 'developerToken',
    snakeName: 'developer_token',
    upperName: 'DEVELOPER_TOKEN',
  },
  clientId: {
    flag: '--client-id',
    envVar: 'BOX_CLIENT_ID',
    placeholder: 'YOUR_CLIENT_ID',
    description: "your app's Client ID",
    where: 'Box Developer Console > your app > Configuration > OAuth 2.0 Credentials',
    pattern: /^[a-z0-9]{32}$/,
    expected: 'a Box Client ID: 32 lowercase letters and digits',
    secret: false,
    camelName: 'clientId',
    snakeName: 'client_id',
    upperName: 'CLIENT_ID',
  },
  clientSecret: {
    flag: '--client-secret',
    envVar: 'BOX_CLIENT_SECRET',
    placeholder: 'YOUR_CLIENT_SECRET',
    description: "your app's Client Secret",
    where: 'Box Developer Console > your app > Configuration > OAuth 2.0 Credentials',
    pattern: /^[A-Za-z0-9]{32}$/,
    expected: 'a Box Client Secret: 32 letters and digits',
    secret: true,
    camelName: 'clientSecret',
    snakeName: 'client_secret',
    upperName: 'CLIENT_SECRET',
  },
} as const satisfies Record<string, CredentialInput>;

export type CredentialName = keyof typeof CREDENTIAL_INPUTS;

export interface AuthMethod {
  readonly id: AuthMethodId;
  readonly title: string;
  readonly required: readonly CredentialName[];
  /** Credentials that are included together or not at all. */
  readonly optionalGroup: readonly CredentialName[];
}

export const AUTH_METHOD_TABLE: Readonly<Record<AuthMethodId, AuthMethod>> = {
  'developer-token': {
    id: 'developer-token',
    title: 'Developer Token',
    required: ['token'],
    optionalGroup: ['clientId', 'clientSecret'],
  },
};

/** Literal values, one per credential; absent ones are not part of the program. */
export type LiteralCredentials = Partial<Record<CredentialName, string>>;

/**
 * Where the program's credentials come from: literal values written into the code, environment
 * variables read at run time, or placeholders for the reader to replace.
 */
export type CredentialSource = 'placeholder' | 'env' | LiteralCredentials;

/**
 * The credentials a program for `auth` will contain. Literal mode includes the optional group
 * when the user gave any of it; the other modes include it when asked to.
 */
export function selectCredentials(
  auth: AuthMethod,
  source: CredentialSource,
  includeOptional: boolean,
): CredentialName[] {
  if (typeof source === 'object') {
    const given = auth.optionalGroup.filter((name) => source[name] !== undefined);
    if (given.length > 0 && given.length < auth.optionalGroup.length) {
      const missing = auth.optionalGroup.find((name) => source[name] === undefined)!;
      const flags = auth.optionalGroup.map((name) => CREDENTIAL_INPUTS[name].flag).join(' and ');
      throw new BoxSnippetError(
        'MISSING_CREDENTIAL',
        `${CREDENTIAL_INPUTS[missing].flag}: ${flags} go together; give both or neither`,
        CREDENTIAL_INPUTS[missing].flag,
      );
    }
    return [...auth.required, ...(given.length > 0 ? auth.optionalGroup : [])];
  }
  return [...auth.required, ...(includeOptional ? auth.optionalGroup : [])];
}

/** Checks each literal value against its format. Never puts the value into the message. */
export function validateLiteral(name: CredentialName, value: string, strict: boolean): void {
  const input: CredentialInput = CREDENTIAL_INPUTS[name];
  if (value.length === 0) {
    throw new BoxSnippetError('INVALID_CREDENTIAL', `${input.flag}: expected ${input.expected}, got an empty value`, input.flag);
  }
  if (strict && !input.pattern.test(value)) {
    throw new BoxSnippetError(
      'INVALID_CREDENTIAL',
      `${input.flag}: expected ${input.expected}, got ${describeShape(value)} (use --no-validate to accept it as is)`,
      input.flag,
    );
  }
}

/** Says what was wrong with a value without revealing it. */
function describeShape(value: string): string {
  const length = [...value].length;
  const odd = [...value].filter((char) => !/[A-Za-z0-9]/.test(char)).length;
  const parts = [`${length} characters`];
  if (odd > 0) parts.push(`${odd} of them not letters or digits`);
  return parts.join(', ');
}
