// What the mock accepts at POST /oauth2/token for each auth method, and the JWT material a test
// run makes for itself: an RSA key pair, the private key encrypted with a passphrase as Box
// issues them, and the Developer Console's config file around it.

import { execFile } from 'node:child_process';
import { createPublicKey, randomBytes, verify } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DownscopeResource } from '../../src/core/index.js';
import type { AuthorizeHandler, GrantHandler } from './mock-box-api.js';

const run = promisify(execFile);
const randomId = () => randomBytes(12).toString('hex');

export interface AppCredentials {
  clientId: string;
  clientSecret: string;
}

/** Checks the client pair, then `check`; issues a fresh token the API calls must then carry. */
function grant(
  app: AppCredentials,
  check: (form: Record<string, string>) => string | null,
): { handler: GrantHandler; issued: () => string | null } {
  let issued: string | null = null;
  const handler: GrantHandler = (form) => {
    if (form.client_id !== app.clientId) return { error: `client_id is ${JSON.stringify(form.client_id)}` };
    if (form.client_secret !== app.clientSecret) return { error: 'client_secret does not match' };
    const problem = check(form);
    if (problem) return { error: problem };
    issued = `issued${randomId()}`;
    return { accessToken: issued };
  };
  return { handler, issued: () => issued };
}

export function clientCredentialsGrant(app: AppCredentials, subjectType: 'enterprise' | 'user', subjectId: string) {
  return grant(app, (form) =>
    form.box_subject_type !== subjectType
      ? `box_subject_type is ${JSON.stringify(form.box_subject_type)}, expected ${subjectType}`
      : form.box_subject_id !== subjectId
        ? `box_subject_id is ${JSON.stringify(form.box_subject_id)}, expected ${subjectId}`
        : null,
  );
}

/**
 * Box's side of an OAuth 2.0 app's sign-ins: the authorize page (the user approves, Box redirects
 * to the redirect URI with a fresh code and the state it was given), the code grant (each code once),
 * and the refresh grant (each refresh token once: Box rotates them). A code may also be issued
 * ahead, for a program the user gives the code to by hand.
 */
export function oauthApp(app: AppCredentials, redirectUri: string) {
  const codes = new Set<string>();
  const refreshTokens = new Set<string>();
  let issued: { accessToken: string; refreshToken: string } | null = null;
  let lastState: string | null = null;
  const issue = () => {
    issued = { accessToken: `issued${randomId()}`, refreshToken: `refresh${randomId()}` };
    refreshTokens.add(issued.refreshToken);
    return issued;
  };
  const checkClient = (form: Record<string, string>) =>
    form.client_id !== app.clientId
      ? `client_id is ${JSON.stringify(form.client_id)}`
      : form.client_secret !== app.clientSecret
        ? 'client_secret does not match'
        : null;
  const authorize: AuthorizeHandler = (query) => {
    const problem =
      query.get('client_id') !== app.clientId
        ? `client_id is ${JSON.stringify(query.get('client_id'))}`
        : query.get('response_type') !== 'code'
          ? `response_type is ${JSON.stringify(query.get('response_type'))}`
          : (query.get('redirect_uri') ?? redirectUri) !== redirectUri
            ? `redirect_uri is ${JSON.stringify(query.get('redirect_uri'))}, expected ${redirectUri}`
            : null;
    if (problem) return { error: problem };
    const code = randomId();
    codes.add(code);
    lastState = query.get('state');
    const location = new URL(redirectUri);
    location.searchParams.set('code', code);
    if (lastState !== null) location.searchParams.set('state', lastState);
    return { location: location.href };
  };
  const codeGrant: GrantHandler = (form) => {
    const problem = checkClient(form);
    if (problem) return { error: problem };
    // A code works once (Box: "The authorization code has expired" for a reused one too).
    if (!codes.delete(form.code ?? ''))
      return {
        error: `code ${JSON.stringify(form.code)} was not issued or was used`,
        description: 'The authorization code has expired',
      };
    return issue();
  };
  const refreshGrant: GrantHandler = (form) => {
    const problem = checkClient(form);
    if (problem) return { error: problem };
    if (!refreshTokens.delete(form.refresh_token ?? ''))
      return { error: 'refresh_token was not issued or was used', description: 'Invalid refresh token' };
    return issue();
  };
  return {
    authorize,
    codeGrant,
    refreshGrant,
    /**
     * A pair the app already has (from a sign-in of its own): the refresh token works once.
     * Returns the access token, which the proof then lets expire.
     */
    given: (accessToken: string, refreshToken: string) => {
      refreshTokens.add(refreshToken);
      issued = { accessToken, refreshToken };
      return accessToken;
    },
    /** A code for the user to give the program by hand (no browser visit). */
    codeAhead: () => {
      const code = randomId();
      codes.add(code);
      return code;
    },
    issued: () => issued,
    /** The state the last authorize request carried (null: none). */
    lastState: () => lastState,
  };
}
export type OAuthApp = ReturnType<typeof oauthApp>;

