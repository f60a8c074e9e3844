// generate(): options in, Snippet out. Pure: no files, no process, no network.

import { parseBaseUrl, type BaseUrl } from './base-url.js';
import {
  AUTH_METHODS,
  AUTH_METHOD_TABLE,
  CREDENTIAL_INPUTS,
  type AuthMethod,
  type Subject,
  selectCredentials,
  validateLiteral,
  type CredentialName,
  type CredentialSource,
} from './credentials.js';
import {
  CLIENT_OPTIONS,
  CLIENT_OPTION_IDS,
  DEFAULT_TOKEN_FILE,
  DOWNSCOPE_SCOPES,
  isTokenFilePath,
  parseDownscopeResource,
  type ClientOptionId,
  type DownscopeResource,
} from './client-options.js';
import { BoxSnippetError, type OptionName } from './errors.js';
import { checkClassNameIsFree, programFile, type ProgramFile } from './program-file.js';
import { cutExcerpt, EXCERPT_END, EXCERPT_START } from './excerpt.js';
import { languageStrings, loadedTarget } from './loaded-targets.js';
import { renderTemplate, templatesNotLoaded } from './render.js';
import { packageId, packageSummary } from './target-row.js';
import type { CredentialMode, Snippet } from './snippet.js';
import type {
  AuthMethodId,
  InstallStep,
  ModuleStyle,
  PackageLine,
  PackageName,
  StyleId,
  Target,
  TargetId,
} from './targets.js';
import { TARGET_INDEX } from './templates/imports.generated.js';

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
/** App Token: a Limited Access App's primary or secondary token. */
export type AppTokenCredentials = { appToken: string };
/** With `existingTokens`, in literal mode: the access and refresh token the app already has. */
type ExistingTokenCredentials = { accessToken?: string; refreshToken?: string };
/** With `asUser`, in literal mode: the user every API call acts as. */
type AsUserCredential = { asUserId?: string };

type Mode = 'placeholder' | 'env';
/** Who the program acts as, in env and placeholder modes (literal mode: the ID given). */
type SubjectOption = { subject?: Subject };
export type AuthOptions =
  | {
      auth?: 'developer-token';
      credentials?: Mode | (DeveloperTokenCredentials & AsUserCredential);
      includeOptionalCredentials?: boolean;
    }
  | ({ auth: 'ccg'; credentials?: Mode | (CcgCredentials & AsUserCredential) } & SubjectOption)
  | ({ auth: 'jwt'; credentials?: Mode | (JwtCredentials & AsUserCredential) } & SubjectOption)
  | {
      auth: 'oauth';
      credentials?: Mode | (OAuthCredentials & AsUserCredential & ExistingTokenCredentials);
      redirectUri?: string;
    }
  | { auth: 'app-token'; credentials?: Mode | AppTokenCredentials };

/** What the program does with its client beyond signing in (CLIENT_OPTIONS says which combine). */
export interface ClientOptions {
  /**
   * Every API call acts as another user (the As-User header). Literal mode: the ID is
   * `credentials.asUserId`; env mode reads BOX_AS_USER_ID; placeholders say where it comes from.
   */
  asUser?: boolean;
  /** Exchange the token for a downscoped one with these scopes, optionally restricted to one file or folder. */
  downscope?: { scopes: readonly string[]; resource?: string };
  /** Revoke the token at the end (a Developer Token needs the client ID and secret for it). */
  revoke?: boolean;
  /**
   * OAuth 2.0: keep the access and refresh tokens in this file (relative to where the program
   * runs; owner-only), so later runs need no browser; refresh them when Box says they expired.
   */
  tokenFile?: string;
  /**
   * OAuth 2.0: start from an access and refresh token the app already has (literal mode:
   * `credentials.accessToken` and `refreshToken`; env mode reads BOX_ACCESS_TOKEN and
   * BOX_REFRESH_TOKEN), with no browser; refresh them when Box says the access token expired.
   */
  existingTokens?: boolean;
}

