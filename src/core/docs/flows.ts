// The pages a docs build writes: one per auth method, and one per client option shown on the
// auth method Box's guides pair it with. Every docs output (files, markdown, json, Mintlify,
// Docusaurus, the page packs) reads this list.

import { CLIENT_OPTIONS, DEFAULT_TOKEN_FILE, type ClientOptionId } from '../client-options.js';
import { AUTH_METHOD_TABLE, AUTH_METHODS, type AuthMethodId, type Subject } from '../credentials.js';
import type { ClientOptions } from '../generate.js';
import type { Target } from '../targets.js';

export interface DocsFlow {
  /** The page's name (its file, without the extension). */
  readonly id: string;
  readonly title: string;
  readonly auth: AuthMethodId;
  readonly subject?: Subject;
  /** The client options the page's programs use. */
  readonly options: ClientOptions;
}

/** The file a downscope page's programs restrict their token to; readers put their own. */
export const SAMPLE_FILE_URL = 'https://app.box.com/file/123456789';

const optionFlow = (id: string, option: ClientOptionId, auth: AuthMethodId, options: ClientOptions): DocsFlow => ({
  id,
  title: CLIENT_OPTIONS[option].title,
  auth,
  options,
});

export const DOCS_FLOWS: readonly DocsFlow[] = [
  ...AUTH_METHODS.map((auth) => ({ id: auth, title: AUTH_METHOD_TABLE[auth].title, auth, options: {} })),
  // A server app's service account acting as a user: what Box's as-user guides show, for every
  // target (each has CCG).
  optionFlow('as-user', 'asUser', 'ccg', { asUser: true }),
  // A server app handing a preview-only token for one file to a browser (Box's UI Elements).
  optionFlow('downscope', 'downscope', 'ccg', { downscope: { scopes: ['item_preview'], resource: SAMPLE_FILE_URL } }),
  // Box's revoke page: the token a program was given, revoked when it is done.
  optionFlow('revoke', 'revoke', 'developer-token', { revoke: true }),
  // Box's tokens/sdks and tokens/refresh guides: an OAuth 2.0 sign-in kept and refreshed.
  optionFlow('token-file', 'tokenFile', 'oauth', { tokenFile: DEFAULT_TOKEN_FILE }),
  // Box's tokens/sdks guide: a client started from the access and refresh token an app already has.
  optionFlow('existing-tokens', 'existingTokens', 'oauth', { existingTokens: true }),
];

/** The client options a request turns on (the same order as CLIENT_OPTION_IDS). */
export function optionIds(options: ClientOptions): ClientOptionId[] {
  return [
    ...(options.asUser ? (['asUser'] as const) : []),
    ...(options.downscope ? (['downscope'] as const) : []),
    ...(options.revoke ? (['revoke'] as const) : []),
    ...(options.tokenFile !== undefined ? (['tokenFile'] as const) : []),
    ...(options.existingTokens ? (['existingTokens'] as const) : []),
  ];
}

/** Whether the target can write the flow's program: the auth method, and each option with it. */
export function offersFlow(target: Target, auth: AuthMethodId, options: ClientOptions): boolean {
  return (
    target.authMethods.includes(auth) &&
    optionIds(options).every(
      (id) => !(auth in CLIENT_OPTIONS[id].notWith) && !(id in (target.unsupportedClientOptions ?? {})),
    )
  );
}
