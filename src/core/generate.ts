// generate(): options in, Snippet out. Pure: no files, no process, no network.

import { parseBaseUrl, type BaseUrl } from './base-url.js';
import {
  AUTH_METHOD_TABLE,
  CREDENTIAL_INPUTS,
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
  TARGET_IDS,
  findTarget,
  type AuthMethodId,
  type ModuleStyle,
  type PackageLine,
  type PackageName,
  type StyleId,
  type Target,
  type TargetId,
} from './targets.js';

/** Literal credentials for Developer Token auth: the token, and optionally the client pair. */
export type DeveloperTokenCredentials =
  | { token: string; clientId?: undefined; clientSecret?: undefined }
  | { token: string; clientId: string; clientSecret: string };

export interface GenerateOptions<T extends TargetId = TargetId> {
  target: T;
  /** A package name from the target's row; defaults to the first (current) one. */
  package?: PackageName<NoInfer<T>>;
  /** A module style from the target's row (Node: `cjs`, `esm`, `ts`); defaults to the first. */
  style?: StyleId<NoInfer<T>>;
  auth?: AuthMethodId;
  /** Literal values, `'env'` (read at run time) or `'placeholder'` (the default). */
  credentials?: 'placeholder' | 'env' | DeveloperTokenCredentials;
  /** In env and placeholder modes, also include the auth method's optional credentials. */
  includeOptionalCredentials?: boolean;
  /** Check literal values against Box's formats (default true). They are escaped either way. */
  validate?: boolean;
  /** Another API host; the program uses the SDK's own way of pointing at it. */
  baseUrl?: string;
}

export function generate<T extends TargetId>(options: GenerateOptions<T>): Snippet {
  const target = requireTarget(options.target);
  const pkg = pick(target.packages, (p) => p.name, options.package, 'UNKNOWN_PACKAGE', '--package', target);
  const style = pick(target.styles, (s) => s.id, options.style, 'UNKNOWN_MODULE_STYLE', '--module', target);
  const authId = options.auth ?? 'developer-token';
  if (!(target.authMethods as readonly string[]).includes(authId)) {
    throw new BoxSnippetError(
      'UNSUPPORTED_AUTH',
      `--auth: ${target.id} supports ${target.authMethods.join(', ')}; not ${authId}`,
      '--auth',
    );
  }
  const auth = AUTH_METHOD_TABLE[authId];
  // Checked again at run time: JavaScript callers and casts get past the types.
  const source: CredentialSource = options.credentials ?? 'placeholder';
  const names = selectCredentials(auth, source, options.includeOptionalCredentials ?? false);
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
      validateLiteral(name, value, options.validate ?? true);
    }
  }
  const requireHttps = target.family === 'java';
  const baseUrl = options.baseUrl === undefined ? null : parseBaseUrl(options.baseUrl, requireHttps);
  const mode: CredentialMode = typeof source === 'object' ? 'literal' : source;

  const context = buildContext(target, pkg, style, mode, names, source, baseUrl);
  const code = renderTemplate(`${target.templateDir}/main`, context);
  return {
    target: target.id,
    title: target.title,
    sdkLine: target.line,
    package: { name: pkg.name, versionRange: pkg.versionRange, status: pkg.status },
    style: style.id,
    auth: authId,
    credentialMode: mode,
    envVars: mode === 'env' ? names.map((name) => CREDENTIAL_INPUTS[name].envVar) : [],
    containsSecret: mode === 'literal' && names.some((name) => CREDENTIAL_INPUTS[name].secret),
    languageTag: style.languageTag,
    fileName: style.fileName,
    install: [...pkg.install, ...style.extraInstall],
    run: style.run,
    code,
  };
}

/** The template input vocabulary. Every template may use these names and no others. */
export interface TemplateContext {
  packageName: string;
  versionRange: string;
  importName: string;
  installLines: string[];
  run: string;
  fileName: string;
  esModule: boolean;
  typeScript: boolean;
  literalMode: boolean;
  envMode: boolean;
  placeholderMode: boolean;
  credentials: CredentialContext[];
  token: CredentialContext;
  clientId: CredentialContext | null;
  clientSecret: CredentialContext | null;
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
  target: Target,
  pkg: PackageLine,
  style: ModuleStyle,
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
  const token = credential('token');
  if (token === null) throw new Error(`internal: ${target.id} developer-token program without a token`);
  return {
    packageName: pkg.name,
    versionRange: pkg.versionRange,
    importName: pkg.importName,
    installLines: [...pkg.install, ...style.extraInstall]
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
    token,
    clientId: credential('clientId'),
    clientSecret: credential('clientSecret'),
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
