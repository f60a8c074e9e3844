// Every snippet the test suite pins and checks: target × package × style × credential mode,
// plus variants with client credentials and with --base-url. Fixed fake credentials.

import { TARGETS, type GenerateOptions, type GenerateRequest, type Target, type TargetId } from '../../src/core/index.js';

export const FAKE = {
  token: 'FakeDeveloperToken00000000000001',
  clientId: 'fakeclientid00000000000000000001',
  clientSecret: 'FakeClientSecret0000000000000001',
} as const;

export type Mode = 'placeholder' | 'env' | 'literal';
export const MODES: readonly Mode[] = ['placeholder', 'env', 'literal'];

export interface SnippetCase {
  /** Unique, readable name; also the snapshot path below snapshots/. */
  name: string;
  target: Target;
  packageName: string;
  styleId: string;
  mode: Mode;
  withClient: boolean;
  baseUrl: string | undefined;
  options: GenerateRequest;
  snapshotPath: string;
}

export function credentialsFor(mode: Mode, withClient: boolean): GenerateOptions['credentials'] {
  if (mode !== 'literal') return mode;
  return withClient ? { ...FAKE } : { token: FAKE.token };
}

function slug(packageName: string): string {
  return packageName.replace(/[^A-Za-z0-9.-]+/g, '-');
}

export function makeCase(
  target: Target,
  packageName: string,
  styleId: string,
  mode: Mode,
  variant: { withClient?: boolean; baseUrl?: string } = {},
): SnippetCase {
  const withClient = variant.withClient ?? false;
  const style = target.styles.find((candidate) => candidate.id === styleId)!;
  const extension = style.fileName.slice(style.fileName.lastIndexOf('.'));
  const stylePart = target.styles.length > 1 ? `${styleId}-` : '';
  const suffix = `${withClient ? '-with-client' : ''}${variant.baseUrl ? '-base-url' : ''}`;
  const name = `${target.id}/${slug(packageName)}/${stylePart}${mode}${suffix}`;
  const options: GenerateRequest = {
    target: target.id as TargetId,
    package: packageName as GenerateOptions['package'],
    style: styleId as GenerateOptions['style'],
    credentials: credentialsFor(mode, withClient),
    includeOptionalCredentials: withClient && mode !== 'literal',
  };
  if (variant.baseUrl) options.baseUrl = variant.baseUrl;
  return {
    name,
    target,
    packageName,
    styleId,
    mode,
    withClient,
    baseUrl: variant.baseUrl,
    options,
    snapshotPath: `snapshots/${name}${extension}`,
  };
}

const ALL_TARGETS = TARGETS as readonly Target[];

/** Every target × package × style × mode. */
export function baseCases(): SnippetCase[] {
  return ALL_TARGETS.flatMap((target) =>
    target.packages.flatMap((pkg) =>
      target.styles.flatMap((style) => MODES.map((mode) => makeCase(target, pkg.name, style.id, mode))),
    ),
  );
}

/** One default package and style per target, with client credentials, and with a base URL. */
export function variantCases(): SnippetCase[] {
  return ALL_TARGETS.flatMap((target) => {
    const pkg = target.packages[0]!.name;
    const style = target.styles[0]!.id;
    return [
      makeCase(target, pkg, style, 'literal', { withClient: true }),
      makeCase(target, pkg, style, 'env', { withClient: true }),
      makeCase(target, pkg, style, 'env', { baseUrl: 'https://box-proxy.example.com/' }),
    ];
  });
}

export function allCases(): SnippetCase[] {
  return [...baseCases(), ...variantCases()];
}
