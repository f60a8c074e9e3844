// The proof matrix printed at the end of a run: one row per target × package × style × auth ×
// credential mode, one column per kind of proof. A cell records what happened; a failing test
// leaves FAILED in its cell, since it is set before the test's assertions.

export const PROOF_KINDS = ['default bytes', 'base-url', 'printed steps', 'project', 'parsed'] as const;
export type ProofKind = (typeof PROOF_KINDS)[number];

interface Cell {
  result: 'executed' | 'parsed' | 'FAILED';
  note?: string;
}

const rows = new Map<string, Map<ProofKind, Cell>>();

/** Records a cell as FAILED; call `pass` on the result once the assertions hold. */
export function recordProof(row: string, kind: ProofKind): { pass(note?: string): void } {
  const cells = rows.get(row) ?? new Map<ProofKind, Cell>();
  rows.set(row, cells);
  const cell: Cell = { result: 'FAILED' };
  // A row may be proven several times in one kind (literal, env, env unset): any failure stays.
  const previous = cells.get(kind);
  if (!previous || previous.result !== 'FAILED') cells.set(kind, cell);
  return {
    pass(note) {
      if (cells.get(kind) !== cell) return;
      cell.result = kind === 'parsed' ? 'parsed' : 'executed';
      if (note) cell.note = note;
    },
  };
}

export function formatMatrix(notes: readonly string[]): string {
  const names = [...rows.keys()].sort();
  const width = Math.max(...names.map((name) => name.length), 10);
  const header = `${'target | package | style | auth | mode'.padEnd(width)}  ${PROOF_KINDS.map((kind) => kind.padEnd(13)).join(' ')}`;
  const lines = names.map((name) => {
    const cells = rows.get(name)!;
    return `${name.padEnd(width)}  ${PROOF_KINDS.map((kind) => (cells.get(kind)?.result ?? '-').padEnd(13)).join(' ')}`.trimEnd();
  });
  const all = [...rows.values()].flatMap((cells) => [...cells.values()]);
  const count = (result: Cell['result']) => all.filter((cell) => cell.result === result).length;
  const perKind = PROOF_KINDS.map(
    (kind) =>
      `${kind}: ${[...rows.values()].filter((cells) => cells.get(kind)?.result === (kind === 'parsed' ? 'parsed' : 'executed')).length}`,
  );
  return [
    'Proof matrix (executed = ran and printed the user ID against the mock; parsed = parsed and API-checked):',
    header,
    ...lines,
    `rows per kind: ${perKind.join(', ')}`,
    `${count('executed')} executed, ${count('parsed')} parsed, ${count('FAILED')} failed`,
    ...notes,
  ].join('\n');
}

export function matrixRowCount(kind: ProofKind): number {
  return [...rows.values()].filter((cells) => cells.has(kind)).length;
}
