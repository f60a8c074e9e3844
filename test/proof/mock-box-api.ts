// A mock of the parts of the Box API a client-bootstrap program calls, over HTTPS on 127.0.0.1.
// It records every request for the test to assert on; anything else gets a 404 and is recorded
// as unexpected. It never keeps the test process alive and stops itself when left idle.

import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server as Listener } from 'node:net';
import type { TestTls } from './tls.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  form: Record<string, string> | null;
  expected: boolean;
  /** Why the mock refused a token request. */
  rejection?: string;
}

export interface MockBoxApi {
  url: string;
  userId: string;
  requests: RecordedRequest[];
  /** Token grants the mock accepts until the next reset(); each checks its form and issues a token. */
  grants: Record<string, GrantHandler>;
  /** A day-one failure to answer with until the next reset(), as Box answers it. */
  failure: MockFailure | null;
  /**
   * POST /oauth2/revoke until the next reset(): checks the form (null: accepted); the token it
   * names is then refused like any unknown token. Unset, a revoke request is unexpected.
   */
  revoke: ((form: Record<string, string>) => string | null) | null;
  /**
   * GET /api/oauth2/authorize (account.box.com) until the next reset(): what Box does once the
   * user approves, a redirect to the app's redirect URI. Unset, an authorize request is unexpected.
   */
  authorize: AuthorizeHandler | null;
  /** From now until the next reset(), an API call with `token` gets Box's 401 for an expired token. */
  expire(token: string): void;
  /** Requests whose Authorization header carries `token`. */
  requestsWithToken(token: string): RecordedRequest[];
  reset(): void;
  close(): Promise<void>;
}

/**
 * `unknown-token`: every API call gets Box's 401 for a token it does not know (empty body, the
 * reason in WWW-Authenticate). `token-error`: every token request gets this OAuth 2.0 error.
 */
export type MockFailure =
  | { kind: 'unknown-token' }
  /** Only requests of `grantType` (default: every token request) get the error. */
  | { kind: 'token-error'; error: string; description: string; grantType?: string }
  /** Every API call that carries an As-User header gets Box's 403. */
  | { kind: 'as-user-forbidden' }
  /** The authorize page redirects with a state other than the one it was given. */
  | { kind: 'state-mismatch' }
  /** The user clicks Deny: the authorize page redirects with Box's access_denied error. */
  | { kind: 'access-denied' };

/**
 * A token-grant handler: gets the parsed form, returns the access token to issue (and its
 * refresh token, or for a downscoped token what it is restricted to) or an error.
 */
export type GrantHandler = (
  form: Record<string, string>,
) =>
  | { accessToken: string; refreshToken?: string; restrictedTo?: readonly RestrictedTo[] }
  | { error: string; description?: string };

/** The authorize request's query, to the Location Box redirects the browser to (or why it refuses). */
export type AuthorizeHandler = (query: URLSearchParams) => { location: string } | { error: string };

/** One entry of a downscoped token's `restricted_to`: a scope and the item it applies to. */
export interface RestrictedTo {
  scope: string;
  object: { type: 'file' | 'folder'; id: string };
}

/** The names the mock gives the items a downscoped token reads. */
export const ITEM_NAMES = { file: 'Contract.pdf', folder: 'Contracts' } as const;

export interface MockOptions {
  tls: TestTls;
  userId: string;
  grants?: Record<string, GrantHandler>;
  idleLimitMs?: number;
  /** A socket already listening (on :443 inside a proof namespace); else a free port on 127.0.0.1. */
  listener?: Listener;
  /** The URL programs reach the mock at when `listener` is given. */
  url?: string;
}

