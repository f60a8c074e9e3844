// The box-snippet command: parses flags, calls the core, and owns all I/O. Code goes to stdout,
// messages to stderr; exit 0 on success, 1 on failure, 2 on bad usage.

import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { BoxSnippetError, endOfLifeNotice, generateFromRequest, isBoxSnippetError, listTargets, type GenerateRequest } from '../core/index.js';
import { formatSnippet } from '../format.js';
import { OUTPUT_FORMATS, renderOutput, type OutputFormat } from './render-output.js';
import { resolveRequest, type CliArguments } from './resolve.js';
import { closest } from './suggest.js';
import { OutputExistsError, OutputPathError, writeFileAtomically } from './write-file.js';
import { formatTargetTable } from './list-table.js';
import { checkJwtConfigFile } from './jwt-config.js';
import type { BuildFormat } from './build.js';

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

class UsageError extends Error {}

function buildParser(argv: string[]): Argv {
  return yargs(argv)
    .scriptName('box-snippet')
    .usage('$0 [options]\n\nPrints a complete, runnable program that starts a Box SDK client and gets the current user.')
    .command('$0', 'Generate one program (the default command)')
    .command('list', 'List the targets: language, SDK line, package and version range')
    .command('build', 'Write every snippet into --out for a docs site (placeholders, or --from-env)')
    .option('lang', { alias: 'l', type: 'string', requiresArg: true, describe: 'Language: python, node, js, ts, java, dotnet (or csharp, cs, c#), or a target id' })
    .option('sdk', { type: 'string', requiresArg: true, describe: 'SDK line: gen (current, default) or legacy (alias classic: the maintained classic API)' })
    .option('package', { type: 'string', requiresArg: true, describe: 'A specific package where the line has several (see `list`)' })
    .option('module', { type: 'string', requiresArg: true, describe: 'Node module style: cjs (default), esm or ts' })
    .option('auth', { type: 'string', requiresArg: true, describe: 'Auth method: developer-token (default), ccg, jwt or oauth' })
    .option('token', { type: 'string', requiresArg: true, describe: 'Developer Token to write into the program; "-" reads it from stdin' })
    .option('client-id', { type: 'string', requiresArg: true, describe: "Your app's Client ID" })
    .option('client-secret', { type: 'string', requiresArg: true, describe: "Your app's Client Secret" })
    .option('enterprise-id', { type: 'string', requiresArg: true, describe: 'CCG: act as the enterprise (its service account) with this ID' })
    .option('user-id', { type: 'string', requiresArg: true, describe: 'CCG or JWT: act as the user with this ID' })
    .option('jwt-config', { type: 'string', requiresArg: true, describe: "JWT: path of the app's JSON config file (the program reads it at run time)" })
    .option('as', { type: 'string', requiresArg: true, describe: 'CCG or JWT with --from-env or placeholders: enterprise (default) or user' })
    .option('redirect-uri', { type: 'string', requiresArg: true, describe: 'OAuth 2.0: where Box sends the browser back (default http://localhost:3000/callback)' })
    .option('from-env', { type: 'boolean', describe: 'Read the credentials from BOX_* environment variables at run time' })
    .option('with-client-credentials', { type: 'boolean', describe: 'With --from-env or placeholders: also pass the client ID and secret' })
    .option('base-url', { type: 'string', requiresArg: true, describe: 'Send API calls to this host instead of https://api.box.com' })
    .option('validate', { type: 'boolean', default: true, describe: 'Check credentials against Box formats (--no-validate accepts any value, still escaped)' })
    .option('format', { alias: 'f', type: 'string', requiresArg: true, describe: `Output: ${OUTPUT_FORMATS.join(', ')} (list: text, json)` })
    .option('out', { alias: 'o', type: 'string', requiresArg: true, describe: 'Write to this file instead of stdout (never overwrites without --force)' })
    .option('force', { type: 'boolean', describe: 'Allow --out to overwrite an existing file' })
    .option('quiet', { alias: 'q', type: 'boolean', describe: 'Print no install and run hints on stderr' })
    .strictOptions()
    .strictCommands()
    .help()
    .version()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((message, error) => {
      // Everything yargs reports here is a usage mistake, with or without an error object.
      throw new UsageError(explainYargsFailure(message ?? error?.message ?? 'invalid usage'));
    });
}

/** yargs says "Unknown argument: tokn"; add the flag it was probably meant to be. */
function explainYargsFailure(message: string): string {
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (unknown) {
    const name = unknown[1]!.split(', ')[0]!;
    const known = KNOWN_FLAGS.map((flag) => flag.replace(/^--/, ''));
    const match = closest(name, known);
    const flag = name.length === 1 ? `-${name}` : `--${name}`;
    return `unknown option ${flag}${match ? ` (did you mean --${match}?)` : ''}; see box-snippet --help`;
  }
  const command = /^Unknown command: (.+)$/.exec(message);
  if (command) return `unknown command ${command[1]}; the commands are list and the default (generate)`;
  const missing = /^Not enough arguments following: (.+)$/.exec(message);
  if (missing) return `--${missing[1]}: expected a value`;
  return message;
}

