// generate(): options in, Snippet out. Pure: no files, no process, no network.

import { parseBaseUrl, type BaseUrl } from './base-url.js';
import {
  AUTH_METHOD_TABLE,
  CREDENTIAL_INPUTS,
  type Subject,
  selectCredentials,
  validateLiteral,
  type CredentialName,
  type CredentialSource,
} from './credentials.js';
import { STRING_ENCODERS } from './encoders/index.js';
import { BoxSnippetError } from './errors.js';
import { renderTemplate } from './render.js';
import type { CredentialMode, Snippet } from './snippet.js';
import {
  AUTH_METHODS,
  TARGET_IDS,
  findTarget,
  type AuthMethodId,
  type InstallStep,
  type ModuleStyle,
  type PackageLine,
  type PackageName,
  type StyleId,
  type Target,
  type TargetId,
  packageId,
} from './targets.js';

/** Literal credentials for Developer Token auth: the token, and optionally the client pair. */
export type DeveloperTokenCredentials =
  | { token: string; clientId?: undefined; clientSecret?: undefined }
  | { token: string; clientId: string; clientSecret: string };
/** Client Credentials Grant: the app's client pair, acting as the enterprise or as one user. */
export type CcgCredentials =
  | { clientId: string; clientSecret: string; enterpriseId: string; userId?: undefined }
  | { clientId: string; clientSecret: string; userId: string; enterpriseId?: undefined };
/** JWT: the path of the app's config file (never its contents), and a user to act as. */
export type JwtCredentials = { jwtConfigPath: string; userId?: string };
/** OAuth 2.0: the app's client pair. */
export type OAuthCredentials = { clientId: string; clientSecret: string };

type Mode = 'placeholder' | 'env';
/** Who the program acts as, in env and placeholder modes (literal mode: the ID given). */
type SubjectOption = { subject?: Subject };
export type AuthOptions =
  | { auth?: 'developer-token'; credentials?: Mode | DeveloperTokenCredentials; includeOptionalCredentials?: boolean }
  | ({ auth: 'ccg'; credentials?: Mode | CcgCredentials } & SubjectOption)
  | ({ auth: 'jwt'; credentials?: Mode | JwtCredentials } & SubjectOption)
  | { auth: 'oauth'; credentials?: Mode | OAuthCredentials; redirectUri?: string };

export type GenerateOptions<T extends TargetId = TargetId> = TargetOptions<T> & AuthOptions;

/** Where the OAuth 2.0 program tells Box to send the user back; the app must list it too. */
export const DEFAULT_REDIRECT_URI = 'http://localhost:3000/callback';

export interface TargetOptions<T extends TargetId = TargetId> {
  target: T;
  /** A package name from the target's row; defaults to the first (current) one. */
  package?: PackageName<NoInfer<T>>;
  /** A module style from the target's row (Node: `cjs`, `esm`, `ts`); defaults to the first. */
  style?: StyleId<NoInfer<T>>;
  /** Check literal values against Box's formats (default true). They are escaped either way. */
  validate?: boolean;
  /** Another API host; the program uses the SDK's own way of pointing at it. */
  baseUrl?: string;
}

/**
 * The same options without the per-auth-method pairing of credentials, for callers that build
 * them from flags or data (the CLI, a docs build); generate() checks the pairing at run time.
 */
export type GenerateRequest = TargetOptions & {
  auth?: AuthMethodId;
  credentials?: CredentialSource;
  includeOptionalCredentials?: boolean;
  subject?: Subject;
  redirectUri?: string;
};

export function generate<T extends TargetId>(options: GenerateOptions<T>): Snippet {
  return generateFromRequest(options as GenerateRequest);
}