export type GenerateOptions<T extends TargetId = TargetId> = TargetOptions<T> & AuthOptions & ClientOptions;

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
  /**
   * The name the program will be saved as (default: the style's, e.g. get_current_user.py). It
   * must keep the style's extension; the Run command uses it, and in Java it names the class.
   */
  fileName?: string;
}

/**
 * The same options without the per-auth-method pairing of credentials, for callers that build
 * them from flags or data (the CLI, a docs build); generate() checks the pairing at run time.
 */
export type GenerateRequest = TargetOptions &
  ClientOptions & {
    auth?: AuthMethodId;
    credentials?: CredentialSource;
    includeOptionalCredentials?: boolean;
    subject?: Subject;
    redirectUri?: string;
  };

export function generate<T extends TargetId>(options: GenerateOptions<T>): Snippet {
  return generateFromRequest(options as GenerateRequest);
}

/**
 * generate() for options built at run time; every pairing the types would check is checked here.
 * The pipeline: resolve what the request picks, check its credentials, build the templates'
 * context, render.
 */
export function generateFromRequest(request: GenerateRequest): Snippet {
  const picked = resolveTarget(request);
  const options = checkClientOptions(request, picked);
  const credentials = checkCredentials(request, picked, options);
  const resolved = { ...picked, ...resolveProgram(request, picked, options) };
  const context = templateContext(resolved, credentials, options, request.credentials ?? 'placeholder');
  return render(resolved, credentials, options, context);
}

/** What a request picks from the registry, each choice checked: target, package, style and auth method. */
interface Picked {
  readonly target: Target;
  readonly pkg: PackageLine;
  readonly style: ModuleStyle;
  readonly authId: AuthMethodId;
  readonly auth: AuthMethod;
}

/** The rest of the program: its file, install steps, API host and OAuth redirect URI. */
interface Resolved extends Picked {
  readonly file: ProgramFile;
  readonly install: readonly InstallStep[];
  readonly baseUrl: BaseUrl | null;
  readonly redirectUri: string | null;
}

function resolveTarget(request: GenerateRequest): Picked {
  const target = requireTarget(request.target, request.auth ?? 'developer-token');
  const pkg = pick(target.packages, packageId, request.package, 'UNKNOWN_PACKAGE', 'package', target);
  const style = pick(target.styles, (s) => s.id, request.style, 'UNKNOWN_MODULE_STYLE', 'style', target);
  const authId = request.auth ?? 'developer-token';
  if (!(authId in AUTH_METHOD_TABLE)) {
    throw new BoxSnippetError(
      'UNSUPPORTED_AUTH',
      (naming) => `${naming.option('auth')}: expected one of ${AUTH_METHODS.join(', ')}; got "${authId}"`,
      'auth',
    );
  }
  if (!(target.authMethods as readonly string[]).includes(authId)) throw unsupportedAuth(target, authId);
  return { target, pkg, style, authId, auth: AUTH_METHOD_TABLE[authId] };
}

function resolveProgram(
  request: GenerateRequest,
  { target, pkg, style, authId }: Picked,
  options: CheckedClientOptions,
): Omit<Resolved, keyof Picked> {
  if (request.redirectUri !== undefined && authId !== 'oauth') {
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      (naming) => `${naming.option('redirectUri')}: only OAuth 2.0 auth uses a redirect URI`,
      'redirectUri',
    );
  }
  const redirectUri = authId === 'oauth' ? parseRedirectUri(request.redirectUri ?? DEFAULT_REDIRECT_URI) : null;
  if (redirectUri !== null) requireWritable(style, 'redirectUri', redirectUri);
  const baseUrl =
    request.baseUrl === undefined ? null : parseBaseUrl(request.baseUrl, target.httpsBaseUrlOnly ?? false);
  const file = programFile(style, request.fileName);
  // The auth method's steps, else the first client option's with steps of its own, else the package's.
  const packageSteps =
    pkg.installByAuth?.[authId] ??
    options.ids.map((id) => pkg.installByOption?.[id]).find((steps) => steps !== undefined) ??
    pkg.install;
  // A file saved beside a program whose class takes the file's name (Java's pom.xml, which names
  // the main class) names the default class: a program saved under another name is another class.
  const defaultClass = programFile(style, undefined).className;
  const install = [...packageSteps, ...style.extraInstall].map((step) =>
    style.classNamedAfterFile && step.file !== undefined && file.className !== defaultClass
      ? { ...step, text: step.text.split(defaultClass).join(file.className) }
      : step,
  );
  return { file, install, baseUrl, redirectUri };
}

