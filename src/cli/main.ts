// The box-snippet command: parses flags, calls the core, and owns all I/O. Code goes to stdout,
// messages to stderr; exit 0 on success, 1 on failure, 2 on bad usage.

import { statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  BoxSnippetError,
  endOfLifeNotice,
  generateFromRequest,
  isBoxSnippetError,
  listTargets,
  loadTemplates,
  PAGE_PACK_IDS,
  SCHEMA_VERSION,
  type GenerateRequest,
  type PagePackId,
} from '../core/index.js';
import { formatSnippet, prettierCouldChange } from '../format.js';
import { helpText } from './help.js';
import { printedSteps } from './printed-steps.js';
import { CLI_NAMING, COMMAND_FLAGS, FLAGS, type Command } from './options.js';
import { parseCommandLine, UsageError } from './parse-args.js';
import { StdoutClosed, writeStderr, writeStdout } from './output.js';
import { OUTPUT_FORMATS, renderOutput, type OutputFormat } from './render-output.js';
import { resolveRequest, type CliArguments } from './resolve.js';
import { closest } from './suggest.js';
import { OutputExistsError, OutputPathError, writeFileAtomically } from './write-file.js';
import { formatTargetTable } from './list-table.js';
import type { BuildFormat } from './build.js';

/** The package version, put in by the bundler (scripts/bundle-cli.mjs). */
declare const BOX_SNIPPET_VERSION: string;

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

/** What each command does with a flag it does not read, for the error that says so. */
const COMMAND_PURPOSE: Record<Command, string> = {
  generate: 'is an option of build (box-snippet build …)',
  list: 'list takes only --format',
  build:
    'build writes every target with placeholders or --from-env, and takes only --out, --check, --format, --from-env, --excerpt, --pack, --force and --quiet',
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function runGenerate(args: CliArguments): Promise<void> {
  const token = args.token === '-' ? await readStdin() : args.token;
  if (args.jwtConfigPath !== undefined && !args.fromEnv) {
    const { checkJwtConfigFile } = await import('./jwt-config.js');
    await checkJwtConfigFile(args.jwtConfigPath);
  }
  const request: GenerateRequest = resolveRequest({ ...args, token });
  const format = (args.format ?? 'code') as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      `--format: expected one of ${OUTPUT_FORMATS.join(', ')}; got "${args.format}"${suggestion(args.format!, OUTPUT_FORMATS)}`,
      '--format',
    );
  }
  // With --format code, --out is the program itself: its name goes into the Run line (and a Java class).
  if (args.out !== undefined && isFolder(args.out))
    throw new OutputPathError(`--out: ${args.out} is a folder; give a file path`);
  if (args.out !== undefined && format === 'code') request.fileName = basename(args.out);
  if (args.project !== undefined && (args.out !== undefined || args.format !== undefined)) {
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      `--project: writes a folder; drop ${args.out !== undefined ? '--out' : '--format'}`,
      '--project',
    );
  }
  await loadTemplates({ target: request.target, auth: request.auth });
  if (args.excerpt && (format === 'json' || args.project !== undefined)) {
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      args.project !== undefined
        ? '--excerpt: --project writes the complete program; drop --excerpt'
        : '--excerpt: --format json always holds the excerpt (its "excerpt" field); drop --excerpt',
      '--excerpt',
    );
  }
  const generated = generateFromRequest(request);
  // prettier takes longer to load than the rest of a run; it runs only where it could change something.
  const snippet = prettierCouldChange(generated, givenValues(request)) ? await formatSnippet(generated) : generated;
  if (args.project !== undefined) {
    const endOfLifeNote = endOfLifeNotice(snippet);
    if (endOfLifeNote !== null) writeStderr(`Note: ${endOfLifeNote}\n`);
    const { writeProject } = await import('./project.js');
    const summary = await writeProject(snippet, args.project, args.force ?? false);
    writeStderr(args.quiet ? `${summary.split('\n')[0]}\n` : summary);
    return;
  }
  const output = renderOutput(snippet, format, args.excerpt ?? false);
  if (args.out !== undefined) {
    await writeFileAtomically(args.out, output, args.force ?? false);
    writeStderr(`Wrote ${args.out}\n`);
  } else {
    await writeStdout(output);
  }
  // A warning, not a hint: printed with --quiet too, like the note about secrets.
  const endOfLife = endOfLifeNotice(snippet);
  if (endOfLife !== null) writeStderr(`Note: ${endOfLife}\n`);
  if (snippet.containsSecret) {
    writeStderr('Note: the program holds a secret as a literal; keep it out of version control, or use --from-env.\n');
  }
  if (!args.quiet && format === 'code') writeStderr(printedSteps(snippet, args.out));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // missing, or below a file: the write reports it
  }
}

/** What the user typed that the program holds: literal credentials, --base-url, --redirect-uri. */
function givenValues(request: GenerateRequest): string[] {
  const credentials = typeof request.credentials === 'object' ? Object.values(request.credentials) : [];
  return [...credentials, request.baseUrl, request.redirectUri].filter((value): value is string => value !== undefined);
}

function suggestion(value: string, choices: readonly string[]): string {
  const match = closest(value, choices);
  return match ? ` (did you mean ${match}?)` : '';
}