const KNOWN_FLAGS = [
  '--lang', '--sdk', '--package', '--module', '--auth', '--token', '--client-id', '--client-secret',
  '--enterprise-id', '--user-id', '--jwt-config', '--as', '--redirect-uri',
  '--from-env', '--with-client-credentials', '--base-url', '--validate', '--no-validate', '--format',
  '--out', '--force', '--quiet', '--help', '--version',
];

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function runGenerate(args: CliArguments): Promise<void> {
  const token = args.token === '-' ? await readStdin() : args.token;
  if (args.jwtConfig !== undefined && !args.fromEnv) await checkJwtConfigFile(args.jwtConfig);
  const request: GenerateRequest = resolveRequest({ ...args, token });
  const format = (args.format ?? 'code') as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    throw new BoxSnippetError('CONFLICTING_OPTIONS', `--format: expected one of ${OUTPUT_FORMATS.join(', ')}; got "${args.format}"${suggestion(args.format!, OUTPUT_FORMATS)}`, '--format');
  }
  const snippet = await formatSnippet(generateFromRequest(request));
  const output = renderOutput(snippet, format);
  if (args.out !== undefined) {
    await writeFileAtomically(args.out, output, args.force ?? false);
    process.stderr.write(`Wrote ${args.out}\n`);
  } else {
    process.stdout.write(output);
  }
  // A warning, not a hint: printed with --quiet too, like the note about secrets.
  const endOfLife = endOfLifeNotice(snippet);
  if (endOfLife !== null) process.stderr.write(`Note: ${endOfLife}\n`);
  if (snippet.containsSecret) {
    process.stderr.write('Note: the program holds a secret as a literal; keep it out of version control, or use --from-env.\n');
  }
  if (!args.quiet && format === 'code') {
    for (const step of snippet.install) {
      if (!step.text.includes('\n')) process.stderr.write(`Install: ${step.text}\n`);
    }
    process.stderr.write(`Run:     ${snippet.run}  (save the program as ${snippet.fileName})\n`);
  }
}

function suggestion(value: string, choices: readonly string[]): string {
  const match = closest(value, choices);
  return match ? ` (did you mean ${match}?)` : '';
}

function runList(args: CliArguments): void {
  const format = args.format ?? 'text';
  const rows = listTargets();
  if (format === 'json') process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else if (format === 'text') process.stdout.write(formatTargetTable(rows));
  else throw new BoxSnippetError('CONFLICTING_OPTIONS', `--format: list prints text or json; got "${format}"`, '--format');
}

async function runBuild(args: CliArguments): Promise<void> {
  if (args.out === undefined) throw new BoxSnippetError('CONFLICTING_OPTIONS', '--out: build needs the folder to write into', '--out');
  const { BUILD_FORMATS, buildDocs } = await import('./build.js');
  const format = (args.format ?? 'files') as BuildFormat;
  if (!BUILD_FORMATS.includes(format)) {
    throw new BoxSnippetError('CONFLICTING_OPTIONS', `--format: build writes ${BUILD_FORMATS.join(', ')}; got "${args.format}"${suggestion(args.format!, BUILD_FORMATS)}`, '--format');
  }
  for (const flag of ['lang', 'sdk', 'package', 'module', 'auth', 'token', 'clientId', 'clientSecret', 'enterpriseId', 'userId', 'jwtConfig', 'as', 'redirectUri', 'baseUrl'] as const) {
    if (args[flag] !== undefined) {
      const name = `--${flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
      throw new BoxSnippetError('CONFLICTING_OPTIONS', `${name}: build writes every target with placeholders or --from-env; drop ${name}`, name);
    }
  }
  const count = await buildDocs({ out: args.out, format, credentials: args.fromEnv ? 'env' : 'placeholder', force: args.force ?? false });
  process.stderr.write(`Wrote ${count} files to ${args.out}\n`);
}

export async function main(argv: string[]): Promise<number> {
  try {
    const parsed = (await buildParser(argv).parseAsync()) as unknown as CliArguments & { _: (string | number)[] };
    const [command, ...extra] = parsed._.map(String);
    if (extra.length > 0 || (command !== undefined && command !== 'list' && command !== 'build')) {
      const word = extra[0] ?? command!;
      throw new UsageError(`unknown command ${word}${suggestion(word, ['list', 'build'])}; the commands are list, build and the default (generate)`);
    }
    if (command === 'list') runList(parsed);
    else if (command === 'build') await runBuild(parsed);
    else await runGenerate(parsed);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || isBoxSnippetError(error)) {
      process.stderr.write(`box-snippet: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof OutputExistsError || error instanceof OutputPathError) {
      process.stderr.write(`box-snippet: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    process.stderr.write(`box-snippet: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

const argv = hideBin(process.argv);
if (argv.length === 0 && process.stdin.isTTY && process.stdout.isTTY) {
  // No flags, in a terminal: ask. Anything else (a pipe, a script, CI) never prompts.
  const { runInteractive } = await import('./interactive.js');
  process.exitCode = await runInteractive();
} else {
  process.exitCode = await main(argv);
}
