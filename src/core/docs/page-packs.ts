// Page packs: snippet files for a docs repository's existing pages, and which page imports
// which. `box-auth-guides` fills Box's authentication guides (box/box-mintlify), which show no
// v10 SDK code today; three of them have every sample commented out.

import type { Subject } from '../credentials.js';
import type { ClientOptions } from '../generate.js';
import { DEFAULT_TOKEN_FILE } from '../client-options.js';
import { SAMPLE_FILE_URL } from './flows.js';
import type { AuthMethodId } from '../targets.js';

export interface PackPage {
  /** The page in the docs repository. */
  readonly page: string;
  /** The snippet file it imports, below the pack's folder, without `.mdx`. */
  readonly snippet: string;
  /** The component name the page imports the snippet as. */
  readonly component: string;
  readonly auth: AuthMethodId;
  readonly subject?: Subject;
  /** The client options the snippet's programs use (as-user, downscope, revoke). */
  readonly options?: ClientOptions;
  /** What on the page the import replaces or joins. */
  readonly where: string;
}

export interface PagePack {
  readonly id: string;
  /** The folder below the docs root that holds the snippets, imported by absolute path. */
  readonly folder: string;
  readonly pages: readonly PackPage[];
}

const AUTH = 'guides/authentication';

export const PAGE_PACKS = [
  {
    id: 'box-auth-guides',
    folder: 'snippets/box-snippet/auth-guides',
    pages: [
      {
        page: `${AUTH}/tokens/developer-tokens.mdx`,
        snippet: 'developer-token',
        component: 'DeveloperTokenSamples',
        auth: 'developer-token',
        where: 'under "Our SDKs can be initialized…", in place of the repeated cURL block',
      },
      {
        page: `${AUTH}/tokens/sdks.mdx`,
        snippet: 'developer-token',
        component: 'DeveloperTokenSamples',
        auth: 'developer-token',
        where: "in place of {/* <Samples id='x_auth' variant='init_with_dev_token' /> */}",
      },
      {
        page: `${AUTH}/client-credentials/index.mdx`,
        snippet: 'ccg-service-account',
        component: 'CcgServiceAccountSamples',
        auth: 'ccg',
        subject: 'enterprise',
        where: "in place of the commented-out <Samples id='x_auth' variant='with_client_credentials' />",
      },
      {
        page: `${AUTH}/client-credentials/index.mdx`,
        snippet: 'ccg-admin-managed-user',
        component: 'CcgAdminManagedUserSamples',
        auth: 'ccg',
        subject: 'user',
        where: "in place of the commented-out <Samples id='x_auth' variant='with_ccg_admin_managed_user' />",
      },
      {
        page: `${AUTH}/client-credentials/index.mdx`,
        snippet: 'ccg-app-user',
        component: 'CcgAppUserSamples',
        auth: 'ccg',
        subject: 'user',
        where: "in place of the commented-out <Samples id='x_auth' variant='with_ccg_app_user' />",
      },
      {
        page: `${AUTH}/jwt/with-sdk.mdx`,
        snippet: 'jwt-service-account',
        component: 'JwtServiceAccountSamples',
        auth: 'jwt',
        subject: 'enterprise',
        where: 'beside the classic samples of the service account client',
      },
      {
        page: `${AUTH}/jwt/user-access-tokens.mdx`,
        snippet: 'jwt-user',
        component: 'JwtUserSamples',
        auth: 'jwt',
        subject: 'user',
        where: 'beside the classic samples of the user client',
      },
      {
        page: `${AUTH}/oauth2/with-sdk.mdx`,
        snippet: 'oauth',
        component: 'OAuthSamples',
        auth: 'oauth',
        where: 'beside the classic authorize and exchange samples',
      },
      {
        page: `${AUTH}/jwt/as-user.mdx`,
        snippet: 'jwt-as-user',
        component: 'JwtAsUserSamples',
        auth: 'jwt',
        options: { asUser: true },
        where:
          'in place of the as-user samples (the C# and Java ones do not compile; the cURL one lacks a line continuation)',
      },
      {
        page: `${AUTH}/oauth2/as-user.mdx`,
        snippet: 'oauth-as-user',
        component: 'OAuthAsUserSamples',
        auth: 'oauth',
        options: { asUser: true },
        where: 'in place of the as-user samples (the C# and Java ones do not compile)',
      },
      {
        page: `${AUTH}/app-token/with-sdk.mdx`,
        snippet: 'app-token',
        component: 'AppTokenSamples',
        auth: 'app-token',
        where: "in place of the classic samples (Python's OAuth2(access_token=…) raises TypeError)",
      },
      {
        page: `${AUTH}/tokens/sdks.mdx`,
        snippet: 'app-token',
        component: 'AppTokenSamples',
        auth: 'app-token',
        where: "in place of {/* <Samples id='x_auth' variant='init_with_app_token' /> */}",
      },
      {
        page: `${AUTH}/tokens/downscope.mdx`,
        snippet: 'downscope',
        component: 'DownscopeSamples',
        auth: 'ccg',
        options: { downscope: { scopes: ['item_preview'], resource: SAMPLE_FILE_URL } },
        where: 'after the JSON request and reply, which the page shows with no SDK code',
      },
      {
        page: `${AUTH}/tokens/revoke.mdx`,
        snippet: 'revoke',
        component: 'RevokeSamples',
        auth: 'developer-token',
        options: { revoke: true },
        where:
          'in place of the tabs (the Node/TypeScript v10 one calls auth.revokeTokens(), which box-node-sdk 10 does not have)',
      },
      {
        page: `${AUTH}/tokens/sdks.mdx`,
        snippet: 'oauth-existing-tokens',
        component: 'OAuthExistingTokensSamples',
        auth: 'oauth',
        options: { existingTokens: true },
        where:
          "in place of the commented-out access and refresh token samples (box-python-sdk's AccessToken(accessToken=…, refreshToken=…) stores an empty token: the parameters are snake_case)",
      },
      {
        page: `${AUTH}/tokens/refresh.mdx`,
        snippet: 'oauth-token-file',
        component: 'OAuthTokenFileSamples',
        auth: 'oauth',
        options: { tokenFile: DEFAULT_TOKEN_FILE },
        where:
          "in place of the commented-out <Samples id='post_oauth2_token' variant='refresh' />: the SDKs refresh by themselves when their tokens are kept",
      },
    ],
  },
] as const satisfies readonly PagePack[];

export type PagePackId = (typeof PAGE_PACKS)[number]['id'];
export const PAGE_PACK_IDS: readonly PagePackId[] = /* @__PURE__ */ PAGE_PACKS.map((pack) => pack.id);