/** The client options a request turns on, each checked against the auth method, the target and each other. */
interface CheckedClientOptions {
  readonly ids: readonly ClientOptionId[];
  readonly downscope: { readonly scopes: readonly string[]; readonly resource: DownscopeResource | null } | null;
  readonly tokenFile: string | null;
}

function checkClientOptions(request: GenerateRequest, { target, authId, auth }: Picked): CheckedClientOptions {
  const literalAsUser = typeof request.credentials === 'object' && request.credentials.asUserId !== undefined;
  const on: Record<ClientOptionId, boolean> = {
    asUser: (request.asUser ?? false) || literalAsUser,
    downscope: request.downscope !== undefined,
    revoke: request.revoke ?? false,
    tokenFile: request.tokenFile !== undefined,
    existingTokens:
      (request.existingTokens ?? false) ||
      (typeof request.credentials === 'object' &&
        (request.credentials.accessToken !== undefined || request.credentials.refreshToken !== undefined)),
  };
  const ids = CLIENT_OPTION_IDS.filter((id) => on[id]);
  for (const id of ids) {
    const option = CLIENT_OPTIONS[id];
    const reason = option.notWith[authId] ?? target.unsupportedClientOptions?.[id];
    if (reason !== undefined) {
      throw new BoxSnippetError(
        'CONFLICTING_OPTIONS',
        (naming) => `${naming.option(id)}: not with ${auth.title} auth on ${target.id}: ${reason}`,
        id,
      );
    }
    for (const other of ids) {
      const clash = option.excludes[other];
      if (clash !== undefined) {
        throw new BoxSnippetError(
          'CONFLICTING_OPTIONS',
          (naming) => `${naming.option(id)}: not with ${naming.option(other)}: ${clash}`,
          id,
        );
      }
    }
  }
  return {
    ids,
    downscope: request.downscope === undefined ? null : checkDownscope(request.downscope, request.validate ?? true),
    tokenFile: request.tokenFile === undefined ? null : checkTokenFile(request.tokenFile),
  };
}

function checkTokenFile(path: string): string {
  if (!isTokenFilePath(path)) {
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      (naming) =>
        `${naming.option('tokenFile')}: expected a file name of letters, digits and . _ - (a file in the folder the program runs in), such as ${DEFAULT_TOKEN_FILE}`,
      'tokenFile',
    );
  }
  return path;
}

function checkDownscope(
  downscope: NonNullable<GenerateRequest['downscope']>,
  strict: boolean,
): NonNullable<CheckedClientOptions['downscope']> {
  const scopes = [...new Set(downscope.scopes)];
  if (scopes.length === 0) {
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      (naming) => `${naming.option('downscope')}: expected one or more scopes, such as item_preview`,
      'downscope',
    );
  }
  for (const scope of scopes) {
    // A scope is written into the program as it is: only Box's scope alphabet can be.
    const known = (DOWNSCOPE_SCOPES as readonly string[]).includes(scope);
    if (!/^[a-z][a-z0-9_.]*$/.test(scope) || (strict && !known)) {
      throw new BoxSnippetError(
        'CONFLICTING_OPTIONS',
        (naming) =>
          `${naming.option('downscope')}: expected scopes among ${DOWNSCOPE_SCOPES.join(', ')}; got "${scope}"${/^[a-z][a-z0-9_.]*$/.test(scope) ? ` (use ${naming.setting({ validate: false })} to accept it as is)` : ''}`,
        'downscope',
      );
    }
  }
  let resource: DownscopeResource | null = null;
  if (downscope.resource !== undefined) {
    resource = parseDownscopeResource(downscope.resource);
    if (resource === null) {
      throw new BoxSnippetError(
        'CONFLICTING_OPTIONS',
        (naming) =>
          `${naming.option('resource')}: expected a Box file or folder URL, such as https://app.box.com/file/123456 or https://api.box.com/2.0/folders/123456`,
        'resource',
      );
    }
  }
  return { scopes, resource };
}

