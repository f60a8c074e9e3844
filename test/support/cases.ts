// Every snippet the test suite pins and checks: target × auth method × package × style ×
// credential mode, plus variants (client credentials, acting as a user, --base-url). Fixed fake
// credentials.

import {
  AUTH_METHOD_TABLE,
  TARGETS,
  credentialNames,
  packageId,
  type AuthMethodId,
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
} as const satisfies Record<CredentialName, string>;

/** The API host of the --base-url snapshots (the proof's namespaces send it to the mock too). */
export const PROXY_BASE_URL = 'https://box-proxy.example.com/';

export type Mode = 'placeholder' | 'env' | 'literal';
export const MODES: readonly Mode[] = ['placeholder', 'env', 'literal'];

export interface Variant {
  withClient?: boolean;
  subject?: Subject;
  baseUrl?: string;
}

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
  const method = AUTH_METHOD_TABLE[auth];
  const subjects = Object.keys(method.subjects) as Subject[];
  const names = credentialNames(method, variant.subject ?? subjects[0] ?? null, variant.withClient ?? false);
  return Object.fromEntries(names.map((name) => [name, FAKE[name]]));
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
  const suffix = `${variant.withClient ? '-with-client' : ''}${variant.subject ? `-as-${variant.subject}` : ''}${variant.baseUrl ? '-base-url' : ''}`;
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
      if (AUTH_METHOD_TABLE[auth].subjects.user) {
        cases.push(makeCase(target, auth, pkg, style, 'literal', { subject: 'user' }));
        cases.push(makeCase(target, auth, pkg, style, 'env', { subject: 'user' }));
      }
      return cases;
    });
  });
}

export function allCases(): SnippetCase[] {
  return [...baseCases(), ...variantCases()];
}
