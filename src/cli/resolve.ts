// Turns CLI flags into library options: --lang/--sdk/--module pick a target and style, the
// credential flags pick literal, environment or placeholder mode.

import {
  AUTH_METHODS,
  BoxSnippetError,
  CREDENTIAL_INPUTS,
  DEFAULT_TOKEN_FILE,
  type CredentialName,
  LANGUAGE_ALIASES,
  TARGETS,
  packageId,
  type CredentialSource,
  type GenerateRequest,
  type Target,
  type TargetId,
} from '../core/index.js';
import { CREDENTIAL_FLAGS } from './options.js';
import { closest } from './suggest.js';

/** The parsed flags: one key per flag, a credential's flag under the credential's name. */
export interface CliArguments extends Partial<Record<CredentialName, string>> {
  lang?: string;
  sdk?: string;
  package?: string;
  module?: string;
  auth?: string;
  downscope?: string;
  resource?: string;
  revoke?: boolean;
  tokenFile?: string;
  existingTokens?: boolean;
  as?: string;
  redirectUri?: string;
  fromEnv?: boolean;
  withClientCredentials?: boolean;
  baseUrl?: string;
  validate?: boolean;
  format?: string;
  out?: string;
  project?: string;
  force?: boolean;
  quiet?: boolean;
  excerpt?: boolean;
  pack?: string;
  check?: string;
  help?: boolean;
  version?: boolean;
}

/** What `--sdk` accepts: the lines, and Box's word for the legacy one. */
const SDK_CHOICES: Readonly<Record<string, 'gen' | 'legacy'>> = { gen: 'gen', legacy: 'legacy', classic: 'legacy' };
const SUBJECTS = ['enterprise', 'user'] as const;
const CREDENTIAL_NAMES = Object.keys(CREDENTIAL_INPUTS) as CredentialName[];
const ALL_TARGETS = TARGETS as readonly Target[];

export function resolveRequest(args: CliArguments): GenerateRequest {
  const target = resolveTarget(args);
  const options: GenerateRequest = {
    target: target.id as TargetId,
    style: resolveStyle(args, target) as GenerateRequest['style'],
    credentials: resolveCredentials(args) as GenerateRequest['credentials'],
    includeOptionalCredentials: args.withClientCredentials ?? false,
    validate: args.validate ?? true,
  };
  if (args.package !== undefined) {
    options.package = resolveChoice(
      '--package',
      args.package,
      target.packages.map(packageId),
    ) as GenerateRequest['package'];
  }
  if (args.auth !== undefined)
    options.auth = resolveChoice('--auth', args.auth, AUTH_METHODS) as GenerateRequest['auth'];
  if (args.baseUrl !== undefined) options.baseUrl = args.baseUrl;
  if (args.as !== undefined) options.subject = resolveChoice('--as', args.as, SUBJECTS);
  if (args.redirectUri !== undefined) options.redirectUri = args.redirectUri;
  if (args.asUserId !== undefined) options.asUser = true;
  if (args.revoke) options.revoke = true;
  if (args.existingTokens) options.existingTokens = true;
  if (args.tokenFile !== undefined) options.tokenFile = args.tokenFile === '' ? DEFAULT_TOKEN_FILE : args.tokenFile;
  if (args.downscope !== undefined) {
    options.downscope = {
      scopes: args.downscope.split(/[\s,]+/).filter((scope) => scope.length > 0),
      ...(args.resource === undefined ? {} : { resource: args.resource }),
    };
  } else if (args.resource !== undefined) {
    throw usage('--resource', 'names the item of a downscoped token; give --downscope <scopes> too');
  }
  return options;
}

