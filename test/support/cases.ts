// Every snippet the test suite pins and checks: target × auth method × package × style ×
// credential mode, plus variants (client credentials, acting as a user, --base-url). Fixed fake
// credentials.

import {
  AUTH_METHOD_TABLE,
  CLIENT_OPTIONS,
  DEFAULT_TOKEN_FILE,
  DOCS_FLOWS,
  PAGE_PACKS,
  SAMPLE_FILE_URL,
  TARGETS,
  offersFlow,
  optionIds,
  type DocsFlow,
  credentialNames,
  packageId,
  type AuthMethodId,
  type ClientOptionId,
  type CredentialName,
  type GenerateRequest,
  type LiteralCredentials,
  type Subject,
  type Target,
  type TargetId,
} from '../../src/core/index.js';

export const FAKE = {
  token: 'FakeDeveloperToken00000000000001',
  clientId: 'fakeclientid00000000000000000001',
  clientSecret: 'FakeClientSecret0000000000000001',
  enterpriseId: '1234567',
  userId: '7654321',
  jwtConfigPath: 'config/box_app_config.json',
  appToken: 'FakeAppToken00000000000000000001',
  asUserId: '5550001',
  accessToken: 'FakeAccessToken00000000000000001',
  refreshToken: 'FakeRefreshToken000000000000000000000000000000000000000000000001',
} as const satisfies Record<CredentialName, string>;

/** The API host of the --base-url snapshots (the proof's namespaces send it to the mock too). */
export const PROXY_BASE_URL = 'https://box-proxy.example.com/';

export type Mode = 'placeholder' | 'env' | 'literal';
export const MODES: readonly Mode[] = ['placeholder', 'env', 'literal'];

export interface Variant {
  withClient?: boolean;
  subject?: Subject;
  baseUrl?: string;
  /** Every API call acts as FAKE.asUserId (the As-User header). */
  asUser?: boolean;
  /** The token is exchanged for one with these scopes (on this item) before the API call. */
  downscope?: { scopes: string[]; resource?: string };
  /** The token is revoked at the end. */
  revoke?: boolean;
  /** OAuth 2.0: the tokens are kept in this file between runs, and refreshed. */
  tokenFile?: string;
  /** OAuth 2.0: the program starts from an access and refresh token it is given. */
  existingTokens?: boolean;
}

/**
 * The downscope each auth method's variant asks for: every kind of item (none, a folder, a file)
 * and both URL forms (the web app's, the API's) across the auth methods.
 */
const DOWNSCOPE_BY_AUTH: Partial<Record<AuthMethodId, { scopes: string[]; resource?: string }>> = {
  'developer-token': { scopes: ['root_readonly'] },
  jwt: { scopes: ['base_explorer', 'item_preview'], resource: 'https://api.box.com/2.0/folders/987654321' },
};
/** Any other auth method: a preview of one file, Box's UI Elements' case (the docs page's, for CCG). */
export const downscopeFor = (auth: AuthMethodId): { scopes: string[]; resource?: string } =>
  DOWNSCOPE_BY_AUTH[auth] ?? { scopes: ['item_preview'], resource: SAMPLE_FILE_URL };

/** The client options a variant turns on. */
export const variantOptions = (variant: Variant): ClientOptionId[] => [
  ...(variant.asUser ? (['asUser'] as const) : []),
  ...(variant.downscope ? (['downscope'] as const) : []),
  ...(variant.revoke ? (['revoke'] as const) : []),
  ...(variant.tokenFile !== undefined ? (['tokenFile'] as const) : []),
  ...(variant.existingTokens ? (['existingTokens'] as const) : []),
];

export interface SnippetCase {
  /** Unique, readable name; also the snapshot path below snapshots/. */
  name: string;
  target: Target;
  auth: AuthMethodId;
  /** The package's `--package` value (its id, or its name). */
  packageName: string;
  styleId: string;
  mode: Mode;
  variant: Variant;
  options: GenerateRequest;
  snapshotPath: string;
}

/** Literal values for an auth method: its required inputs and the chosen subject's IDs. */
export function literalCredentials(auth: AuthMethodId, variant: Variant): LiteralCredentials {
  return Object.fromEntries(variantCredentials(auth, variant).map((name) => [name, FAKE[name]]));
}

