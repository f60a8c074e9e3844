// `box-snippet --help`, from the flag table, within 80 columns (a terminal's default width).

import { LANGUAGE_ALIASES } from '../core/index.js';
import { FLAGS } from './options.js';

const WIDTH = 80;

const EXAMPLES = [
  ['box-snippet --lang python --from-env', 'a Python program that reads BOX_DEVELOPER_TOKEN'],
  ['box-snippet --lang ts --token - < token.txt', 'the token from stdin, out of shell history'],
  ['box-snippet --lang java --auth ccg --from-env --project .', 'a Maven/Gradle project, here'],
  ['box-snippet build --out docs --format mintlify', 'every program, as MDX for a docs site'],
];

export function helpText(): string {
  const labels = FLAGS.map((flag) => {
    const long = flag.name === 'validate' ? '--[no-]validate' : `--${flag.name}`;
    return `${flag.short ? `-${flag.short}, ` : '    '}${long}${flag.value ? ` ${flag.value}` : ''}`;
  });
  const column = Math.max(...labels.map((label) => label.length)) + 4;
  const rows = FLAGS.map((flag, index) =>
    wrap(`  ${labels[index]!.padEnd(column - 2)}`, flag.name === 'lang' ? languages() : flag.describe, column),
  );
  return [
    'Usage: box-snippet [options]                   print one program',
    '       box-snippet list [--format text|json]   list the targets',
    '       box-snippet build --out <dir>           every program, for a docs site',
    '       box-snippet build --check <dir>         list what differs from a build',
    '                         [--format <format>] [--excerpt] [--pack <name>]',
    '                         [--from-env] [--force] [--quiet]',
    '',
    'Prints a complete, runnable program that starts a Box SDK client and gets the',
    'current user, and on stderr how to install and run it.',
    '',
    'Options:',
    ...rows,
    '',
    'Examples:',
    ...EXAMPLES.flatMap(([command, what]) => [`  ${command}`, `      ${what}`]),
    '',
  ].join('\n');
}

/** The --lang values grouped by language, as `node (nodejs, js, …)`, from the registry's aliases. */
function languages(): string {
  const byFamily = new Map<string, string[]>();
  for (const [alias, { family }] of Object.entries(LANGUAGE_ALIASES)) {
    byFamily.set(family, [...(byFamily.get(family) ?? []), ...(alias === family ? [] : [alias])]);
  }
  const groups = [...byFamily].map(([family, aliases]) =>
    aliases.length === 0 ? family : `${family} (${aliases.join(', ')})`,
  );
  return `${groups.join(', ')}, or a target id (see list)`;
}

function wrap(label: string, text: string, column: number): string {
  const lines: string[] = [];
  let line = label;
  let empty = true;
  for (const word of text.split(' ')) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = ' '.repeat(column);
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}