/** The credentials a program uses, where they come from, and who it acts as. */
interface CheckedCredentials {
  readonly names: readonly CredentialName[];
  readonly subject: Subject | null;
  readonly mode: CredentialMode;
  readonly containsSecret: boolean;
}

function checkCredentials(
  request: GenerateRequest,
  { target, style, auth }: Picked,
  options: CheckedClientOptions,
): CheckedCredentials {
  // Checked again at run time: JavaScript callers and casts get past the types.
  const given: CredentialSource = request.credentials ?? 'placeholder';
  // The options' own credentials (the As-User ID) are theirs to check, not the auth method's.
  const optionNames = options.ids.flatMap((id) => CLIENT_OPTIONS[id].credentials);
  const source: CredentialSource =
    typeof given === 'object'
      ? (Object.fromEntries(
          Object.entries(given).filter(([name]) => !optionNames.includes(name as CredentialName)),
        ) as CredentialSource)
      : given;
  const needsGroup = options.ids.find((id) => CLIENT_OPTIONS[id].needsOptionalGroup) ?? null;
  if (
    needsGroup !== null &&
    typeof source === 'object' &&
    auth.optionalGroup.some((name) => source[name] === undefined)
  ) {
    const missing = auth.optionalGroup.find((name) => source[name] === undefined)!;
    throw new BoxSnippetError(
      'MISSING_CREDENTIAL',
      (naming) =>
        `${naming.option(missing)}: ${naming.option(needsGroup)} with ${auth.title} auth needs ${auth.optionalGroup.map(naming.option).join(' and ')}`,
      missing,
    );
  }
  const selected = selectCredentials(
    auth,
    source,
    (request.includeOptionalCredentials ?? false) || needsGroup !== null,
    request.subject,
  );
  const subject = selected.subject;
  const names = [...selected.names, ...optionNames];
  // A client option that needs the client pair (revoke) brings it even where nothing else would use it.
  if (target.takesOptionalCredentials === false && needsGroup === null) {
    const optional = names.find((name) => auth.optionalGroup.includes(name));
    if (optional !== undefined) {
      const option: OptionName = typeof source === 'object' ? optional : 'includeOptionalCredentials';
      throw new BoxSnippetError(
        'CONFLICTING_OPTIONS',
        (naming) =>
          `${naming.option(option)}: the ${target.id} ${auth.title} program does not use the client ID and secret; drop ${naming.option(option)}`,
        option,
      );
    }
  }
  if (typeof given === 'object') {
    for (const name of names) {
      const value = given[name];
      if (value === undefined) {
        const { envVar } = CREDENTIAL_INPUTS[name];
        throw new BoxSnippetError(
          'MISSING_CREDENTIAL',
          (naming) =>
            `${naming.option(name)}: required for ${auth.title} auth (or use ${naming.setting({ credentials: 'env' })} to read ${envVar} at run time)`,
          name,
        );
      }
      validateLiteral(name, value, request.validate ?? true);
      requireWritable(style, name, value);
    }
  }
  if (typeof given === 'object' && given.asUserId !== undefined && !options.ids.includes('asUser')) {
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      (naming) => `${naming.option('asUserId')}: set only with ${naming.option('asUser')}`,
      'asUserId',
    );
  }
  const mode: CredentialMode = typeof source === 'object' ? 'literal' : source;
  const containsSecret = mode === 'literal' && names.some((name) => CREDENTIAL_INPUTS[name].secret);
  return { names, subject, mode, containsSecret };
}

