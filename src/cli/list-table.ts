// `box-snippet list` as an aligned text table.

import type { TargetSummary } from '../core/index.js';

export function formatTargetTable(rows: readonly TargetSummary[]): string {
  const header = ['TARGET', 'LANGUAGE / SDK', 'LINE', 'PACKAGE', 'VERSIONS', 'STATUS', 'STYLES', 'AUTH'];
  const body = rows.map((row) => [
    row.target,
    row.title,
    row.sdkLine,
    row.isDefaultPackage ? row.package : `${row.package} (--package)`,
    row.versionRange,
    row.status,
    row.styles.length > 1 ? row.styles.join(', ') : '-',
    row.authMethods.join(', '),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...body.map(line)].join('\n')}\n`;
}
