/** The two outputs: JSON lines for machines (`--json`), an aligned table for people. */

export type Unit = 'steps/s' | 'ms';

export interface BenchRow {
  readonly name: string;
  /** Points in the data set. */
  readonly n: number;
  /** The engine's median figure. */
  readonly value: number;
  readonly unit: Unit;
  /** The hand-written loop's median figure, in the same unit. */
  readonly hand: number;
  /** Engine speed ÷ hand speed (above 1: the engine is faster). */
  readonly ratio: number;
  /** Lowest and highest ratio over the paired rounds: how much the machine's noise moved it. */
  readonly ratioRange: readonly [number, number];
}

export interface Budgets {
  /** Least acceptable ratio. */
  readonly ratio: number;
  /** docs/design.md's limit on the loss surface, printed for information. */
  readonly surfaceMs: number;
  readonly surfaceRow: string;
}

/** Four significant digits: the rounds disagree well before the fifth. */
const significant = (x: number): number => Number(x.toPrecision(4));
const threeDecimals = (x: number): number => Number(x.toFixed(3));

/** One object per line, keys exactly name, n, value, unit, ratio. */
export function jsonLines(rows: readonly BenchRow[]): string {
  return rows
    .map(({ name, n, value, unit, ratio }) =>
      JSON.stringify({ name, n, value: significant(value), unit, ratio: threeDecimals(ratio) }),
    )
    .join('\n');
}

const grouped = (x: number, digits: number): string =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Rates as whole numbers, durations to a tenth of a millisecond. */
const figure = (x: number, unit: Unit): string => grouped(x, unit === 'ms' ? 1 : 0);

/** Pads every column to its widest cell; text left-aligned, numbers right-aligned. */
function alignColumns(
  lines: readonly (readonly string[])[],
  rightAligned: readonly boolean[],
): string[] {
  const widths = lines[0].map((_, j) => Math.max(...lines.map((cells) => cells[j].length)));
  return lines.map((cells) =>
    cells
      .map((cell, j) => (rightAligned[j] ? cell.padStart(widths[j]) : cell.padEnd(widths[j])))
      .join('  ')
      .trimEnd(),
  );
}

export function table(rows: readonly BenchRow[], budgets: Budgets, context: string): string {
  const header = ['name', 'n', 'value', 'unit', 'hand', 'ratio', 'ratio range', 'meets'];
  const body = rows.map((row) => [
    row.name,
    grouped(row.n, 0),
    figure(row.value, row.unit),
    row.unit,
    figure(row.hand, row.unit),
    row.ratio.toFixed(3),
    `${row.ratioRange[0].toFixed(2)}–${row.ratioRange[1].toFixed(2)}`,
    row.ratio >= budgets.ratio ? 'yes' : 'NO',
  ]);
  const aligned = alignColumns(
    [header, ...body],
    [false, true, true, false, true, true, true, false],
  );
  const below = rows.filter((row) => row.ratio < budgets.ratio);
  const surface = rows.find((row) => row.name === budgets.surfaceRow);
  const lines = [
    context,
    '',
    ...aligned,
    '',
    `Budget (docs/design.md): ratio ≥ ${budgets.ratio}, engine speed over a hand-written loop's. ` +
      'Steps: engine steps/s ÷ hand steps/s; surface: hand ms ÷ engine ms.',
    below.length === 0
      ? 'Every row meets it.'
      : `Below it: ${below.map((row) => `${row.name} at n = ${grouped(row.n, 0)}`).join(', ')}.`,
  ];
  if (surface) {
    const verdict =
      surface.value < budgets.surfaceMs
        ? 'within it'
        : `${(surface.value / budgets.surfaceMs).toFixed(1)}× over`;
    lines.push(
      `For information: docs/design.md wants the ${surface.name} grid over ${grouped(surface.n, 0)} points ` +
        `in under ${budgets.surfaceMs} ms (off the main thread); here ${figure(surface.value, 'ms')} ms, ${verdict}.`,
    );
  }
  return lines.join('\n');
}