function templateContext(
  { target, pkg, style, install, baseUrl, file, auth, redirectUri }: Resolved,
  { names, subject, mode, containsSecret }: CheckedCredentials,
  options: CheckedClientOptions,
  source: CredentialSource,
): TemplateContext {
  const context = buildContext(pkg, style, install, mode, names, source, baseUrl, file);
  const { encode } = languageStrings(style.language);
  context.auth = { [auth.contextKey]: true } as TemplateContext['auth'];
  context.subjectUser = subject === 'user';
  context.revoke = options.ids.includes('revoke');
  context.existingTokens = options.ids.includes('existingTokens');
  context.purpose = purposeOf(options);
  context.downscope =
    options.downscope === null
      ? null
      : {
          scopes: options.downscope.scopes.map((scope) => ({ name: scope, literal: encode(scope) })),
          scopesText: options.downscope.scopes.join(' '),
          scopesTextLiteral: encode(options.downscope.scopes.join(' ')),
          resource:
            options.downscope.resource === null
              ? null
              : {
                  kind: options.downscope.resource.kind,
                  file: options.downscope.resource.kind === 'file',
                  folder: options.downscope.resource.kind === 'folder',
                  id: options.downscope.resource.id,
                  idLiteral: encode(options.downscope.resource.id),
                  urlLiteral: encode(options.downscope.resource.url),
                },
        };
  context.redirectUri = redirectUri === null ? null : encode(redirectUri);
  if (redirectUri !== null) {
    // The header's lines name the URI as URL writes it: percent-encoded, so no quote or backslash
    // of the one given can end a comment or a docstring.
    const shownUri = new URL(redirectUri).href;
    const listen = target.noRedirectListener === undefined ? loopbackListener(redirectUri) : null;
    context.listen =
      listen === null ? null : { ...listen, host: encode(listen.hostText), path: encode(listen.pathText) };
    context.tokenFile =
      options.tokenFile === null ? null : { path: encode(options.tokenFile), pathText: options.tokenFile };
    context.signInSteps = options.ids.includes('existingTokens')
      ? EXISTING_TOKEN_STEPS
      : signInSteps(shownUri, listen !== null, style, options.tokenFile, target.noRedirectListener);
  }
  context.containsSecret = containsSecret;
  return context;
}

function render(
  { target, pkg, style, authId, file, install }: Resolved,
  { names, mode, containsSecret }: CheckedCredentials,
  options: CheckedClientOptions,
  context: TemplateContext,
): Snippet {
  const renderWith = (values: object) => renderTemplate(target.templateDir, authId, values, target.id);
  const templateName = `${target.templateDir}/${authId}`;
  // The default name is the class the program already has; any other must not clash with a name it uses.
  const defaultFile = programFile(style, undefined);
  if (style.classNamedAfterFile && file.className !== defaultFile.className) {
    checkClassNameIsFree(file, cutExcerpt(renderWith({ ...context, ...defaultFile }), templateName).code);
  }
  const { code, excerpt } = cutExcerpt(renderWith(context), templateName);
  return {
    target: target.id as TargetId,
    title: target.title,
    tabLabel: target.tab.label,
    sdkLine: target.line,
    package: packageSummary(pkg),
    style: style.id,
    auth: authId,
    clientOptions: [...options.ids],
    credentialMode: mode,
    envVars: mode === 'env' ? names.map((name) => CREDENTIAL_INPUTS[name].envVar) : [],
    containsSecret,
    languageTag: style.languageTag,
    fileName: file.fileName,
    install,
    run: file.run,
    ...(file.windowsRun === undefined ? {} : { windowsRun: file.windowsRun }),
    ...(style.saveNote ? { saveNote: style.saveNote } : {}),
    ...(context.signInSteps.length > 0 ? { signIn: context.signInSteps } : {}),
    ...(options.tokenFile === null ? {} : { tokenFile: options.tokenFile }),
    code,
    excerpt,
  };
}

/**
 * Where a program can listen for Box's redirect: a cleartext redirect URI on this machine's
 * loopback (Box allows http:// only for localhost). Null for any other, a web app's.
 */
