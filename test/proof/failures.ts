// The day-one failures every program explains (issue 13), as the proof provokes them: which auth
// methods each applies to, how the run is arranged, and the line the program must print first.
// The hint lines are the programs' own words; the partials in templates/_partials/<language>/
// hold them too, and a drift between the two fails the proof.

import type { AuthMethodId } from '../../src/core/index.js';
import type { MockFailure } from './mock-box-api.js';

export type FailureId =
  | 'developer-token'
  | 'unauthorized-client'
  | 'jwt-clock'
  | 'ccg-invalid-grant'
  | 'jwt-key'
  | 'jwt-config-missing'
  | 'no-route';

export interface FailureCase {
  id: FailureId;
  authMethods: readonly AuthMethodId[];
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
  /**
   * The line the program prints first; null for a failure that is not the network's or Box's (a
   * mistyped path): the program stops with the error as it is, and must print no hint at all.
   */
  hint: string | null;
}

export const FAILURE_CASES: readonly FailureCase[] = [
  {
    id: 'developer-token',
    authMethods: ['developer-token'],
    mock: { kind: 'unknown-token' },
    hint: 'Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token).',
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
    hint: 'This app is not authorized in the enterprise: an admin authorizes it in the Admin Console (Integrations > Platform Apps Manager, by its Client ID), and again after any change to its scopes.',
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
    hint: "Box rejected the JWT's expiry time: this machine's clock is off. Turn on automatic time (NTP) and run again.",
  },
  {
    id: 'ccg-invalid-grant',
    readsResponse: true,
    authMethods: ['ccg'],
    mock: { kind: 'token-error', error: 'invalid_grant', description: 'Grant credentials are invalid' },
    hint: 'Box rejected the client credentials: check the Client ID and Secret (Developer Console > your app > Configuration); to act as a user, the app needs App + Enterprise Access and "Generate user access tokens" there, then re-authorization in the Admin Console.',
  },
  {
    id: 'jwt-key',
    authMethods: ['jwt'],
    mock: null,
    corruptJwtConfig: true,
    hint: 'The private key in the JWT config file could not be read: the key or its passphrase is damaged (often its line breaks, when it came through an environment variable). Generate a new key pair in the Developer Console (your app > Configuration > Add and Manage Public Keys) and use the config file it downloads.',
  },
  {
    id: 'jwt-config-missing',
    authMethods: ['jwt'],
    mock: null,
    missingJwtConfig: true,
    hint: null,
  },
  {
    id: 'no-route',
    authMethods: ['developer-token', 'ccg', 'jwt', 'oauth'],
    mock: null,
    noRoute: true,
    hint: "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.",
  },
];

/** Every hint line a program may print. */
export const KNOWN_HINTS: readonly string[] = FAILURE_CASES.flatMap((failureCase) =>
  failureCase.hint === null ? [] : [failureCase.hint],
);
