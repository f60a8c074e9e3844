// Every flag of box-snippet, as data: the parser, --help, "did you mean" and the per-command
// checks all read this one table.

import {
  DEFAULT_TOKEN_FILE,
  AUTH_METHOD_TABLE,
  LANGUAGE_ALIASES,
  PAGE_PACK_IDS,
  type CredentialName,
  type Naming,
  type OptionName,
} from '../core/index.js';
import { BUILD_FORMATS } from './build.js';
import { OUTPUT_FORMATS } from './render-output.js';
import type { CliArguments } from './resolve.js';

/**
 * Each credential's flag, which carries a literal value: its name, how --help shows its value and
 * what --help says of it. A credential added to the core's table without one fails to compile here.
 */
export const CREDENTIAL_FLAGS: Readonly<Record<CredentialName, { flag: string; value: string; help: string }>> = {
  token: {
    flag: '--token',
    value: '<token>|-',
    help: 'Developer Token to write into the program; "-" reads it from stdin',
  },
  clientId: { flag: '--client-id', value: '<id>', help: "your app's Client ID" },
  clientSecret: { flag: '--client-secret', value: '<secret>', help: "your app's Client Secret" },
  enterpriseId: { flag: '--enterprise-id', value: '<id>', help: 'CCG: act as the enterprise (its service account)' },
  userId: { flag: '--user-id', value: '<id>', help: 'CCG or JWT: act as this user' },
  jwtConfigPath: {
    flag: '--jwt-config',
    value: '<path>',
    help: "JWT: the app's config file (the program reads it at run time)",
  },
  appToken: { flag: '--app-token', value: '<token>', help: 'App Token (--auth app-token) to write into the program' },
  asUserId: {
    flag: '--as-user',
    value: '[<user id>]',
    help: 'every API call acts as this user (As-User header); alone with --from-env or placeholders',
  },
  accessToken: {
    flag: '--access-token',
    value: '<token>',
    help: 'OAuth 2.0: an access token you already have (with --refresh-token)',
  },
  refreshToken: {
    flag: '--refresh-token',
    value: '<token>',
    help: 'OAuth 2.0: the refresh token that came with --access-token',
  },
};

export interface FlagSpec {
  /** The long name, without `--`. */
  readonly name: string;
  /** The key in CliArguments. */
  readonly key: keyof CliArguments;
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** How --help shows the value, e.g. `<language>`. */
  readonly value?: string;
  /** A string flag that may stand alone (`--as-user` with --from-env): then its value is ''. */
  readonly optionalValue?: true;
  readonly describe: string;
}

export const COMMANDS = ['list', 'build'] as const;
export type Command = (typeof COMMANDS)[number] | 'generate';

