// The proof matrix printed at the end of a run: one row per target × package × style × auth ×
// credential mode, one column per kind of proof, and under it each row's notes (the version its
// install resolved to, a substitution) and each exclusion with its reason. A cell records what
// happened; a failing test leaves FAILED in its cell, since it is set before the test's assertions.

export const PROOF_KINDS = [
  'default bytes',
  'printed steps',
  'project',
  'type-check',
  'base-url',
  'failures',
  'parsed',
] as const;
export type ProofKind = (typeof PROOF_KINDS)[number];

type Result = 'executed' | 'checked' | 'parsed' | 'excluded' | 'FAILED';

interface Cell {
  result: Result;
}

const rows = new Map<string, Map<ProofKind, Cell>>();
let exclusions = 0;
const notes = new Map<string, Set<string>>();

/** What a passing cell of each kind says. */
const PASSED: Record<ProofKind, Result> = {
  'default bytes': 'executed',
  'printed steps': 'executed',
  project: 'executed',
  'type-check': 'checked',
  'base-url': 'executed',
  failures: 'executed',
  parsed: 'parsed',
};

function cellsOf(row: string): Map<ProofKind, Cell> {
  const cells = rows.get(row) ?? new Map<ProofKind, Cell>();
  rows.set(row, cells);
  return cells;
}

/** A line under the row: the version that ran, a substitution, an exclusion's reason. */
export function noteRow(row: string, note: string): void {
  const set = notes.get(row) ?? new Set<string>();
  set.add(note);
  notes.set(row, set);
}

/** Records a cell as FAILED; call `pass` once the assertions hold. */
export function recordProof(row: string, kind: ProofKind): { pass(note?: string): void } {
  const cells = cellsOf(row);
  const cell: Cell = { result: 'FAILED' };
  // A row may be proven several times in one kind (several failure cases, env unset): any failure stays.
  const previous = cells.get(kind);
  if (!previous || previous.result !== 'FAILED') cells.set(kind, cell);
  return {
    pass(note) {
      if (cells.get(kind) !== cell) return;
      cell.result = PASSED[kind];
      if (note) noteRow(row, note);
    },
  };
}

/** A cell the proof leaves out on purpose, with the reason printed under its row. */
export function recordExclusion(row: string, kind: ProofKind, reason: string): void {
  const cells = cellsOf(row);
  if (!cells.has(kind)) cells.set(kind, { result: 'excluded' });
  exclusions++;
  noteRow(row, `${kind}: ${reason}`);
}

const spent = new Map<string, { runs: number; ms: number }>();

/** Adds a program run's wall time to its kind's total, for the footer (where the proof's time goes). */
export function recordRunTime(kind: string, ms: number): void {
  const total = spent.get(kind) ?? { runs: 0, ms: 0 };
  total.runs++;
  total.ms += ms;
  spent.set(kind, total);
}

export function formatMatrix(footer: readonly string[]): string {
  const names = [...rows.keys()].sort();
  const width = Math.max(...names.map((name) => name.length), 10);
  const header = `${'target | package | style | auth | mode'.padEnd(width)}  ${PROOF_KINDS.map((kind) => kind.padEnd(13)).join(' ')}`;
  const lines = names.flatMap((name) => {
    const cells = rows.get(name)!;
    const row =
      `${name.padEnd(width)}  ${PROOF_KINDS.map((kind) => (cells.get(kind)?.result ?? '-').padEnd(13)).join(' ')}`.trimEnd();
    return [row, ...[...(notes.get(name) ?? [])].sort().map((note) => `    ${note}`)];
  });
  const all = [...rows.values()].flatMap((cells) => [...cells.values()]);
  const count = (result: Result) => all.filter((cell) => cell.result === result).length;
  const perKind = PROOF_KINDS.map(
    (kind) => `${kind}: ${[...rows.values()].filter((cells) => cells.get(kind)?.result === PASSED[kind]).length}`,
  );
  return [
    "Proof matrix (executed = ran as printed and printed the user ID against the mock, or for failures: explained every case that applies; checked = type-checked with the project's tsconfig; parsed = parsed and API-checked; excluded = left out, the reason below the row):",
    header,
    ...lines,
    `rows per kind: ${perKind.join(', ')}`,
    `${count('executed')} executed, ${count('checked')} type-checked, ${count('parsed')} parsed, ${count('FAILED')} failed; ${exclusions} exclusions, each under its row`,
    'Program runs by kind (wall time summed over the runs; runs overlap):',
    ...[...spent]
      .sort((a, b) => b[1].ms - a[1].ms)
      .map(
        ([kind, { runs, ms }]) =>
          `  ${kind.padEnd(34)} ${String(runs).padStart(4)} runs ${(ms / 1000).toFixed(1).padStart(8)} s`,
      ),
    ...footer,
  ].join('\n');
}