export async function startMockBoxApi(options: MockOptions): Promise<MockBoxApi> {
  const requests: RecordedRequest[] = [];
  const grants: Record<string, GrantHandler> = { ...options.grants };
  const state: {
    failure: MockFailure | null;
    revoke: ((form: Record<string, string>) => string | null) | null;
    revoked: Set<string>;
    authorize: AuthorizeHandler | null;
  } = { failure: null, revoke: null, revoked: new Set(), authorize: null };
  // Box's User--Full as GET /users/me returns it, whatever `fields` asked for (a server may send
  // more): a program must take the user's own id, not another object's (the enterprise's here).
  const user = {
    type: 'user',
    id: options.userId,
    name: 'Snippet Tester',
    login: 'tester@example.com',
    created_at: '2026-01-05T10:00:00-08:00',
    modified_at: '2026-11-30T16:20:00-08:00',
    language: 'en',
    timezone: 'America/Los_Angeles',
    space_amount: 10737418240,
    space_used: 5368709,
    max_upload_size: 5368709120,
    status: 'active',
    job_title: '',
    phone: '',
    address: '',
    avatar_url: 'https://app.box.com/api/avatar/large/' + options.userId,
    role: 'admin',
    enterprise: { type: 'enterprise', id: '11446498', name: 'Snippet Test Enterprise' },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const body = await readBody(req);
    const isForm = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
    const form = isForm ? Object.fromEntries(new URLSearchParams(body)) : null;
    const record: RecordedRequest = {
      method: req.method ?? '',
      path: url.pathname,
      query: url.search,
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), String(v)])),
      form,
      expected: true,
    };
    requests.push(record);
    const reply = (status: number, payload: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    const failure = state.failure;
    const bearer = /^Bearer (\S+)$/.exec(record.headers.authorization ?? '')?.[1];
    const asUser = record.headers['as-user'];
    if (
      url.pathname.startsWith('/2.0/') &&
      (failure?.kind === 'unknown-token' || (bearer !== undefined && state.revoked.has(bearer)))
    ) {
      // Box's answer to a token it does not know, has revoked, or has let expire: the same 401.
      res.writeHead(401, {
        'WWW-Authenticate':
          'Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."',
      });
      res.end();
      return;
    }
    if (failure?.kind === 'as-user-forbidden' && url.pathname.startsWith('/2.0/') && asUser !== undefined)
      return reply(403, {
        type: 'error',
        status: 403,
        code: 'access_denied_insufficient_permissions',
        message: 'Access denied - insufficient permission',
        request_id: 'mock0as0user',
      });
    if (
      failure?.kind === 'token-error' &&
      url.pathname === '/oauth2/token' &&
      (failure.grantType === undefined || form?.grant_type === failure.grantType)
    )
      return reply(400, { error: failure.error, error_description: failure.description });
    if (req.method === 'GET' && (url.pathname === '/2.0/users/me' || url.pathname === `/2.0/users/${options.userId}`)) {
      if (bearer === undefined) return reply(401, { type: 'error', status: 401, code: 'unauthorized' });
      // Acting as another user, Box answers with that user.
      return reply(200, asUser === undefined ? user : { ...user, id: asUser, login: `user${asUser}@example.com` });
    }
    const item = /^\/2\.0\/(file|folder)s\/([0-9]+)$/.exec(url.pathname);
    if (req.method === 'GET' && item) {
      if (bearer === undefined) return reply(401, { type: 'error', status: 401, code: 'unauthorized' });
      return reply(200, itemReply(item[1] as 'file' | 'folder', item[2]!));
    }
    if (req.method === 'GET' && url.pathname === '/api/oauth2/authorize') {
      const outcome = state.authorize === null ? { error: 'no sign-in expected' } : state.authorize(url.searchParams);
      if ('error' in outcome) {
        record.expected = false;
        record.rejection = outcome.error;
        res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(`<p>mock: ${outcome.error}</p>`);
        return;
      }
      // The user approved (or denied): Box sends the browser to the redirect URI.
      const location = new URL(outcome.location);
      if (failure?.kind === 'state-mismatch') location.searchParams.set('state', 'a0state0from0another0sign0in');
      if (failure?.kind === 'access-denied') {
        location.searchParams.delete('code');
        location.searchParams.set('error', 'access_denied');
        location.searchParams.set('error_description', 'The user denied access to your application');
      }
      res.writeHead(302, { Location: location.href });
      res.end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/oauth2/revoke') {
      const problem = state.revoke === null ? 'no revoke expected' : form ? state.revoke(form) : 'not a form';
      if (problem !== null) {
        record.expected = false;
        record.rejection = problem;
        return reply(400, { error: 'invalid_request', error_description: problem });
      }
      state.revoked.add(form!.token!);
      res.writeHead(200);
      res.end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/oauth2/token') {
      const handler = form ? grants[form.grant_type ?? ''] : undefined;
      if (!handler) {
        record.expected = false;
        return reply(400, { error: 'unsupported_grant_type' });
      }
      const outcome = handler(form!);
      if ('error' in outcome) {
        // A rejected grant is a failure of the program under test: recorded as unexpected.
        record.expected = false;
        record.rejection = outcome.error;
        return reply(400, { error: 'invalid_grant', error_description: outcome.description ?? outcome.error });
      }
      // Box's AccessToken; a downscoped one has no refresh token.
      return reply(200, {
        access_token: outcome.accessToken,
        expires_in: 3600,
        token_type: 'bearer',
        restricted_to: (outcome.restrictedTo ?? []).map((entry) => ({
          scope: entry.scope,
          object: itemReply(entry.object.type, entry.object.id),
        })),
        ...(outcome.restrictedTo
          ? { issued_token_type: 'urn:ietf:params:oauth:token-type:access_token' }
          : { refresh_token: outcome.refreshToken ?? `refresh-${outcome.accessToken}` }),
      });
    }
    record.expected = false;
    return reply(404, {
      type: 'error',
      status: 404,
      code: 'not_found',
      message: `mock: no route for ${req.method} ${url.pathname}`,
    });
  };

  const server: Server = createServer(
    { key: await readFile(options.tls.serverKey), cert: await readFile(options.tls.serverCert) },
    (req, res) => {
      touch();
      handle(req, res).catch((error) => {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: String(error) }));
      });
    },
  );
  let idleTimer: NodeJS.Timeout | undefined;
  const touch = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => server.close(), options.idleLimitMs ?? 15 * 60_000).unref();
  };
  if (options.listener) await new Promise<void>((resolve) => server.listen(options.listener, resolve));
  else await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  touch();
  const port = (server.address() as { port: number }).port;

  return {
    url: options.listener ? (options.url ?? 'https://api.box.com') : `https://127.0.0.1:${port}`,
    userId: options.userId,
    requests,
    grants,
    get failure() {
      return state.failure;
    },
    set failure(value) {
      state.failure = value;
    },
    get revoke() {
      return state.revoke;
    },
    set revoke(value) {
      state.revoke = value;
    },
    get authorize() {
      return state.authorize;
    },
    set authorize(value) {
      state.authorize = value;
    },
    expire: (token) => state.revoked.add(token),
    requestsWithToken: (token) => requests.filter((r) => r.headers.authorization === `Bearer ${token}`),
    reset: () => {
      requests.splice(0);
      state.failure = null;
      state.revoke = null;
      state.revoked.clear();
      state.authorize = null;
      for (const key of Object.keys(grants)) delete grants[key];
    },
    close: () =>
      new Promise((resolve) => {
        clearTimeout(idleTimer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A file or folder as Box's GET /files/:id and /folders/:id answer (the standard fields). */
function itemReply(type: 'file' | 'folder', id: string) {
  const common = {
    type,
    id,
    etag: '1',
    sequence_id: '3',
    name: ITEM_NAMES[type],
    created_at: '2026-03-02T09:15:00-08:00',
    modified_at: '2026-11-20T14:40:00-08:00',
    description: '',
    size: type === 'file' ? 629644 : 1262000,
    path_collection: {
      total_count: 1,
      entries: [{ type: 'folder', id: '0', sequence_id: null, etag: null, name: 'All Files' }],
    },
    created_by: { type: 'user', id: '11111', name: 'Snippet Tester', login: 'tester@example.com' },
    modified_by: { type: 'user', id: '11111', name: 'Snippet Tester', login: 'tester@example.com' },
    owned_by: { type: 'user', id: '11111', name: 'Snippet Tester', login: 'tester@example.com' },
    parent: { type: 'folder', id: '0', sequence_id: null, etag: null, name: 'All Files' },
    item_status: 'active',
  };
  return type === 'file'
    ? {
        ...common,
        sha1: '85136c79cbf9fe36bb9d05d0639c70c265c18d37',
        file_version: { type: 'file_version', id: '12345', sha1: '85136c79cbf9fe36bb9d05d0639c70c265c18d37' },
      }
    : {
        ...common,
        folder_upload_email: null,
        item_collection: { total_count: 0, entries: [], offset: 0, limit: 100, order: [] },
      };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}