async function runList(args: CliArguments): Promise<void> {
  const format = args.format ?? 'text';
  const rows = listTargets();
  if (format === 'json')
    await writeStdout(`${JSON.stringify({ schemaVersion: SCHEMA_VERSION, targets: rows }, null, 2)}\n`);
  else if (format === 'text') await writeStdout(formatTargetTable(rows));
  else
    throw new BoxSnippetError('CONFLICTING_OPTIONS', `--format: list prints text or json; got "${format}"`, '--format');
}

async function runBuild(args: CliArguments): Promise<void> {
  if (args.out === undefined && args.check === undefined)
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      '--out: build needs the folder to write into (or --check <dir>)',
      '--out',
    );
  if (args.out !== undefined && args.check !== undefined)
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      '--check: compares a folder and writes nothing; drop --out',
      '--check',
    );
  if (args.check !== undefined && args.force)
    throw new BoxSnippetError('CONFLICTING_OPTIONS', '--force: --check writes nothing; drop --force', '--force');
  const [{ BUILD_FORMATS, EXCERPT_FORMATS, buildDocs, buildFiles }] = await Promise.all([
    import('./build.js'),
    loadTemplates(),
  ]);
  const format = (args.format ?? 'files') as BuildFormat;
  if (!BUILD_FORMATS.includes(format)) {
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      `--format: build writes ${BUILD_FORMATS.join(', ')}; got "${args.format}"${suggestion(args.format!, BUILD_FORMATS)}`,
      '--format',
    );
  }
  if (args.excerpt && !EXCERPT_FORMATS.includes(format)) {
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      `--excerpt: shortens the programs of ${EXCERPT_FORMATS.join(', ')}; ${format} holds each whole Snippet, excerpt included`,
      '--excerpt',
    );
  }
  const pack = args.pack === undefined ? undefined : checkPack(args.pack, format);
  const options = {
    format,
    credentials: args.fromEnv ? ('env' as const) : ('placeholder' as const),
    excerpt: args.excerpt ?? false,
    ...(pack === undefined ? {} : { pack }),
  };
  if (args.check !== undefined) {
    const { checkFolder } = await import('./check-folder.js');
    const drift = await checkFolder(args.check, await buildFiles(options));
    if (drift.length === 0) {
      if (!args.quiet) writeStderr(`${args.check} is up to date\n`);
      return;
    }
    await writeStdout(drift.map((entry) => `${entry.change}: ${entry.path}\n`).join(''));
    writeStderr(
      `${args.check}: ${drift.length} file${drift.length === 1 ? '' : 's'} out of date; run the same build with --out ${args.check} --force\n`,
    );
    throw new DriftFound();
  }
  const count = await buildDocs({ ...options, out: args.out!, force: args.force ?? false });
  if (!args.quiet) writeStderr(`Wrote ${count} files to ${args.out}\n`);
}

/** `build --check` found files that differ: exit 1, the list already printed. */
class DriftFound extends Error {}

function checkPack(pack: string, format: BuildFormat): PagePackId {
  if (!(PAGE_PACK_IDS as readonly string[]).includes(pack)) {
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      `--pack: expected one of ${PAGE_PACK_IDS.join(', ')}; got "${pack}"${suggestion(pack, PAGE_PACK_IDS)}`,
      '--pack',
    );
  }
  if (format !== 'mintlify')
    throw new BoxSnippetError(
      'CONFLICTING_OPTIONS',
      '--pack: page packs are Mintlify snippets; use --format mintlify',
      '--pack',
    );
  return pack as PagePackId;
}

/** A command never ignores a flag: one it does not read is a usage error naming it. */
function rejectUnreadFlags(command: Command, given: Map<keyof CliArguments, string>): void {
  for (const [key, typed] of given) {
    if (COMMAND_FLAGS[command].includes(key)) continue;
    const name = typed.startsWith('--') ? typed : `--${FLAGS.find((flag) => flag.key === key)!.name}`;
    throw new UsageError(`${name}: ${COMMAND_PURPOSE[command]}; drop ${name}`);
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const { command, args, given } = parseCommandLine(argv);
    if (args.help) await writeStdout(helpText());
    else if (args.version) await writeStdout(`${BOX_SNIPPET_VERSION}\n`);
    else {
      rejectUnreadFlags(command, given);
      if (command === 'list') await runList(args);
      else if (command === 'build') await runBuild(args);
      else await runGenerate(args);
    }
    return 0;
  } catch (error) {
    if (error instanceof StdoutClosed) return 0;
    if (error instanceof DriftFound) return EXIT_FAILURE;
    if (isBoxSnippetError(error)) {
      writeStderr(`box-snippet: ${error.messageIn(CLI_NAMING)}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      writeStderr(`box-snippet: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof OutputExistsError || error instanceof OutputPathError) {
      writeStderr(`box-snippet: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    writeStderr(`box-snippet: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

/** The command's entry point (dist/box-snippet.cjs calls it). */
export async function start(argv: readonly string[]): Promise<void> {
  // No flags, in a terminal: ask. Anything else (a pipe, a script, CI) never prompts.
  const { isatty } = argv.length === 0 ? await import('node:tty') : { isatty: () => false };
  if (isatty(0) && isatty(1)) {
    // A write that fails after the reader left ends the run quietly, with 0.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(0);
    });
    const { runInteractive } = await import('./interactive.js');
    process.exitCode = await runInteractive();
  } else {
    process.exitCode = await main(argv);
  }
}
