// Where Box's docs build takes its code samples from, as data: box-mintlify's
// add-code-samples script sparse-clones `docs/` of each v10 SDK repository (and the root of the
// cURL samples repository) and writes each `<!-- sample <key> [variant] -->` block it finds
// there into the OpenAPI description as an `x-codeSamples` entry of the repository's `lang`.

import type { AuthMethodId, TargetId } from '../targets.js';
import type { Subject } from '../credentials.js';

export interface BoxSampleSource {
  /** The target whose programs the repository's samples are written in. */
  readonly target: TargetId;
  /** The `lang` Box's pipeline gives this repository's samples in `x-codeSamples`. */
  readonly lang: 'curl' | 'dotnet' | 'swift' | 'java' | 'node' | 'python';
  readonly repository: string;
  /** The folder Box's pipeline reads Markdown from ('' for the repository's root). */
  readonly folder: string;
}

/** In the order of Box's tabs. */
export const BOX_SAMPLE_SOURCES: readonly BoxSampleSource[] = [
  { target: 'curl', lang: 'curl', repository: 'box-community/box-curl-samples', folder: '' },
  { target: 'node', lang: 'node', repository: 'box/box-node-sdk', folder: 'docs' },
  { target: 'python', lang: 'python', repository: 'box/box-python-sdk', folder: 'docs' },
  { target: 'dotnet', lang: 'dotnet', repository: 'box/box-windows-sdk-v2', folder: 'docs' },
  { target: 'swift', lang: 'swift', repository: 'box/box-ios-sdk', folder: 'docs' },
  { target: 'java', lang: 'java', repository: 'box/box-java-sdk', folder: 'docs' },
];

/** The operation whose samples a "get the current user" program is: Box's GET /users/me. */
export const CURRENT_USER_OPERATION = {
  operationId: 'get_users_me',
  method: 'get',
  path: '/users/me',
  summary: 'Get current user',
} as const;

/**
 * The variants of Box's `x_auth` samples (client set-up, which no operation has), named as the
 * SDK repositories' docs and box-curl-samples name them. `flow` is the program box-snippet
 * writes for the variant, where it writes one; Box's guides (client-credentials/index.mdx,
 * tokens/sdks.mdx) name these variants in their commented-out `<Samples>`.
 */
export interface XAuthVariant {
  readonly variant: string;
  readonly flow?: { readonly auth: AuthMethodId; readonly subject?: Subject };
  /** Where Box's docs use the name. */
  readonly seenIn: string;
}

export const X_AUTH_VARIANTS: readonly XAuthVariant[] = [
  {
    variant: 'init_with_dev_token',
    flow: { auth: 'developer-token' },
    seenIn: 'every SDK repository, docs/authentication.md; tokens/sdks.mdx',
  },
  {
    variant: 'init_with_jwt_enterprise',
    flow: { auth: 'jwt', subject: 'enterprise' },
    seenIn: 'classic SDKs, docs/authentication.md',
  },
  {
    variant: 'init_with_jwt_with_user_id',
    flow: { auth: 'jwt', subject: 'user' },
    seenIn: 'classic SDKs, docs/authentication.md',
  },
  {
    variant: 'with_client_credentials',
    flow: { auth: 'ccg', subject: 'enterprise' },
    seenIn: 'box-curl-samples and the classic Node SDK (service account); client-credentials/index.mdx',
  },
  {
    variant: 'with_ccg_admin_managed_user',
    flow: { auth: 'ccg', subject: 'user' },
    seenIn: 'box-curl-samples; client-credentials/index.mdx',
  },
  {
    variant: 'with_ccg_app_user',
    flow: { auth: 'ccg', subject: 'user' },
    seenIn: 'box-curl-samples; client-credentials/index.mdx',
  },
  // No Box repository has a sample variant for the whole OAuth 2.0 flow: its steps are the
  // operations get_authorize and post_oauth2_token. This name is box-snippet's.
  { variant: 'init_with_oauth', flow: { auth: 'oauth' }, seenIn: 'box-snippet (no Box name)' },
  { variant: 'init_with_jwt_enterprise_with_config', seenIn: 'classic SDKs, docs/authentication.md' },
  { variant: 'with_client_credentials_enterprise', seenIn: 'classic .NET SDK, docs/authentication.md' },
  { variant: 'init_with_app_token', seenIn: 'classic SDKs, docs/authentication.md' },
  { variant: 'init_with_as_user_header', seenIn: 'every SDK repository, docs/client.md' },
];
