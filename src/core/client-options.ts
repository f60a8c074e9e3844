// What a program may do with its client beyond signing in, on top of any auth method: act as a
// user, swap its token for a downscoped one, revoke its token at the end, keep its OAuth 2.0
// tokens in a file between runs. One row each; the
// library's checks, the CLI's flags, the templates' context, the docs pages and the proof read
// these rows.

import type { CredentialName } from './credentials.js';
import type { AuthMethodId } from './targets.js';

export const CLIENT_OPTION_IDS = ['asUser', 'downscope', 'revoke', 'tokenFile', 'existingTokens'] as const;
export type ClientOptionId = (typeof CLIENT_OPTION_IDS)[number];

export interface ClientOption {
  readonly id: ClientOptionId;
  /** The docs page's title for the flow. */
  readonly title: string;
  /** What the program does, said after its install and run lines. */
  readonly summary: string;
  /** Credentials the option adds to the auth method's (literal, from the environment, or placeholders). */
  readonly credentials: readonly CredentialName[];
  /** Auth methods the option does not combine with, and why. */
  readonly notWith: Partial<Record<AuthMethodId, string>>;
  /** Other options it does not combine with, and why. */
  readonly excludes: Partial<Record<ClientOptionId, string>>;
  /** The auth method's optional credentials become required (revoking a Developer Token needs the client pair). */
  readonly needsOptionalGroup?: true;
}

const ONLY_OAUTH_KEEPS_TOKENS =
  'only an OAuth 2.0 sign-in has a refresh token to keep; the other auth methods get a new token on each run';

export const CLIENT_OPTIONS: Readonly<Record<ClientOptionId, ClientOption>> = {
  asUser: {
    id: 'asUser',
    title: 'Act as a user (As-User header)',
    summary: 'makes its API calls as another user, with the As-User header',
    credentials: ['asUserId'],
    notWith: {
      'app-token':
        "an App Token belongs to a Limited Access App's service account, which cannot send the As-User header",
    },
    excludes: {},
  },
  downscope: {
    id: 'downscope',
    title: 'Downscoped token',
    summary: 'exchanges its token for one with fewer scopes, then calls Box with that one',
    credentials: [],
    notWith: {},
    excludes: {
      asUser: 'a downscoped token acts for the user of the token it came from; give one of them',
    },
  },
  revoke: {
    id: 'revoke',
    title: 'Revoke the token',
    summary: 'revokes its token when it is done',
    credentials: [],
    notWith: {
      'app-token':
        'an App Token is revoked by removing its key in the Developer Console (your app > Configuration > App Token Keys)',
    },
    excludes: {},
    needsOptionalGroup: true,
  },
  tokenFile: {
    id: 'tokenFile',
    title: 'Keep and refresh OAuth 2.0 tokens',
    summary: 'keeps its access and refresh tokens in a file, so later runs need no browser, and refreshes them',
    credentials: [],
    notWith: {
      'developer-token': ONLY_OAUTH_KEEPS_TOKENS,
      ccg: ONLY_OAUTH_KEEPS_TOKENS,
      jwt: ONLY_OAUTH_KEEPS_TOKENS,
      'app-token': ONLY_OAUTH_KEEPS_TOKENS,
    },
    excludes: {
      revoke: 'a revoked token is of no use to the next run; give one of them',
    },
  },
  existingTokens: {
    id: 'existingTokens',
    title: 'Start from existing OAuth 2.0 tokens',
    summary: 'starts from an access and refresh token your app already has, with no browser, and refreshes them',
    credentials: ['accessToken', 'refreshToken'],
    notWith: {
      'developer-token': ONLY_OAUTH_KEEPS_TOKENS,
      ccg: ONLY_OAUTH_KEEPS_TOKENS,
      jwt: ONLY_OAUTH_KEEPS_TOKENS,
      'app-token': ONLY_OAUTH_KEEPS_TOKENS,
    },
    excludes: {
      tokenFile: 'a token file starts from the sign-in in the browser; give one of them',
    },
  },
};

/** Where `--token-file` alone keeps the tokens: beside the program, hidden, owner-only. */
export const DEFAULT_TOKEN_FILE = '.box-tokens.json';

/**
 * A token file's name as the programs write it: a file in the folder the program runs in (which
 * exists, so no program has to make folders), in the characters every language's literals and
 * comments hold as they are.
 */
export function isTokenFilePath(value: string): boolean {
  return /^[A-Za-z0-9._-]+$/.test(value) && value !== '.' && value !== '..';
}

/**
 * The scopes a downscoped token can ask for: Box's ResourceScope values (its OpenAPI description),
 * and the two root scopes its UI Elements use.
 */
export const DOWNSCOPE_SCOPES = [
  'annotation_edit',
  'annotation_view_all',
  'annotation_view_self',
  'base_explorer',
  'base_picker',
  'base_preview',
  'base_sidebar',
  'base_upload',
  'item_delete',
  'item_download',
  'item_preview',
  'item_read',
  'item_rename',
  'item_share',
  'item_upload',
  'root_readonly',
  'root_readwrite',
] as const;

/** The item a downscoped token is restricted to: Box's API URL for it, whatever URL was given. */
export interface DownscopeResource {
  readonly kind: 'file' | 'folder';
  readonly id: string;
  /** `https://api.box.com/2.0/files/<id>`: the form the token exchange takes. */
  readonly url: string;
}

/**
 * Reads a file or folder URL: Box's web app's (`https://app.box.com/file/123`, a custom
 * subdomain's too) or the API's (`https://api.box.com/2.0/folders/123`). Null when it is neither.
 */
export function parseDownscopeResource(value: string): DownscopeResource | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !(url.hostname === 'box.com' || url.hostname.endsWith('.box.com'))) return null;
  const match = /^\/(?:2\.0\/)?(file|folder)s?\/([0-9]{1,20})\/?$/.exec(url.pathname);
  if (match === null) return null;
  const kind = match[1] as 'file' | 'folder';
  const id = match[2]!;
  return { kind, id, url: `https://api.box.com/2.0/${kind}s/${id}` };
}
