// The credential vocabulary shared by every target and auth method, and how a credential given
// by the user is checked before it reaches an encoder.

import { BoxSnippetError } from './errors.js';

export interface CredentialInput {
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
  enterpriseId: {
    envVar: 'BOX_ENTERPRISE_ID',
    placeholder: 'YOUR_ENTERPRISE_ID',
    description: "your enterprise's ID",
    where: 'Box Admin Console > Account & Billing > Enterprise ID, or your app > General Settings',
    pattern: /^[0-9]{1,20}$/,
    expected: 'a Box enterprise ID: digits only',
    secret: false,
    camelName: 'enterpriseId',
    snakeName: 'enterprise_id',
    upperName: 'ENTERPRISE_ID',
  },
  userId: {
    envVar: 'BOX_USER_ID',
    placeholder: 'YOUR_USER_ID',
    description: 'the ID of the user to act as',
    where: "Box Admin Console > Users and Groups, or the user's Account Settings",
    pattern: /^[0-9]{1,20}$/,
    expected: 'a Box user ID: digits only',
    secret: false,
    camelName: 'userId',
    snakeName: 'user_id',
    upperName: 'USER_ID',
  },
  jwtConfigPath: {
    envVar: 'BOX_JWT_CONFIG_PATH',
    placeholder: 'path/to/config.json',
    description: "the path of your app's JSON config file",
    where: 'Box Developer Console > your app > Configuration > Generate a Public/Private Keypair',
    pattern: /^[^\0]+$/,
    expected: 'the path of the JSON config file the Box Developer Console downloads',
    secret: false,
    camelName: 'jwtConfigPath',
    snakeName: 'jwt_config_path',
    upperName: 'JWT_CONFIG_PATH',
  },
  appToken: {
    envVar: 'BOX_APP_TOKEN',
    placeholder: 'YOUR_APP_TOKEN',
    description: "your app's primary or secondary App Token",
    where:
      'Box Developer Console > your app (a Limited Access App, or App Token auth) > Configuration > App Token Keys > Generate Key, once an admin has authorized the app',
    pattern: /^[A-Za-z0-9]{32}$/,
    expected: 'a Box App Token: 32 letters and digits',
    secret: true,
    camelName: 'appToken',
    snakeName: 'app_token',
    upperName: 'APP_TOKEN',
  },
  asUserId: {
    envVar: 'BOX_AS_USER_ID',
    placeholder: 'AS_USER_ID',
    description: 'the ID of the user every API call acts as (the As-User header)',
    where:
      'Box Admin Console > Users and Groups; the app needs "Make API calls using the as-user header" (Developer Console > your app > Configuration > Advanced Features) and an admin\'s or the service account\'s token',
    pattern: /^[0-9]{1,20}$/,
    expected: 'a Box user ID: digits only',
    secret: false,
    camelName: 'asUserId',
    snakeName: 'as_user_id',
    upperName: 'AS_USER_ID',
  },
  accessToken: {
    envVar: 'BOX_ACCESS_TOKEN',
    placeholder: 'YOUR_ACCESS_TOKEN',
    description: 'an OAuth 2.0 access token your app already has (from its own sign-in; it lasts 60 minutes)',
    where: "your app's own OAuth 2.0 sign-in: the access_token of Box's reply to POST /oauth2/token",
    pattern: /^[A-Za-z0-9]{32}$/,
    expected: 'a Box access token: 32 letters and digits',
    secret: true,
    camelName: 'accessToken',
    snakeName: 'access_token',
    upperName: 'ACCESS_TOKEN',
  },
  refreshToken: {
    envVar: 'BOX_REFRESH_TOKEN',
    placeholder: 'YOUR_REFRESH_TOKEN',
    description: 'the OAuth 2.0 refresh token that came with it (it lasts 60 days and works once)',
    where: "your app's own OAuth 2.0 sign-in: the refresh_token of Box's reply to POST /oauth2/token",
    pattern: /^[A-Za-z0-9]{64}$/,
    expected: 'a Box refresh token: 64 letters and digits',
    secret: true,
    camelName: 'refreshToken',
    snakeName: 'refresh_token',
    upperName: 'REFRESH_TOKEN',
  },
} as const satisfies Record<string, CredentialInput>;

export type CredentialName = keyof typeof CREDENTIAL_INPUTS;

export type Subject = 'enterprise' | 'user';

export interface AuthMethod {
  readonly id: string;
  readonly title: string;
  /** The templates' flag for the method: `auth.<contextKey>` is set in its program. */
  readonly contextKey: string;
  readonly required: readonly CredentialName[];
  /** Credentials that are included together or not at all. */
  readonly optionalGroup: readonly CredentialName[];
  /**
   * Who the program acts as, where the method offers a choice, and what each choice needs.
   * The first entry is the default.
   */
  readonly subjects: Partial<Record<Subject, readonly CredentialName[]>>;
}

/**
 * The auth methods, one row each, in the order --help and docs list them. Adding one is its row,
 * its templates (one per target that can have it), and what the proof's mock does for it.
 */