/** generate() for options built at run time; every pairing the types would check is checked here. */
export function generateFromRequest(request: GenerateRequest): Snippet {
  const loose = request;
  const target = requireTarget(loose.target);
  const pkg = pick(target.packages, packageId, loose.package, 'UNKNOWN_PACKAGE', '--package', target);
  const style = pick(target.styles, (s) => s.id, loose.style, 'UNKNOWN_MODULE_STYLE', '--module', target);
  const authId = loose.auth ?? 'developer-token';
  if (!(AUTH_METHODS as readonly string[]).includes(authId)) {
    throw new BoxSnippetError('UNSUPPORTED_AUTH', `--auth: expected one of ${AUTH_METHODS.join(', ')}; got "${authId}"`, '--auth');
  }
  if (!(target.authMethods as readonly string[]).includes(authId)) {
    throw new BoxSnippetError(
      'UNSUPPORTED_AUTH',
      `--auth: ${target.id} supports ${target.authMethods.join(', ')}; not ${authId}`,
      '--auth',
    );
  }
  const auth = AUTH_METHOD_TABLE[authId];
  // Checked again at run time: JavaScript callers and casts get past the types.
  const source: CredentialSource = loose.credentials ?? 'placeholder';
  const { names, subject } = selectCredentials(auth, source, loose.includeOptionalCredentials ?? false, loose.subject);
  if (loose.redirectUri !== undefined && authId !== 'oauth') {
    throw new BoxSnippetError('CONFLICTING_OPTIONS', '--redirect-uri: only OAuth 2.0 auth uses a redirect URI', '--redirect-uri');
  }
  const redirectUri = authId === 'oauth' ? parseRedirectUri(loose.redirectUri ?? DEFAULT_REDIRECT_URI) : null;
  if (typeof source === 'object') {
    for (const name of names) {
      const value = source[name];
      if (value === undefined) {
        const input = CREDENTIAL_INPUTS[name];
        throw new BoxSnippetError(
          'MISSING_CREDENTIAL',
          `${input.flag}: required for ${auth.title} auth (or use --from-env to read ${input.envVar} at run time)`,
          input.flag,
        );
      }
      validateLiteral(name, value, loose.validate ?? true);
    }
  }
  const requireHttps = target.family === 'java';
  const baseUrl = loose.baseUrl === undefined ? null : parseBaseUrl(loose.baseUrl, requireHttps);
  const mode: CredentialMode = typeof source === 'object' ? 'literal' : source;

  const install = [...(pkg.installByAuth?.[authId] ?? pkg.install), ...style.extraInstall];
  const context = buildContext(pkg, style, install, mode, names, source, baseUrl);
  context.auth = { [AUTH_CONTEXT_KEYS[authId]]: true } as TemplateContext['auth'];
  context.asUser = subject === 'user';
  context.redirectUri = redirectUri === null ? null : STRING_ENCODERS[style.language](redirectUri);
  const code = renderTemplate(`${target.templateDir}/${authId}`, context);
  return {
    target: target.id,
    title: target.title,
    tabLabel: target.tab.label,
    sdkLine: target.line,
    package: {
      id: packageId(pkg),
      name: pkg.name,
      versionRange: pkg.versionRange,
      status: pkg.status,
      ...(pkg.endOfLife === undefined ? {} : { endOfLife: pkg.endOfLife }),
    },
    style: style.id,
    auth: authId,
    credentialMode: mode,
    envVars: mode === 'env' ? names.map((name) => CREDENTIAL_INPUTS[name].envVar) : [],
    containsSecret: mode === 'literal' && names.some((name) => CREDENTIAL_INPUTS[name].secret),
    languageTag: style.languageTag,
    fileName: style.fileName,
    install,
    run: style.run,
    code,
  };
}

const AUTH_CONTEXT_KEYS = {
  'developer-token': 'developerToken',
  ccg: 'ccg',
  jwt: 'jwt',
  oauth: 'oauth',
} as const satisfies Record<AuthMethodId, keyof TemplateContext['auth']>;

function parseRedirectUri(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new BoxSnippetError('CONFLICTING_OPTIONS', '--redirect-uri: expected an absolute URL, such as http://localhost:3000/callback', '--redirect-uri');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new BoxSnippetError('CONFLICTING_OPTIONS', '--redirect-uri: expected an http:// or https:// URL', '--redirect-uri');
  }
  return value;
}