function loopbackListener(redirectUri: string): { hostText: string; port: string; pathText: string } | null {
  const url = new URL(redirectUri);
  if (url.protocol !== 'http:' || !['localhost', '127.0.0.1'].includes(url.hostname)) return null;
  return { hostText: url.hostname, port: url.port === '' ? '80' : url.port, pathText: url.pathname };
}

/** The header's sign-in lines: the browser, then how the code reaches the program, then the token file. */
function signInSteps(
  redirectUri: string,
  listens: boolean,
  style: ModuleStyle,
  tokenFile: string | null,
  noListener: string | undefined,
): string[] {
  const lines = listens
    ? [
        'Sign-in: open the URL it prints and approve access; Box sends the browser back to',
        `${redirectUri}, where the program is listening.`,
      ]
    : style.takesArguments === false
      ? [
          'Sign-in: open the URL it prints and approve access; within 30 seconds, type in the',
          'code parameter of the address Box then sends the browser to, when the program asks.',
        ]
      : [
          'Sign-in: open the URL it prints and approve access; within 30 seconds, give the program',
          "the code parameter of the address Box then sends the browser to: as the run command's",
          'first argument, or typed in when it asks.',
        ];
  if (noListener !== undefined) lines.push(`(It cannot catch the redirect itself: ${noListener}.)`);
  lines.push(`List ${redirectUri} in your app's Redirect URIs (Developer Console > Configuration).`);
  if (tokenFile !== null) {
    lines.push(
      `Tokens: kept in ${tokenFile} (owner-only; keep it out of version control); later runs`,
      'use them without a browser, and refresh them when Box says they expired.',
    );
  }
  return lines;
}

/** The header's sign-in lines for a program that starts from tokens it is given. */
const EXISTING_TOKEN_STEPS = [
  'Sign-in: none in the browser. The program starts from the access and refresh token it is',
  'given, and refreshes them when Box says the access token expired. Box rotates refresh',
  'tokens: after a refresh the pair it was given no longer works; an app keeps the new pair',
  'in its own token store (the SDK calls its token storage with it).',
];

/** The header's first line: what the program prints, and what it does besides. */
function purposeOf({ ids, downscope, tokenFile }: CheckedClientOptions): string {
  const prints =
    downscope === null
      ? ids.includes('asUser')
        ? 'Print the ID of the Box user the program acts as, with the As-User header'
        : 'Print the ID of the Box user who owns the credentials'
      : downscope.resource === null
        ? "Exchange the token for a downscoped one, then read the user's ID with that one"
        : `Exchange the token for one downscoped to a ${downscope.resource.kind}, then read the ${downscope.resource.kind}'s name with it`;
  // Shorter where the OAuth 2.0 token options add their words (a header's first line stays short).
  const plain = ids.includes('asUser') || downscope !== null ? prints : "Print the signed-in Box user's ID";
  if (ids.includes('existingTokens')) return `${plain}, starting from an access and refresh token`;
  if (tokenFile !== null) return `${plain}; keep the tokens in ${tokenFile} for later runs`;
  if (!ids.includes('revoke')) return prints;
  return `${prints}; then revoke the ${downscope === null ? 'token' : 'original token'}`;
}

/** `--auth` with a method the target cannot offer: why (registry data), and which families can. */
function unsupportedAuth(target: Target, authId: AuthMethodId): BoxSnippetError {
  const reason = target.unsupportedAuth?.[authId];
  if (reason === undefined) {
    return new BoxSnippetError(
      'UNSUPPORTED_AUTH',
      (naming) => `${naming.option('auth')}: ${target.id} supports ${target.authMethods.join(', ')}; not ${authId}`,
      'auth',
    );
  }
  const offering = [
    ...new Set(TARGET_INDEX.filter((other) => other.authMethods.includes(authId)).map((other) => other.family)),
  ];
  return new BoxSnippetError(
    'UNSUPPORTED_AUTH',
    (naming) =>
      `${naming.option('auth')}: ${target.id} cannot do ${authId}: ${reason} (${naming.option('target')} ${offering.join(', ')})`,
    'auth',
  );
}