export const AUTH_METHOD_TABLE = {
  'developer-token': {
    id: 'developer-token',
    title: 'Developer Token',
    contextKey: 'developerToken',
    required: ['token'],
    optionalGroup: ['clientId', 'clientSecret'],
    subjects: {},
  },
  ccg: {
    id: 'ccg',
    title: 'Client Credentials Grant',
    contextKey: 'ccg',
    required: ['clientId', 'clientSecret'],
    optionalGroup: [],
    subjects: { enterprise: ['enterpriseId'], user: ['userId'] },
  },
  jwt: {
    id: 'jwt',
    title: 'JWT (server authentication)',
    contextKey: 'jwt',
    required: ['jwtConfigPath'],
    optionalGroup: [],
    // The enterprise ID comes from the config file itself.
    subjects: { enterprise: [], user: ['userId'] },
  },
  oauth: {
    id: 'oauth',
    title: 'OAuth 2.0',
    contextKey: 'oauth',
    required: ['clientId', 'clientSecret'],
    optionalGroup: [],
    subjects: {},
  },
  'app-token': {
    id: 'app-token',
    title: 'App Token (Limited Access App)',
    contextKey: 'appToken',
    required: ['appToken'],
    optionalGroup: [],
    subjects: {},
  },
} as const satisfies Record<string, AuthMethod>;

export type AuthMethodId = keyof typeof AUTH_METHOD_TABLE;
export const AUTH_METHODS = Object.keys(AUTH_METHOD_TABLE) as readonly AuthMethodId[];

/** Literal values, one per credential; absent ones are not part of the program. */
export type LiteralCredentials = Partial<Record<CredentialName, string>>;

/**
 * Where the program's credentials come from: literal values written into the code, environment
 * variables read at run time, or placeholders for the reader to replace.
 */
export type CredentialSource = 'placeholder' | 'env' | LiteralCredentials;

/** The credentials a program for `auth` needs when it acts as `subject` (null: no choice). */
export function credentialNames(auth: AuthMethod, subject: Subject | null, includeOptional: boolean): CredentialName[] {
  return [
    ...auth.required,
    ...(subject === null ? [] : auth.subjects[subject]!),
    ...(includeOptional ? auth.optionalGroup : []),
  ];
}

/**
 * The credentials a program for `auth` will contain, and who it acts as. Literal mode includes
 * the optional group when the user gave any of it, and takes the subject from the ID given; the
 * other modes include the group when asked to, and act as `subject` (default: the enterprise).
 */
export function selectCredentials(
  auth: AuthMethod,
  source: CredentialSource,
  includeOptional: boolean,
  subject: Subject | undefined,
): { names: CredentialName[]; subject: Subject | null } {
  const subjects = Object.keys(auth.subjects) as Subject[];
  if (subject !== undefined && !subjects.includes(subject)) {
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      (naming) => `${naming.option('subject')}: ${auth.title} auth has no choice of subject`,
      'subject',
    );
  }
  if (typeof source !== 'object') {
    const chosen = subjects.length === 0 ? null : (subject ?? subjects[0]!);
    return { names: credentialNames(auth, chosen, includeOptional), subject: chosen };
  }
  const given = auth.optionalGroup.filter((name) => source[name] !== undefined);
  if (given.length > 0 && given.length < auth.optionalGroup.length) {
    const missing = auth.optionalGroup.find((name) => source[name] === undefined)!;
    throw new BoxSnippetError(
      'MISSING_CREDENTIAL',
      (naming) =>
        `${naming.option(missing)}: ${auth.optionalGroup.map(naming.option).join(' and ')} go together; give both or neither`,
      missing,
    );
  }
  let chosen: Subject | null = null;
  if (subjects.length > 0) {
    // The subject is whichever subject's IDs were given; a subject that needs none is the fallback.
    const matching = subjects.filter(
      (s) => auth.subjects[s]!.length > 0 && auth.subjects[s]!.every((name) => source[name] !== undefined),
    );
    const ids = [...new Set(subjects.flatMap((s) => auth.subjects[s]!))];
    if (matching.length > 1) {
      throw new BoxSnippetError(
        'CONFLICTING_OPTIONS',
        (naming) => `${ids.map(naming.option).join(', ')}: give exactly one of them, not both`,
        ids[0],
      );
    }
    const fallback = subjects.find((s) => auth.subjects[s]!.length === 0);
    if (matching.length === 0 && fallback === undefined) {
      throw new BoxSnippetError(
        'MISSING_CREDENTIAL',
        (naming) =>
          `${ids.map(naming.option).join(' or ')}: ${auth.title} auth acts as an enterprise or a user; give exactly one of them`,
        ids[0],
      );
    }
    chosen = matching[0] ?? fallback!;
    if (subject !== undefined && subject !== chosen) {
      throw new BoxSnippetError(
        'CONFLICTING_OPTIONS',
        (naming) => `${naming.option('subject')}: ${subject} does not match the ID given (${chosen})`,
        'subject',
      );
    }
  }
  const names = credentialNames(auth, chosen, given.length > 0);
  // Anything given that this method and subject do not use is a mistake worth reporting.
  const stray = (Object.keys(source) as CredentialName[]).filter(
    (name) => source[name] !== undefined && !names.includes(name),
  );
  if (stray.length > 0) {
    const name = stray[0]!;
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      (naming) =>
        `${naming.option(name)}: not used by ${auth.title} auth${chosen ? ` as ${chosen === 'user' ? 'a user' : 'the enterprise'}` : ''}`,
      name,
    );
  }
  return { names, subject: chosen };
}

/** Checks each literal value against its format. Never puts the value into the message. */
export function validateLiteral(name: CredentialName, value: string, strict: boolean): void {
  const input: CredentialInput = CREDENTIAL_INPUTS[name];
  if (value.length === 0) {
    throw new BoxSnippetError(
      'INVALID_CREDENTIAL',
      (naming) => `${naming.option(name)}: expected ${input.expected}, got an empty value`,
      name,
    );
  }
  if (strict && !input.pattern.test(value)) {
    throw new BoxSnippetError(
      'INVALID_CREDENTIAL',
      (naming) =>
        `${naming.option(name)}: expected ${input.expected}, got ${describeShape(value)} (use ${naming.setting({ validate: false })} to accept it as is)`,
      name,
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