/**
 * The token exchange of a downscope: the program's own token as the subject, the scopes in the
 * order given, the item's API URL. Issues a token restricted to each scope on the item (on the
 * root folder where none was named).
 */
export function tokenExchangeGrant(
  subjectToken: () => string | null,
  scopes: readonly string[],
  resource: DownscopeResource | null,
) {
  let issued: string | null = null;
  const handler: GrantHandler = (form) => {
    const problem =
      form.subject_token !== subjectToken()
        ? 'subject_token is not the token the program signed in with'
        : form.subject_token_type !== 'urn:ietf:params:oauth:token-type:access_token'
          ? `subject_token_type is ${JSON.stringify(form.subject_token_type)}`
          : form.scope !== scopes.join(' ')
            ? `scope is ${JSON.stringify(form.scope)}, expected ${JSON.stringify(scopes.join(' '))}`
            : (form.resource ?? null) !== (resource?.url ?? null)
              ? `resource is ${JSON.stringify(form.resource)}, expected ${JSON.stringify(resource?.url)}`
              : null;
    if (problem) return { error: problem };
    issued = `downscoped${randomId()}`;
    const object = resource ? { type: resource.kind, id: resource.id } : { type: 'folder' as const, id: '0' };
    return { accessToken: issued, restrictedTo: scopes.map((scope) => ({ scope, object })) };
  };
  return { handler, issued: () => issued };
}

export interface JwtApp extends AppCredentials {
  configPath: string;
  publicKeyPem: string;
  keyId: string;
  enterpriseId: string;
}

/** The assertion must verify against the app's public key and name the app and the subject. */
export function jwtGrant(app: JwtApp, subjectType: 'enterprise' | 'user', subjectId: string, expectKid: boolean) {
  const publicKey = createPublicKey(app.publicKeyPem);
  return grant(app, (form) => {
    const parts = (form.assertion ?? '').split('.');
    if (parts.length !== 3) return 'assertion is not a JWT';
    const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
    const header = JSON.parse(Buffer.from(headerPart, 'base64url').toString());
    const claims = JSON.parse(Buffer.from(payloadPart, 'base64url').toString());
    if (header.alg !== 'RS256') return `alg is ${header.alg}`;
    if (expectKid && header.kid !== app.keyId)
      return `kid is ${JSON.stringify(header.kid)}, expected the config's publicKeyID`;
    const signed = verify(
      'RSA-SHA256',
      Buffer.from(`${headerPart}.${payloadPart}`),
      publicKey,
      Buffer.from(signaturePart, 'base64url'),
    );
    if (!signed) return 'assertion signature does not verify with the app key';
    if (claims.iss !== app.clientId) return `iss is ${JSON.stringify(claims.iss)}`;
    if (claims.box_sub_type !== subjectType)
      return `box_sub_type is ${JSON.stringify(claims.box_sub_type)}, expected ${subjectType}`;
    if (String(claims.sub) !== subjectId) return `sub is ${JSON.stringify(claims.sub)}, expected ${subjectId}`;
    if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now()) return 'exp is missing or past';
    if (typeof claims.jti !== 'string' || claims.jti.length < 16) return 'jti is missing or short';
    return null;
  });
}

/** A config file as the Box Developer Console downloads it, with an encrypted PKCS#8 key. */
export async function makeJwtApp(dir: string): Promise<JwtApp> {
  const passphrase = randomId();
  const keyFile = join(dir, 'jwt-private.pem');
  await run('openssl', [
    'genpkey',
    '-algorithm',
    'RSA',
    '-pkeyopt',
    'rsa_keygen_bits:2048',
    '-aes-256-cbc',
    '-pass',
    `pass:${passphrase}`,
    '-out',
    keyFile,
  ]);
  const { stdout: publicKeyPem } = await run('openssl', [
    'pkey',
    '-in',
    keyFile,
    '-passin',
    `pass:${passphrase}`,
    '-pubout',
  ]);
  const app = {
    clientId: Array.from(randomBytes(32), (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join(''),
    clientSecret: Array.from(
      randomBytes(32),
      (b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[b % 62],
    ).join(''),
    keyId: randomBytes(4).toString('hex'),
    enterpriseId: String(100000 + (randomBytes(3).readUIntBE(0, 3) % 900000)),
  };
  const config = {
    boxAppSettings: {
      clientID: app.clientId,
      clientSecret: app.clientSecret,
      appAuth: { publicKeyID: app.keyId, privateKey: await readFile(keyFile, 'utf8'), passphrase },
    },
    enterpriseID: app.enterpriseId,
  };
  const configPath = join(dir, 'box-app-config.json');
  await writeFile(configPath, JSON.stringify(config, null, 2));
  return { ...app, configPath, publicKeyPem };
}
