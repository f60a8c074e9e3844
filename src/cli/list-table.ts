// `box-snippet list` as an aligned text table within 100 columns: one row per target and
// package. What would repeat on every row (module styles, end-of-life dates) is said once below.

import { AUTH_METHODS, type TargetSummary } from '../core/index.js';

export function formatTargetTable(rows: readonly TargetSummary[]): string {
  const header = ['TARGET', 'DOCS TAB', 'PACKAGE', 'VERSIONS', 'STATUS', 'AUTH'];
  const body = rows.map((row) => [
    row.target,
    row.tabLabel,
    // What --package takes for it; the default needs none.
    row.isDefaultPackage ? row.package.name : row.package.id,
    row.package.versionRange,
    row.package.status,
    authCell(row),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  const styled = new Map(rows.filter((row) => row.styles.length > 1).map((row) => [row.target, row.styles]));
  const notes = [
    "A target's first package is its default; --package <PACKAGE> picks another.",
    `AUTH "all": ${AUTH_METHODS.join(', ')}.`,
    ...[...styled].map(([target, styles]) => `${target}: --module ${styles.join(', ')} (${styles[0]} by default).`),
    ...rows
      .filter((row) => row.package.endOfLife)
      .map((row) => `${row.package.id} ${row.package.versionRange}: end-of-life since ${row.package.endOfLife!.date}.`),
  ];
  return `${[line(header), ...body.map(line), '', ...notes].join('\n')}\n`;
}

function authCell(row: TargetSummary): string {
  const missing = AUTH_METHODS.filter((method) => !row.authMethods.includes(method));
  return missing.length === 0 ? 'all' : `no ${missing.join(', ')}`;
}