/** A value the target language's strings cannot hold is bad input for its option, said before encoding. */
function requireWritable(style: ModuleStyle, option: OptionName, value: string): void {
  const problem = languageStrings(style.language).problem?.(value);
  if (problem !== undefined) {
    throw new BoxSnippetError(
      'INVALID_CREDENTIAL',
      (naming) => `${naming.option(option)}: ${problem}; remove it`,
      option,
    );
  }
}

function parseRedirectUri(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      (naming) => `${naming.option('redirectUri')}: expected an absolute URL, such as http://localhost:3000/callback`,
      'redirectUri',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      (naming) => `${naming.option('redirectUri')}: expected an http:// or https:// URL`,
      'redirectUri',
    );
  }
  return value;
}

/** The template input vocabulary. Every template may use these names and no others. */
export interface TemplateContext {
  packageName: string;
  versionRange: string;
  importName: string;
  /** How to install and run, as plain lines for the program's header comment. */
  howToRun: string[];
  /** Plain Node sees the package as `{ default: … }` (CommonJS and ES module alike): take `.default`. */
  defaultWrapped: boolean;
  run: string;
  fileName: string;
  /** The file name without its extension: the Java class name. */
  className: string;
  esModule: boolean;
  typeScript: boolean;
  literalMode: boolean;
  envMode: boolean;
  placeholderMode: boolean;
  /** Whether the program holds a secret as a literal (a literal JWT config path is no secret). */
  containsSecret: boolean;
  credentials: CredentialContext[];
  /** Exactly one flag is set: the auth method the template is for (its row's contextKey). */
  auth: { developerToken?: true; ccg?: true; jwt?: true; oauth?: true; appToken?: true };
  /** CCG and JWT: the token's subject is a user rather than the enterprise. */
  subjectUser: boolean;
  /** The As-User header's user, when every API call acts as another user. */
  asUserId: CredentialContext | null;
  /** Revoke the token at the end. */
  revoke: boolean;
  /** What the program does, in one sentence without a full stop, for its header comment. */
  purpose: string;
  /** Exchange the token for a downscoped one, then call Box with that one. */
  downscope: {
    /** Each scope as a string literal, in the order given. */
    scopes: { name: string; literal: string }[];
    /** The scopes space-separated, as Box's token request takes them: plain, and as a literal. */
    scopesText: string;
    scopesTextLiteral: string;
    /** The one file or folder the token is restricted to; the program reads it with the new token. */
    resource: {
      kind: 'file' | 'folder';
      file: boolean;
      folder: boolean;
      id: string;
      idLiteral: string;
      /** Box's API URL for the item (`https://api.box.com/2.0/files/<id>`), as the exchange takes it. */
      urlLiteral: string;
    } | null;
  } | null;
  token: CredentialContext | null;
  clientId: CredentialContext | null;
  clientSecret: CredentialContext | null;
  enterpriseId: CredentialContext | null;
  userId: CredentialContext | null;
  jwtConfigPath: CredentialContext | null;
  appToken: CredentialContext | null;
  /** OAuth 2.0 with `existingTokens`: the pair the program starts from. */
  accessToken: CredentialContext | null;
  refreshToken: CredentialContext | null;
  /** OAuth 2.0: start from an access and refresh token the app already has, with no browser. */
  existingTokens: boolean;
  /** OAuth 2.0: the redirect URI as a string literal. */
  redirectUri: string | null;
  /**
   * OAuth 2.0 with a loopback redirect URI (`http://localhost:3000/callback`): where the program
   * listens for Box's redirect. Null: the user copies the code (another redirect URI, or a target
   * that cannot listen).
   */
  listen: { host: string; hostText: string; port: string; path: string; pathText: string } | null;
  /** OAuth 2.0: the file the program keeps its tokens in, between runs. */
  tokenFile: { path: string; pathText: string } | null;
  /** OAuth 2.0: what the user does in the browser and the terminal, as plain lines for the header comment. */
  signInSteps: string[];
  /** `--base-url` as literals: the host itself, with a trailing slash, and Box's two API roots below it. */
  baseUrl: {
    literal: string;
    withSlashLiteral: string;
    apiLiteral: string;
    oauthLiteral: string;
    secure: boolean;
  } | null;
  /** Marks the excerpt (the client set-up and first call): at the start of its first line. */
  excerptStart: string;
  /** At the end of the excerpt's last line. */
  excerptEnd: string;
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
  file: ProgramFile,
): TemplateContext {
  const { encode } = languageStrings(style.language);
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
    howToRun: howToRun(install, style, file),
    run: file.run,
    fileName: file.fileName,
    className: file.className,
    esModule: style.esModule,
    typeScript: style.typeScript,
    literalMode: mode === 'literal',
    envMode: mode === 'env',
    placeholderMode: mode === 'placeholder',
    containsSecret: false,
    credentials: names.map((name) => credential(name)!),
    auth: {},
    subjectUser: false,
    asUserId: credential('asUserId'),
    revoke: false,
    purpose: '',
    downscope: null,
    token: credential('token'),
    clientId: credential('clientId'),
    clientSecret: credential('clientSecret'),
    enterpriseId: credential('enterpriseId'),
    userId: credential('userId'),
    jwtConfigPath: credential('jwtConfigPath'),
    appToken: credential('appToken'),
    accessToken: credential('accessToken'),
    refreshToken: credential('refreshToken'),
    existingTokens: false,
    redirectUri: null,
    listen: null,
    tokenFile: null,
    signInSteps: [],
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
    excerptStart: EXCERPT_START,
    excerptEnd: EXCERPT_END,
  };
}

