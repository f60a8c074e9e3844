// `box-snippet list` as an aligned text table.

import type { TargetSummary } from '../core/index.js';

export function formatTargetTable(rows: readonly TargetSummary[]): string {
  const header = ['TARGET', 'BOX TAB', 'LANGUAGE / SDK', 'LINE', 'PACKAGE', 'VERSIONS', 'STATUS', 'STYLES', 'AUTH'];
  const body = rows.map((row) => [
    row.target,
    row.tabLabel,
    row.title,
    row.sdkLine,
    packageCell(row),
    row.versionRange,
    row.endOfLife ? `${row.status} since ${row.endOfLife.date}` : row.status,
    row.styles.length > 1 ? row.styles.join(', ') : '-',
    row.authMethods.join(', '),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return `${[line(header), ...body.map(line)].join('\n')}\n`;
}

/** The default package as it is; another one with the `--package` value that picks it. */
function packageCell(row: TargetSummary): string {
  if (row.isDefaultPackage) return row.package;
  return row.packageId === row.package ? `${row.package} (--package)` : `${row.package} (--package ${row.packageId})`;
}
