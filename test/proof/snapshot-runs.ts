// What running one snapshot program exactly as printed needs: the environment for its mode, the
// values the mock must then see (the fixed fake literals, the placeholders as written, or the
// environment's values), the JWT config file at the path the program names, and what the run
// must then show: the calls the program makes, with which tokens, and the lines it prints.

import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  AUTH_METHOD_TABLE,
  CREDENTIAL_INPUTS,
  DEFAULT_REDIRECT_URI,
  HINTS,
  parseDownscopeResource,
  type AuthMethodId,
  type CredentialName,
  type Subject,
} from '../../src/core/index.js';
import { FAKE, variantCredentials, type SnippetCase, type Variant } from '../support/cases.js';
import {
  clientCredentialsGrant,
  jwtGrant,
  oauthApp,
  tokenExchangeGrant,
  type JwtApp,
  type OAuthApp,
} from './grants.js';
import { ITEM_NAMES, type GrantHandler } from './mock-box-api.js';

type Grant = { type: string; handler: GrantHandler; issued: () => string | null };

export interface SnapshotRun {
  env: Record<string, string>;
  args: string[];
  /** The token grant the auth method makes (none for a token used as it is). */
  grant: Grant | null;
  /** With a downscope: the token exchange that follows. */
  exchange: Grant | null;
  /** The token the program holds before any exchange: the one given, or the grant's. */
  token: () => string | null;
  /** The token the API call must carry: the downscoped one where there is one. */
  apiToken: () => string | null;
  /** The API call the program makes. */
  apiPath: string;
  /** The As-User header every API call must carry, or null for none. */
  asUserId: string | null;
  /** What the program must print, in order. */
  stdout: () => string[];
  /** With revoke: checks the revoke request's form (null: right); the token it must name is `token()`. */
  revoke: ((form: Record<string, string>) => string | null) | null;
  /** The first variable the program needs, for the run with the environment unset. */
  firstEnvVar: string | null;
  /** OAuth 2.0: Box's side of the app's sign-ins (the authorize page, the code and refresh grants). */
  oauth: OAuthApp | null;
  /** OAuth 2.0: the program listens for Box's redirect, and the test plays the browser. */
  browser: boolean;
  /**
   * OAuth 2.0 with existing tokens: the access token the program is given, which the mock answers
   * with a 401 (expired), so the program must refresh with the refresh token it is given.
   */
  expiredToken: string | null;
}

/** What an OAuth 2.0 program that catches the redirect prints before it waits for the browser. */
export const SIGN_IN_LINES = ['Open this URL and approve access:', HINTS.redirectUriMismatch];

/**
 * Whether a target's OAuth 2.0 program listens on the (default, loopback) redirect URI: it signs
 * in in the browser (not from existing tokens), and the target can listen.
 */
export const listensForRedirect = (testCase: Pick<SnippetCase, 'auth' | 'target'> & { variant?: Variant }) =>
  testCase.auth === 'oauth' && testCase.target.noRedirectListener === undefined && !testCase.variant?.existingTokens;

export async function arrangeSnapshotRun(
  testCase: SnippetCase,
  jwtApp: JwtApp,
  dir: string,
  options: { expectKid: boolean; userId: string },
): Promise<SnapshotRun> {
  const { variant, auth } = testCase;
  const names = variantCredentials(auth, variant);
  const subject: Subject | null = names.includes('userId')
    ? 'user'
    : names.includes('enterpriseId') || auth === 'jwt'
      ? 'enterprise'
      : null;
  const value = (name: CredentialName): string =>
    testCase.mode === 'placeholder' ? CREDENTIAL_INPUTS[name].placeholder : FAKE[name];
  const env: Record<string, string> = {};
  if (testCase.mode === 'env') for (const name of names) env[CREDENTIAL_INPUTS[name].envVar] = value(name);
  if (auth === 'jwt') {
    // The program reads the config file at the path it was given, relative to where it runs.
    const configPath = join(dir, value('jwtConfigPath'));
    await mkdir(dirname(configPath), { recursive: true });
    await copyFile(jwtApp.configPath, configPath);
  }
  // A JWT program's client pair is the config file's.
  const app =
    auth === 'jwt'
      ? { clientId: jwtApp.clientId, clientSecret: jwtApp.clientSecret }
      : { clientId: value('clientId'), clientSecret: value('clientSecret') };
  const subjectId = subject === 'user' ? value('userId') : value('enterpriseId');
  const oauth = auth === 'oauth' ? oauthApp(app, DEFAULT_REDIRECT_URI) : null;
  const existing = variant.existingTokens ? oauth!.given(value('accessToken'), value('refreshToken')) : null;
  const browser = listensForRedirect(testCase);
  // An auth method with no grant here uses the token it is given as it is.
  const grants: Partial<Record<AuthMethodId, () => Grant>> = {
    ccg: () => ({ type: 'client_credentials', ...clientCredentialsGrant(app, subject!, subjectId) }),
    jwt: () => ({
      type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      ...jwtGrant(jwtApp, subject!, subject === 'user' ? value('userId') : jwtApp.enterpriseId, options.expectKid),
    }),
    oauth: () =>
      existing
        ? { type: 'refresh_token', handler: oauth!.refreshGrant, issued: () => oauth!.issued()?.accessToken ?? null }
        : { type: 'authorization_code', handler: oauth!.codeGrant, issued: () => oauth!.issued()?.accessToken ?? null },
  };
  const grant = grants[auth]?.() ?? null;
  const given = grant ? null : value(AUTH_METHOD_TABLE[auth].required[0]);
  const token = () => (grant ? grant.issued() : given);
  const resource = variant.downscope?.resource ? parseDownscopeResource(variant.downscope.resource)! : null;
  const exchange: Grant | null = variant.downscope
    ? {
        type: 'urn:ietf:params:oauth:grant-type:token-exchange',
        ...tokenExchangeGrant(token, variant.downscope.scopes, resource),
      }
    : null;
  const apiToken = () => (exchange ? exchange.issued() : token());
  const asUserId = variant.asUser ? value('asUserId') : null;
  const apiPath = resource ? `/2.0/${resource.kind}s/${resource.id}` : '/2.0/users/me';
  const stdout = () => [
    ...(browser ? SIGN_IN_LINES : []),
    ...(variant.downscope ? [`Downscoped token scopes: ${variant.downscope.scopes.join(' ')}`] : []),
    resource
      ? `${resource.kind === 'file' ? 'File' : 'Folder'} ${resource.id}: ${ITEM_NAMES[resource.kind]}`
      : `My user ID is ${asUserId ?? options.userId}`,
    ...(variant.revoke ? ['Token revoked.'] : []),
  ];
  const revoke = variant.revoke
    ? (form: Record<string, string>) =>
        form.client_id !== app.clientId
          ? `client_id is ${JSON.stringify(form.client_id)}`
          : form.client_secret !== app.clientSecret
            ? 'client_secret does not match'
            : form.token !== token()
              ? 'token is not the token the program signed in with'
              : null
    : null;
  return {
    env,
    // A program that does not listen gets the code the user copies: as its argument, or typed in.
    args: oauth !== null && !browser && existing === null ? [oauth.codeAhead()] : [],
    grant,
    exchange,
    token,
    apiToken,
    apiPath,
    asUserId,
    stdout,
    revoke,
    firstEnvVar: testCase.mode === 'env' ? CREDENTIAL_INPUTS[names[0]!].envVar : null,
    oauth,
    browser,
    expiredToken: existing,
  };
}