/** The credentials a variant's program holds: its auth method's, then its options'. */
export function variantCredentials(auth: AuthMethodId, variant: Variant): CredentialName[] {
  const method = AUTH_METHOD_TABLE[auth];
  const subjects = Object.keys(method.subjects) as Subject[];
  const options = variantOptions(variant);
  const withClient = (variant.withClient ?? false) || options.some((id) => CLIENT_OPTIONS[id].needsOptionalGroup);
  return [
    ...credentialNames(method, variant.subject ?? subjects[0] ?? null, withClient),
    ...options.flatMap((id) => CLIENT_OPTIONS[id].credentials),
  ];
}

function slug(packageName: string): string {
  return packageName.replace(/[^A-Za-z0-9.-]+/g, '-');
}

export function makeCase(
  target: Target,
  auth: AuthMethodId,
  packageName: string,
  styleId: string,
  mode: Mode,
  variant: Variant = {},
): SnippetCase {
  const style = target.styles.find((candidate) => candidate.id === styleId)!;
  const extension = style.fileName.slice(style.fileName.lastIndexOf('.'));
  const stylePart = target.styles.length > 1 ? `${styleId}-` : '';
  const suffix = [
    variant.withClient ? '-with-client' : '',
    variant.subject ? `-as-${variant.subject}` : '',
    variant.baseUrl ? '-base-url' : '',
    variant.asUser ? '-as-user-header' : '',
    variant.downscope
      ? `-downscoped${variant.downscope.resource ? `-${/folder/.test(variant.downscope.resource) ? 'folder' : 'file'}` : ''}`
      : '',
    variant.revoke ? '-revoke' : '',
    variant.tokenFile !== undefined ? '-token-file' : '',
    variant.existingTokens ? '-existing-tokens' : '',
  ].join('');
  const name = `${target.id}/${slug(packageName)}/${auth}/${stylePart}${mode}${suffix}`;
  const options: GenerateRequest = {
    target: target.id as TargetId,
    auth,
    package: packageName as GenerateRequest['package'],
    style: styleId as GenerateRequest['style'],
    credentials: mode === 'literal' ? literalCredentials(auth, variant) : mode,
  };
  if (mode !== 'literal' && variant.withClient) options.includeOptionalCredentials = true;
  if (mode !== 'literal' && variant.subject) options.subject = variant.subject;
  if (variant.baseUrl) options.baseUrl = variant.baseUrl;
  if (variant.asUser) options.asUser = true;
  if (variant.downscope) options.downscope = variant.downscope;
  if (variant.revoke) options.revoke = true;
  if (variant.tokenFile !== undefined) options.tokenFile = variant.tokenFile;
  if (variant.existingTokens && mode !== 'literal') options.existingTokens = true;
  return {
    name,
    target,
    auth,
    packageName,
    styleId,
    mode,
    variant,
    options,
    snapshotPath: `snapshots/${name}${extension}`,
  };
}

const ALL_TARGETS = TARGETS as readonly Target[];

/** Every target × auth method × package × style × mode. */
export function baseCases(): SnippetCase[] {
  return ALL_TARGETS.flatMap((target) =>
    target.authMethods.flatMap((auth) =>
      target.packages.flatMap((pkg) =>
        target.styles.flatMap((style) => MODES.map((mode) => makeCase(target, auth, packageId(pkg), style.id, mode))),
      ),
    ),
  );
}

/** For the default package and style of each target: the variants each auth method has. */
export function variantCases(): SnippetCase[] {
  return ALL_TARGETS.flatMap((target) => {
    const pkg = packageId(target.packages[0]!);
    const style = target.styles[0]!.id;
    return target.authMethods.flatMap((auth) => {
      const cases = [makeCase(target, auth, pkg, style, 'env', { baseUrl: PROXY_BASE_URL })];
      if (AUTH_METHOD_TABLE[auth].optionalGroup.length > 0 && target.takesOptionalCredentials !== false) {
        cases.push(makeCase(target, auth, pkg, style, 'literal', { withClient: true }));
        cases.push(makeCase(target, auth, pkg, style, 'env', { withClient: true }));
      }
      if ('user' in AUTH_METHOD_TABLE[auth].subjects) {
        cases.push(makeCase(target, auth, pkg, style, 'literal', { subject: 'user' }));
        cases.push(makeCase(target, auth, pkg, style, 'env', { subject: 'user' }));
      }
      // The client options: each in environment mode with every auth method it combines with;
      // as-user also with literal values and placeholders, where its ID is the program's own.
      if (offers(target, auth, 'asUser')) {
        cases.push(makeCase(target, auth, pkg, style, 'env', { asUser: true }));
        if (auth === 'developer-token') {
          cases.push(makeCase(target, auth, pkg, style, 'literal', { asUser: true }));
          cases.push(makeCase(target, auth, pkg, style, 'placeholder', { asUser: true }));
        }
      }
      if (offers(target, auth, 'downscope'))
        cases.push(makeCase(target, auth, pkg, style, 'env', { downscope: downscopeFor(auth) }));
      if (offers(target, auth, 'revoke')) cases.push(makeCase(target, auth, pkg, style, 'env', { revoke: true }));
      if (offers(target, auth, 'tokenFile'))
        cases.push(makeCase(target, auth, pkg, style, 'env', { tokenFile: DEFAULT_TOKEN_FILE }));
      if (offers(target, auth, 'existingTokens'))
        cases.push(makeCase(target, auth, pkg, style, 'env', { existingTokens: true }));
      return cases;
    });
  });
}