/**
 * The header's install and run lines, in the order a user takes them; the CLI prints the same
 * steps on stderr. System packages come first, one line per platform (alternatives, not a sequence).
 */
export function howToRun(install: readonly InstallStep[], style: ModuleStyle, file: ProgramFile): string[] {
  const lines: string[] = [];
  install.forEach((step, index) => {
    if (step.system)
      lines.push(`${install[index - 1]?.system ? '     or' : 'Needs'}:   ${step.text}`.replace('or:   ', 'or: '));
  });
  const commands = install.filter((step) => !step.system && step.file === undefined).map((step) => step.text);
  if (commands.length > 0) lines.push(`Install: ${commands.join(' && ')}`);
  for (const step of install.filter((candidate) => candidate.file !== undefined)) {
    lines.push(`Save ${step.file}, shown with the install steps, in the folder you run these in.`);
  }
  // Where the program's place or saving it is not obvious (a package's Sources/, .NET's Program.cs).
  if (style.saveNote || file.fileName.includes('/')) {
    lines.push(`Save this file as ${file.fileName}${style.saveNote ? `, ${style.saveNote}` : ''}.`);
  }
  lines.push(`Run:     ${file.run}`);
  return lines;
}

/** The target's row: loaded (its family's file), or an error that says what to do. */
function requireTarget(id: string, authId: string): Target {
  const target = loadedTarget(id);
  if (target !== undefined) return target;
  if (TARGET_INDEX.some((entry) => entry.id === id)) throw templatesNotLoaded(id, authId);
  throw new BoxSnippetError(
    'UNKNOWN_TARGET',
    (naming) =>
      `${naming.option('target')}: expected one of ${TARGET_INDEX.map((entry) => entry.id).join(', ')}; got "${id}"`,
    'target',
  );
}

function pick<T>(
  rows: readonly T[],
  key: (row: T) => string,
  wanted: string | undefined,
  code: 'UNKNOWN_PACKAGE' | 'UNKNOWN_MODULE_STYLE',
  option: OptionName,
  target: Target,
): T {
  if (wanted === undefined) return rows[0]!;
  const row = rows.find((candidate) => key(candidate) === wanted);
  if (row === undefined) {
    throw new BoxSnippetError(
      code,
      (naming) => `${naming.option(option)}: ${target.id} offers ${rows.map(key).join(', ')}; got "${wanted}"`,
      option,
    );
  }
  return row;
}
