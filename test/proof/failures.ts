// The day-one failures every program explains (issue 13), as the proof provokes them: which auth
// methods (and client options) each applies to, how the run is arranged, and the line the program
// must print first: the hint's one wording, src/core/hints.ts, which the templates get as literals.

import { AUTH_METHODS, HINTS, type AuthMethodId } from '../../src/core/index.js';
import type { Variant } from '../support/cases.js';
import type { MockFailure } from './mock-box-api.js';

export type FailureId =
  | 'developer-token'
  | 'app-token'
  | 'unauthorized-client'
  | 'jwt-clock'
  | 'ccg-invalid-grant'
  | 'invalid-client'
  | 'grant-type-unauthorized'
  | 'as-user-forbidden'
  | 'invalid-scope'
  | 'jwt-key'
  | 'jwt-config-missing'
  | 'no-route'
  | 'auth-code-expired'
  | 'state-mismatch'
  | 'access-denied'
  | 'port-in-use';

export interface FailureCase {
  id: FailureId;
  authMethods: readonly AuthMethodId[];
  /** The program's variant (a client option) the case needs; none: the plain program. */
  variant?: Variant;
  /**
   * Run for each target's default package in its first style only: the code that explains it is
   * the same template for every package and style of a target.
   */
  defaultRowOnly?: true;
  /** What the mock answers; null where the program must fail before it (jwt-key) or find nothing (no-route). */
  mock: MockFailure | null;
  /** The JWT config file the program reads has a wrong passphrase. */
  corruptJwtConfig?: true;
  /** The JWT config file the program is told to read does not exist. */
  missingJwtConfig?: true;
  /** The program runs in a namespace where nothing listens on api.box.com:443. */
  noRoute?: true;
  /** Recognised from the response the SDK attaches to its error (status, body). */
  readsResponse?: true;
  /** Only for a program that signs in in the browser with a code (not one given existing tokens). */
  codeSignIn?: true;
  /** Only for a program that listens for Box's OAuth 2.0 redirect (a code sign-in too). */
  needsListener?: true;
  /** Another program holds the redirect URI's port before this one starts. */
  holdsRedirectPort?: true;
  /** The program's own check, not an SDK's or runtime's error: the hint may be all it prints. */
  ownCheck?: true;
  /**
   * The line the program prints first; null for a failure that is not the network's or Box's (a
   * mistyped path): the program stops with the error as it is, and must print no hint at all.
   */
  hint: string | null;
}

const SIGN_IN_GRANTS: readonly AuthMethodId[] = ['ccg', 'jwt', 'oauth'];

export const FAILURE_CASES: readonly FailureCase[] = [
  {
    id: 'developer-token',
    authMethods: ['developer-token'],
    mock: { kind: 'unknown-token' },
    hint: HINTS.developerToken,
  },
  {
    id: 'app-token',
    authMethods: ['app-token'],
    mock: { kind: 'unknown-token' },
    hint: HINTS.appToken,
  },
  {
    id: 'unauthorized-client',
    readsResponse: true,
    authMethods: ['ccg', 'jwt'],
    mock: {
      kind: 'token-error',
      error: 'unauthorized_client',
      description: 'This app is not authorized by the enterprise admin',
    },
    hint: HINTS.unauthorizedClient,
  },
  {
    id: 'jwt-clock',
    readsResponse: true,
    authMethods: ['jwt'],
    mock: {
      kind: 'token-error',
      error: 'invalid_grant',
      description: "Current date/time MUST be before the expiration date/time listed in the 'exp' claim",
    },
    hint: HINTS.jwtClock,
  },
  {
    id: 'ccg-invalid-grant',
    readsResponse: true,
    authMethods: ['ccg'],
    mock: { kind: 'token-error', error: 'invalid_grant', description: 'Grant credentials are invalid' },
    hint: HINTS.ccgInvalidGrant,
  },
  {
    id: 'invalid-client',
    readsResponse: true,
    defaultRowOnly: true,
    authMethods: SIGN_IN_GRANTS,
    mock: { kind: 'token-error', error: 'invalid_client', description: 'The client credentials are invalid' },
    hint: HINTS.invalidClient,
  },
  {
    id: 'grant-type-unauthorized',
    readsResponse: true,
    defaultRowOnly: true,
    authMethods: SIGN_IN_GRANTS,
    mock: {
      kind: 'token-error',
      error: 'invalid_request',
      description: 'The grant type is unauthorized for this client_id',
    },
    hint: HINTS.grantTypeUnauthorized,
  },
  {
    id: 'as-user-forbidden',
    readsResponse: true,
    defaultRowOnly: true,
    authMethods: ['developer-token'],
    variant: { asUser: true },
    mock: { kind: 'as-user-forbidden' },
    hint: HINTS.asUserForbidden,
  },
  {
    id: 'invalid-scope',
    readsResponse: true,
    defaultRowOnly: true,
    authMethods: ['developer-token'],
    variant: { downscope: { scopes: ['root_readonly'] } },
    mock: {
      kind: 'token-error',
      error: 'invalid_scope',
      description: 'The requested scope is invalid, unknown, or malformed',
      grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
    },
    hint: HINTS.invalidScope,
  },
  {
    id: 'jwt-key',
    authMethods: ['jwt'],
    mock: null,
    corruptJwtConfig: true,
    hint: HINTS.jwtKey,
  },
  {
    id: 'jwt-config-missing',
    authMethods: ['jwt'],
    mock: null,
    missingJwtConfig: true,
    hint: null,
  },
  {
    id: 'auth-code-expired',
    codeSignIn: true,
    readsResponse: true,
    defaultRowOnly: true,
    authMethods: ['oauth'],
    mock: {
      kind: 'token-error',
      error: 'invalid_grant',
      description: 'The authorization code has expired',
      grantType: 'authorization_code',
    },
    hint: HINTS.authCodeExpired,
  },
  {
    id: 'state-mismatch',
    defaultRowOnly: true,
    needsListener: true,
    ownCheck: true,
    authMethods: ['oauth'],
    mock: { kind: 'state-mismatch' },
    hint: HINTS.stateMismatch,
  },
  {
    id: 'access-denied',
    defaultRowOnly: true,
    needsListener: true,
    authMethods: ['oauth'],
    mock: { kind: 'access-denied' },
    hint: HINTS.accessDenied,
  },
  {
    id: 'port-in-use',
    defaultRowOnly: true,
    needsListener: true,
    holdsRedirectPort: true,
    authMethods: ['oauth'],
    mock: null,
    hint: HINTS.portInUse,
  },
  {
    id: 'no-route',
    authMethods: AUTH_METHODS,
    mock: null,
    noRoute: true,
    hint: HINTS.noRoute,
  },
];

/** Every hint line a program may print. */
export const KNOWN_HINTS: readonly string[] = Object.values(HINTS);