export const FLAGS: readonly FlagSpec[] = [
  {
    name: 'lang',
    key: 'lang',
    type: 'string',
    short: 'l',
    value: '<language>',
    describe: `${Object.keys(LANGUAGE_ALIASES).join(', ')}, or a target id (see list)`,
  },
  {
    name: 'sdk',
    key: 'sdk',
    type: 'string',
    value: '<line>',
    describe: 'gen (current, default) or legacy (alias classic: the maintained classic line)',
  },
  {
    name: 'package',
    key: 'package',
    type: 'string',
    value: '<name>',
    describe: 'a specific package where the line has several (see `list`)',
  },
  {
    name: 'module',
    key: 'module',
    type: 'string',
    value: '<style>',
    describe: 'Node module style: cjs (default), esm or ts',
  },
  {
    name: 'auth',
    key: 'auth',
    type: 'string',
    value: '<method>',
    describe: Object.values(AUTH_METHOD_TABLE)
      .map((method, index) => `${method.id}${index === 0 ? ' (default)' : ''}`)
      .join(', '),
  },
  // One flag per credential.
  ...(Object.entries(CREDENTIAL_FLAGS) as [CredentialName, (typeof CREDENTIAL_FLAGS)[CredentialName]][]).map(
    ([name, input]): FlagSpec => ({
      name: input.flag.slice(2),
      key: name,
      type: 'string',
      value: input.value,
      describe: input.help,
      ...(input.value.startsWith('[') ? { optionalValue: true as const } : {}),
    }),
  ),
  {
    name: 'as',
    key: 'as',
    type: 'string',
    value: '<subject>',
    describe: 'CCG or JWT with --from-env or placeholders: enterprise (default) or user',
  },
  {
    name: 'redirect-uri',
    key: 'redirectUri',
    type: 'string',
    value: '<url>',
    describe: 'OAuth 2.0: where Box sends the browser back',
  },
  {
    name: 'downscope',
    key: 'downscope',
    type: 'string',
    value: '<scopes>',
    describe: 'exchange the token for one with only these scopes (comma-separated, e.g. item_preview), then use it',
  },
  {
    name: 'resource',
    key: 'resource',
    type: 'string',
    value: '<url>',
    describe: 'with --downscope: the one Box file or folder (its URL) the token is for',
  },
  { name: 'revoke', key: 'revoke', type: 'boolean', describe: 'revoke the token when the program is done' },
  {
    name: 'token-file',
    key: 'tokenFile',
    type: 'string',
    value: '[<path>]',
    describe: `OAuth 2.0: keep and refresh the tokens in this file between runs (alone: ${DEFAULT_TOKEN_FILE})`,
    optionalValue: true,
  },
  {
    name: 'existing-tokens',
    key: 'existingTokens',
    type: 'boolean',
    describe:
      'OAuth 2.0: start from an access and refresh token you have (--access-token, --refresh-token; or BOX_ACCESS_TOKEN, BOX_REFRESH_TOKEN with --from-env)',
  },
  {
    name: 'from-env',
    key: 'fromEnv',
    type: 'boolean',
    describe: 'read the credentials from BOX_* environment variables at run time',
  },
  {
    name: 'with-client-credentials',
    key: 'withClientCredentials',
    type: 'boolean',
    describe: 'with --from-env or placeholders: also pass the client ID and secret',
  },
  {
    name: 'base-url',
    key: 'baseUrl',
    type: 'string',
    value: '<url>',
    describe: 'send API calls to this host instead of https://api.box.com',
  },
  {
    name: 'validate',
    key: 'validate',
    type: 'boolean',
    describe: 'check literal values against Box formats (default; --no-validate accepts any value, still escaped)',
  },
  {
    name: 'format',
    key: 'format',
    type: 'string',
    short: 'f',
    value: '<format>',
    describe: `${OUTPUT_FORMATS.join(', ')} (list: text or json; build: ${BUILD_FORMATS.join(', ')})`,
  },
  {
    name: 'out',
    key: 'out',
    type: 'string',
    short: 'o',
    value: '<path>',
    describe: 'write to this file (build: folder) instead of stdout; never overwrites without --force',
  },
  {
    name: 'project',
    key: 'project',
    type: 'string',
    value: '<folder>',
    describe: 'write a complete, runnable project into this folder (never into a non-empty one without --force)',
  },
  {
    name: 'excerpt',
    key: 'excerpt',
    type: 'boolean',
    describe:
      'only the lines that set up the client and make the first call (build: with the complete program a click away)',
  },
  {
    name: 'pack',
    key: 'pack',
    type: 'string',
    value: '<name>',
    describe: `build --format mintlify: a page pack, snippets mapped to the pages that import them (${PAGE_PACK_IDS.join(', ')})`,
  },
  {
    name: 'check',
    key: 'check',
    type: 'string',
    value: '<dir>',
    describe:
      'build: write nothing; list each file in <dir> that differs from what build would write, and exit 1 if any',
  },
  { name: 'force', key: 'force', type: 'boolean', describe: 'allow --out or --project to overwrite' },
  { name: 'quiet', key: 'quiet', type: 'boolean', short: 'q', describe: 'print no install and run hints on stderr' },
  { name: 'help', key: 'help', type: 'boolean', short: 'h', describe: 'show this help' },
  { name: 'version', key: 'version', type: 'boolean', short: 'v', describe: 'show the version' },
];

/** The flags each command reads; any other flag given to it is a usage error, never ignored. */
export const COMMAND_FLAGS: Readonly<Record<Command, readonly (keyof CliArguments)[]>> = {
  generate: FLAGS.map((flag) => flag.key).filter((key) => key !== 'pack' && key !== 'check'),
  list: ['format', 'help', 'version'],
  build: ['out', 'check', 'format', 'fromEnv', 'excerpt', 'pack', 'force', 'quiet', 'help', 'version'],
};

/** The flag that sets each library option. */
const FLAG_OF_OPTION: Readonly<Record<OptionName, keyof CliArguments>> = {
  target: 'lang',
  targets: 'lang',
  package: 'package',
  style: 'module',
  auth: 'auth',
  credentials: 'fromEnv',
  ...(Object.fromEntries(Object.keys(CREDENTIAL_FLAGS).map((name) => [name, name])) as Record<
    CredentialName,
    CredentialName
  >),
  asUser: 'asUserId',
  downscope: 'downscope',
  resource: 'resource',
  revoke: 'revoke',
  tokenFile: 'tokenFile',
  existingTokens: 'existingTokens',
  subject: 'as',
  includeOptionalCredentials: 'withClientCredentials',
  redirectUri: 'redirectUri',
  baseUrl: 'baseUrl',
  fileName: 'out',
  validate: 'validate',
};

/** The core's messages in the CLI's words: its flags for the library's options. */
export const CLI_NAMING: Naming = {
  option: (name) => `--${FLAGS.find((flag) => flag.key === FLAG_OF_OPTION[name])!.name}`,
  setting: (setting) => ('credentials' in setting ? '--from-env' : '--no-validate'),
};