/** Whether the target offers the client option with the auth method (CLIENT_OPTIONS and the target's row say). */
export function offers(target: Target, auth: AuthMethodId, option: ClientOptionId): boolean {
  return !(auth in CLIENT_OPTIONS[option].notWith) && !(option in (target.unsupportedClientOptions ?? {}));
}

/**
 * Each client option in a target's other styles (Node's ES module and TypeScript), on a Developer
 * Token program (an OAuth 2.0 one for the token file): what differs between styles (top-level
 * await, types) is the style's, whatever the auth method.
 */
export function styleOptionCases(): SnippetCase[] {
  return ALL_TARGETS.flatMap((target) =>
    target.styles.slice(1).flatMap((style) =>
      STYLE_OPTION_VARIANTS.map(([option, variant]) => [optionAuth(option), option, variant] as const)
        .filter(([auth, option]) => target.authMethods.includes(auth) && offers(target, auth, option))
        .map(([auth, , variant]) => makeCase(target, auth, packageId(target.packages[0]!), style.id, 'env', variant)),
    ),
  );
}

/** The auth method a style's client-option program uses: a Developer Token, unless the option needs OAuth 2.0. */
const optionAuth = (option: ClientOptionId): AuthMethodId =>
  option === 'tokenFile' || option === 'existingTokens' ? 'oauth' : 'developer-token';

/** One program per client option, as the Developer Token programs of styleOptionCases() and the projects use them. */
export const STYLE_OPTION_VARIANTS: readonly (readonly [ClientOptionId, Variant])[] = [
  ['asUser', { asUser: true }],
  ['downscope', { downscope: downscopeFor('developer-token') }],
  ['revoke', { revoke: true }],
  ['tokenFile', { tokenFile: DEFAULT_TOKEN_FILE }],
  ['existingTokens', { existingTokens: true }],
];

/**
 * The programs of the docs pages with client options (DOCS_FLOWS' pages and the page packs'):
 * each target's default package in its docs tab's style.
 */
export function docsFlowCases(): SnippetCase[] {
  const pages: Pick<DocsFlow, 'auth' | 'options'>[] = [
    ...DOCS_FLOWS,
    ...PAGE_PACKS.flatMap((pack) =>
      pack.pages.map((page) => ({ auth: page.auth, options: 'options' in page ? page.options : {} })),
    ),
  ];
  return pages
    .filter((flow) => optionIds(flow.options).length > 0)
    .flatMap((flow) =>
      ALL_TARGETS.filter((target) => offersFlow(target, flow.auth, flow.options)).map((target) =>
        makeCase(
          target,
          flow.auth,
          packageId(target.packages[0]!),
          target.tab.style ?? target.styles[0]!.id,
          'env',
          flowVariant(flow),
        ),
      ),
    );
}

/** The variant that makes a docs flow's program. */
export function flowVariant(flow: Pick<DocsFlow, 'options'>): Variant {
  return {
    ...(flow.options.asUser ? { asUser: true } : {}),
    ...(flow.options.downscope
      ? { downscope: { ...flow.options.downscope, scopes: [...flow.options.downscope.scopes] } }
      : {}),
    ...(flow.options.revoke ? { revoke: true } : {}),
    ...(flow.options.tokenFile !== undefined ? { tokenFile: flow.options.tokenFile } : {}),
    ...(flow.options.existingTokens ? { existingTokens: true } : {}),
  };
}

export function allCases(): SnippetCase[] {
  // The docs pages' programs are mostly among the others already: each name once.
  const all = [...baseCases(), ...variantCases(), ...styleOptionCases(), ...docsFlowCases()];
  return all.filter((testCase, index) => all.findIndex((other) => other.name === testCase.name) === index);
}
