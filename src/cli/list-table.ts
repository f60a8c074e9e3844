// `box-snippet list` as an aligned text table within 100 columns: one row per target and
// package. What is the same on every row (the auth methods, today) is said once below it.

import type { TargetSummary } from '../core/index.js';

export function formatTargetTable(rows: readonly TargetSummary[]): string {
  const auths = new Set(rows.map((row) => row.authMethods.join(', ')));
  const authColumn = auths.size > 1;
  const header = ['TARGET', 'DOCS TAB', 'PACKAGE', 'VERSIONS', 'STATUS', 'STYLES', ...(authColumn ? ['AUTH'] : [])];
  const body = rows.map((row) => [
    row.target,
    row.tabLabel,
    row.package,
    row.versionRange,
    row.status,
    row.styles.length > 1 ? row.styles.join(', ') : '-',
    ...(authColumn ? [row.authMethods.join(', ')] : []),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  const notes = [
    'The first package of a target is its default; --package <name> picks another.',
    ...(authColumn ? [] : [`Every target writes --auth ${[...auths][0]}.`]),
  ];
  return `${[line(header), ...body.map(line), '', ...notes].join('\n')}\n`;
}