function resolveTarget(args: CliArguments): Target {
  if (args.lang === undefined) {
    throw usage('--lang', `required; one of ${Object.keys(LANGUAGE_ALIASES).join(', ')}`);
  }
  const lang = args.lang.toLowerCase();
  // An alias ("python", "js") leaves the line to --sdk; a full target id ("node-legacy") fixes it.
  const alias = LANGUAGE_ALIASES[lang];
  const byId = alias === undefined ? ALL_TARGETS.find((target) => target.id === lang) : undefined;
  if (byId === undefined && alias === undefined) {
    const choices = [...Object.keys(LANGUAGE_ALIASES), ...ALL_TARGETS.map((target) => target.id)];
    throw usage(
      '--lang',
      `expected one of ${Object.keys(LANGUAGE_ALIASES).join(', ')}; got "${args.lang}"${hint(lang, choices)}`,
    );
  }
  const family = byId?.family ?? alias!.family;
  let line = byId?.line ?? 'gen';
  if (args.sdk !== undefined) {
    const sdk = SDK_CHOICES[resolveChoice('--sdk', args.sdk, Object.keys(SDK_CHOICES))]!;
    if (byId !== undefined && sdk !== byId.line)
      throw usage('--sdk', `${byId.id} is the ${byId.line} line; drop --sdk or use --lang ${family}`);
    line = sdk;
  }
  const target = ALL_TARGETS.find((candidate) => candidate.family === family && candidate.line === line);
  if (target === undefined) {
    const lines = ALL_TARGETS.filter((candidate) => candidate.family === family).map((candidate) => candidate.line);
    throw usage('--sdk', `--lang ${args.lang} has only the ${lines.join(', ')} line; drop --sdk`);
  }
  return target;
}

function resolveStyle(args: CliArguments, target: Target): string | undefined {
  const fromLang = LANGUAGE_ALIASES[args.lang!.toLowerCase()]?.style;
  const styles = target.styles.map((style) => style.id);
  if (args.module === undefined) return fromLang;
  if (styles.length === 1) throw usage('--module', `${target.id} has a single style; --module is for Node targets`);
  const style = resolveChoice('--module', args.module, styles);
  if (fromLang !== undefined && fromLang !== style)
    throw usage('--module', `--lang ${args.lang} already means ${fromLang}; drop one of them`);
  return style;
}

function resolveCredentials(args: CliArguments): CredentialSource {
  // A flag that stands alone ('': `--as-user` with --from-env) turns its option on without a value.
  const given = CREDENTIAL_NAMES.filter((name) => args[name] !== undefined && args[name] !== '').map(
    (name) => [name, args[name]!, CREDENTIAL_FLAGS[name].flag] as const,
  );
  if (args.fromEnv) {
    if (given.length > 0) {
      throw usage(
        given[0]![2],
        'cannot be combined with --from-env, which reads every credential at run time (use --as user to act as a user)',
      );
    }
    return 'env';
  }
  if (given.length === 0) return 'placeholder';
  const alone = CREDENTIAL_NAMES.find((name) => args[name] === '');
  if (alone !== undefined) {
    throw usage(
      CREDENTIAL_FLAGS[alone].flag,
      `expected ${CREDENTIAL_INPUTS[alone].expected} with literal values (alone, it is for --from-env and placeholders)`,
    );
  }
  if (args.withClientCredentials) {
    throw usage(
      '--with-client-credentials',
      'is for --from-env and placeholders; with literal values, pass --client-id and --client-secret',
    );
  }
  if (args.as !== undefined) {
    throw usage(
      '--as',
      'is for --from-env and placeholders; with literal values, the ID you give (--enterprise-id or --user-id) says who',
    );
  }
  return Object.fromEntries(given.map(([name, value]) => [name, value])) as CredentialSource;
}

function resolveChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  const match = choices.find((choice) => choice.toLowerCase() === value.toLowerCase());
  if (match !== undefined) return match;
  throw usage(flag, `expected one of ${choices.join(', ')}; got "${value}"${hint(value, choices)}`);
}

function hint(value: string, choices: readonly string[]): string {
  const match = closest(value, choices);
  return match ? ` (did you mean ${match}?)` : '';
}

function usage(flag: string, message: string): BoxSnippetError {
  return new BoxSnippetError('CONFLICTING_OPTIONS', `${flag}: ${message}`, flag);
}
