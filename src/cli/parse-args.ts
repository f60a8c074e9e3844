// Turns argv into a command and CliArguments with Node's own parser, checking what it leaves to
// the caller: unknown flags (with a suggestion only where there is a real likeness), missing
// values, values given to a switch, and a single-value flag given twice.

import { parseArgs } from 'node:util';
import { COMMANDS, FLAGS, type Command, type FlagSpec } from './options.js';
import type { CliArguments } from './resolve.js';
import { closest } from './suggest.js';

export class UsageError extends Error {}

export interface ParsedCommandLine {
  command: Command;
  args: CliArguments;
  /** The flags given, by key, in the form the user typed them (for error messages). */
  given: Map<keyof CliArguments, string>;
}

const BY_NAME = new Map(FLAGS.map((flag) => [flag.name, flag]));
const BY_SHORT = new Map(FLAGS.filter((flag) => flag.short).map((flag) => [flag.short!, flag]));

export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const options = Object.fromEntries(
    FLAGS.map((flag) => [flag.name, flag.short ? { type: flag.type, short: flag.short } : { type: flag.type }]),
  );
  checkSingleDashWords(argv);
  const { tokens } = parseArgs({
    args: standAloneValues(argv),
    options,
    strict: false,
    allowPositionals: true,
    allowNegative: true,
    tokens: true,
  });
  const args: Record<string, string | boolean> = {};
  const given = new Map<keyof CliArguments, string>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const flag = BY_NAME.get(token.name);
    if (flag === undefined) throw new UsageError(unknownOption(token.rawName));
    const value = flagValue(flag, token);
    const previous = given.get(flag.key);
    if (previous !== undefined && (flag.type === 'string' || args[flag.key] !== value)) {
      const both = previous === token.rawName ? `${previous} twice` : `both ${previous} and ${token.rawName}`;
      throw new UsageError(`--${flag.name}: given ${both}; give it once`);
    }
    args[flag.key] = value;
    given.set(flag.key, token.rawName);
  }
  const [word, ...extra] = positionals;
  if (extra.length > 0 || (word !== undefined && !(COMMANDS as readonly string[]).includes(word))) {
    const unknown = extra[0] ?? word!;
    const match = closest(unknown, COMMANDS);
    throw new UsageError(
      `unknown command ${unknown}${match ? ` (did you mean ${match}?)` : ''}; the commands are list, build and the default (generate)`,
    );
  }
  return { command: (word as Command | undefined) ?? 'generate', args: args as CliArguments, given };
}

/** A flag whose value is optional, given alone (last, or before another flag), gets the empty value. */
function standAloneValues(argv: readonly string[]): string[] {
  const optional = new Set(FLAGS.filter((flag) => flag.optionalValue).map((flag) => `--${flag.name}`));
  return argv.map((arg, index) => {
    const next = argv[index + 1];
    return optional.has(arg) && (next === undefined || (next.startsWith('-') && next !== '-')) ? `${arg}=` : arg;
  });
}

/** Node reads "-lang python" as -l with the value "ang"; a long name after one dash is a typo. */
function checkSingleDashWords(argv: readonly string[]): void {
  for (const arg of argv) {
    if (arg === '--') return;
    const word = /^-([a-z][a-z-]+)$/.exec(arg)?.[1];
    if (word !== undefined && BY_NAME.has(word))
      throw new UsageError(`unknown option ${arg} (did you mean --${word}?); see box-snippet --help`);
  }
}

type OptionToken = { rawName: string; value?: string | undefined; inlineValue?: boolean | undefined };

function flagValue(flag: FlagSpec, token: OptionToken): string | boolean {
  if (flag.type === 'boolean') {
    if (token.value !== undefined)
      throw new UsageError(`--${flag.name}: is a switch and takes no value; got "${token.value}"`);
    return !token.rawName.startsWith('--no-');
  }
  // parseArgs takes the next word even when it is a flag ("--lang --token x"); "-" alone is a value.
  if (flag.optionalValue && token.inlineValue && token.value === '') return '';
  if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && token.value !== '-')) {
    throw new UsageError(`--${flag.name}: expected a value`);
  }
  return token.value;
}

/**
 * "unknown option --tokn (did you mean --token?)". A one-letter typo is no likeness to anything
 * but the same letter in the other case (-L for -l).
 */
function unknownOption(rawName: string): string {
  const name = rawName.replace(/^--?/, '');
  let match: string | undefined;
  if (name.length === 1) {
    const alias = BY_SHORT.get(name.toLowerCase()) ?? BY_SHORT.get(name.toUpperCase());
    if (alias) match = `-${alias.short} (--${alias.name})`;
  } else {
    const long = closest(name, [...BY_NAME.keys(), 'no-validate']);
    if (long) match = `--${long}`;
  }
  return `unknown option ${rawName}${match ? ` (did you mean ${match}?)` : ''}; see box-snippet --help`;
}