/** The template input vocabulary. Every template may use these names and no others. */
export interface TemplateContext {
  packageName: string;
  versionRange: string;
  importName: string;
  /** Plain Node sees the package as `{ default: … }` (CommonJS and ES module alike): take `.default`. */
  defaultWrapped: boolean;
  installLines: string[];
  run: string;
  fileName: string;
  esModule: boolean;
  typeScript: boolean;
  literalMode: boolean;
  envMode: boolean;
  placeholderMode: boolean;
  credentials: CredentialContext[];
  /** Exactly one flag is set: the auth method the template is for. */
  auth: { developerToken?: true; ccg?: true; jwt?: true; oauth?: true };
  /** CCG and JWT: the program acts as a user rather than the enterprise. */
  asUser: boolean;
  token: CredentialContext | null;
  clientId: CredentialContext | null;
  clientSecret: CredentialContext | null;
  enterpriseId: CredentialContext | null;
  userId: CredentialContext | null;
  jwtConfigPath: CredentialContext | null;
  /** OAuth 2.0: the redirect URI as a string literal. */
  redirectUri: string | null;
  /** `--base-url` as literals: the host itself, with a trailing slash, and Box's two API roots below it. */
  baseUrl: {
    literal: string;
    withSlashLiteral: string;
    apiLiteral: string;
    oauthLiteral: string;
    secure: boolean;
  } | null;
}

export interface CredentialContext {
  envVar: string;
  placeholder: string;
  /** What the value is, and where in the Box Developer Console to find it. */
  description: string;
  where: string;
  camelName: string;
  snakeName: string;
  upperName: string;
  /** The value as a string literal of the target language (the placeholder text in placeholder mode). */
  literal: string;
}

function buildContext(
  pkg: PackageLine,
  style: ModuleStyle,
  install: readonly InstallStep[],
  mode: CredentialMode,
  names: readonly CredentialName[],
  source: CredentialSource,
  baseUrl: BaseUrl | null,
): TemplateContext {
  const encode = STRING_ENCODERS[style.language];
  const credential = (name: CredentialName): CredentialContext | null => {
    if (!names.includes(name)) return null;
    const input = CREDENTIAL_INPUTS[name];
    const value = typeof source === 'object' ? source[name]! : input.placeholder;
    return {
      envVar: input.envVar,
      placeholder: input.placeholder,
      description: input.description,
      where: input.where,
      camelName: input.camelName,
      snakeName: input.snakeName,
      upperName: input.upperName,
      literal: encode(value),
    };
  };
  return {
    packageName: pkg.name,
    versionRange: pkg.versionRange,
    importName: pkg.importName,
    defaultWrapped: pkg.defaultWrapped ?? false,
    // Multi-line steps (a Maven <dependency>) do not fit a one-line comment in the program.
    installLines: install
      .map((step) => step.text)
      .filter((text) => !text.includes('\n')),
    run: style.run,
    fileName: style.fileName,
    esModule: style.esModule,
    typeScript: style.typeScript,
    literalMode: mode === 'literal',
    envMode: mode === 'env',
    placeholderMode: mode === 'placeholder',
    credentials: names.map((name) => credential(name)!),
    auth: {},
    asUser: false,
    token: credential('token'),
    clientId: credential('clientId'),
    clientSecret: credential('clientSecret'),
    enterpriseId: credential('enterpriseId'),
    userId: credential('userId'),
    jwtConfigPath: credential('jwtConfigPath'),
    redirectUri: null,
    baseUrl:
      baseUrl === null
        ? null
        : {
            literal: encode(baseUrl.url),
            withSlashLiteral: encode(`${baseUrl.url}/`),
            apiLiteral: encode(`${baseUrl.url}/2.0`),
            oauthLiteral: encode(`${baseUrl.url}/oauth2`),
            secure: baseUrl.secure,
          },
  };
}

function requireTarget(id: string): Target {
  const target = findTarget(id);
  if (target === undefined) {
    throw new BoxSnippetError('UNKNOWN_TARGET', `target: expected one of ${TARGET_IDS.join(', ')}; got "${id}"`, '--lang');
  }
  return target;
}

function pick<T>(
  rows: readonly T[],
  key: (row: T) => string,
  wanted: string | undefined,
  code: 'UNKNOWN_PACKAGE' | 'UNKNOWN_MODULE_STYLE',
  option: string,
  target: Target,
): T {
  if (wanted === undefined) return rows[0]!;
  const row = rows.find((candidate) => key(candidate) === wanted);
  if (row === undefined) {
    throw new BoxSnippetError(
      code,
      `${option}: ${target.id} offers ${rows.map(key).join(', ')}; got "${wanted}"`,
      option,
    );
  }
  return row;
}
