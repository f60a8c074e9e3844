// `box-snippet --help`, from the flag table, within 100 columns.

import { BUILD_FORMATS } from './build.js';
import { FLAGS } from './options.js';

const WIDTH = 100;

export function helpText(): string {
  const labels = FLAGS.map((flag) => {
    const long = flag.name === 'validate' ? '--[no-]validate' : `--${flag.name}`;
    return `${flag.short ? `-${flag.short}, ` : '    '}${long}${flag.value ? ` ${flag.value}` : ''}`;
  });
  const column = Math.max(...labels.map((label) => label.length)) + 4;
  const rows = FLAGS.map((flag, index) => wrap(`  ${labels[index]!.padEnd(column - 2)}`, flag.describe, column));
  return [
    'Usage: box-snippet [options]                  print one program',
    '       box-snippet list [--format text|json]  list the targets',
    '       box-snippet build --out <dir> | --check <dir>   write every program for a docs site,',
    '                                                       or list the files in <dir> that differ',
    `                [--format ${BUILD_FORMATS.join('|')}]`,
    '                [--excerpt] [--pack <name>] [--from-env] [--force] [--quiet]',
    '',
    'Prints a complete, runnable program that starts a Box SDK client and gets the current user.',
    '',
    'Options:',
    ...rows,
    '',
  ].join('\n');
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
