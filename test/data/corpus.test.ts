import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildDataset,
  defaultChoice,
  MAX_BYTES,
  MAX_ROWS,
  parseCsv,
  positiveHint,
  summarizeColumns,
  type ColumnChoice,
  type ImportResult,
} from '../../src/data/csvImport';
import { validateDataset, type Dataset } from '../../src/engine';
import { DEFAULT_CONFIG, type TrainingConfig } from '../../src/state/config';
import { readCsvFile } from '../../src/ui/io/readCsvFile';
import { prepareRun, RefusedError } from '../../src/worker/run';
import { Trainer } from '../../src/worker/trainer';

/**
 * The corpus of nasty files in test/fixtures/nasty/, each through the whole import (parseCsv,
 * summarizeColumns, defaultChoice, buildDataset) and on into the engine (validateDataset,
 * prepareRun, a few training steps). Each must end in a usable data set or a refusal that says
 * why; never an exception, never a NaN. The two files too big to commit (200,000 rows, 50 MB)
 * are made here.
 */

const NASTY = new URL('../fixtures/nasty/', import.meta.url);
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, NASTY)));

/**
 * The text a browser gives for a file: Chromium's File.text() sniffs a byte-order mark (UTF-16
 * files with one are decoded as UTF-16, see io.spec.ts) and otherwise decodes UTF-8, replacing
 * bytes that are not UTF-8 and dropping a UTF-8 mark.
 */
function decodeAsChromium(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Plain UTF-8 that keeps a byte-order mark in the text, as some readers do. */
const decodeKeepingMark = (bytes: Uint8Array) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

type Outcome = ImportResult & {
  readonly columns?: ReturnType<typeof summarizeColumns>;
  readonly choice?: ColumnChoice;
};

/** Every step of the import, as the page runs them; the first refusal ends it. */
function importText(text: string, byteLength?: number): Outcome {
  const parsed = parseCsv(text, byteLength);
  if (!parsed.ok) return parsed;
  const columns = summarizeColumns(parsed.table);
  const choice = defaultChoice(parsed.table);
  if (!choice.ok) return choice;
  return { ...buildDataset(parsed.table, choice.choice), columns, choice: choice.choice };
}

/** A refusal must say why in words: a sentence, not an error name, a stack or an empty string. */
function expectClearReason(reason: string, why: RegExp): void {
  expect(reason).toMatch(why);
  expect(reason).toMatch(/^[A-Z"“].*[.)]$/s);
  expect(reason).not.toMatch(/NaN|undefined|\[object|Error:|at \w+ \(/);
}

function pointsConfig(dataset: Dataset, change: Partial<TrainingConfig> = {}): TrainingConfig {
  return {
    ...DEFAULT_CONFIG,
    data: {
      kind: 'points',
      name: 'nasty.csv',
      featureNames: dataset.featureNames,
      features: Array.from(dataset.features),
      labels: Array.from(dataset.labels),
    },
    ...change,
  };
}

/**
 * A data set the importer accepted, on into the engine: valid, prepared with finite features, and
 * trained for a few steps by gradient descent and by Newton's method without a NaN reaching the
 * numbers the page shows (a run that blows up must stop with a message instead).
 */
function expectUsable(dataset: Dataset): void {
  const validation = validateDataset(dataset);
  expect(validation.ok).toBe(true);
  for (const features of [DEFAULT_CONFIG.features, { standardize: false, degree: 1 }]) {
    for (const optimizer of [
      DEFAULT_CONFIG.optimizer,
      { ...DEFAULT_CONFIG.optimizer, rule: 'newton' as const },
    ]) {
      const config = pointsConfig(dataset, { features, optimizer });
      let prepared;
      try {
        prepared = prepareRun(config);
      } catch (error) {
        // Raw features can be too large to use: then a refusal that says so, nothing else.
        expect(error).toBeInstanceOf(RefusedError);
        expectClearReason((error as Error).message, /./);
        continue;
      }
      expect(prepared.design.X.every(Number.isFinite)).toBe(true);
      const trainer = new Trainer(config, 1, { capacity: 64, denseCount: 32 });
      for (let k = 0; k < 30 && !trainer.stepForward().stopped; k++);
      const shown = trainer.snapshot(false, 1);
      const stop = shown.stop;
      if (stop?.kind === 'diverged') {
        expectClearReason(stop.message, /./);
      } else {
        expect(Number.isFinite(shown.loss)).toBe(true);
        expect(Number.isFinite(shown.gradientNorm)).toBe(true);
        expect(Array.from(shown.rawTheta).every(Number.isFinite)).toBe(true);
      }
    }
  }
}

interface Accepted {
  readonly accept: {
    n: number;
    featureNames: readonly string[];
    skipped?: number;
    /** What the chooser says about how cells were read (decimal commas, 12,345). */
    notes?: RegExp;
    /** The label value taken as y = 1, and whether the chooser asks the user about it. */
    positive?: { value: string; hint: boolean };
  };
}
interface Refused {
  readonly refuse: RegExp;
}
type Expectation = Accepted | Refused;

const TEMPERATURE = { n: 12, featureNames: ['temperature'], skipped: 0 };

/** Every committed file with what it must give, when decoded as Chromium does. */
const CORPUS: Record<string, Expectation> = {
  'empty.csv': { refuse: /The file is empty/ },
  'picture.png.csv': { refuse: /not text/ },
  'utf16le-bom.csv': { accept: TEMPERATURE },
  'utf16le-no-bom.csv': { refuse: /UTF-16.*save it as UTF-8/ },
  'utf8-bom.csv': { accept: TEMPERATURE },
  'crlf.csv': { accept: TEMPERATURE },
  'quoted.csv': { accept: { n: 5, featureNames: ['size, in cm', 'weight\n(kg)'], skipped: 0 } },
  'one-column.csv': { refuse: /fewer than two columns/ },
  'one-class.csv': { refuse: /Only one class: every row of "y" is "1"/ },
  // x1 holds more non-numbers than numbers: only x2 is a feature, its two bad rows skipped.
  'nan-infinity.csv': { accept: { n: 3, featureNames: ['x2'], skipped: 2 } },
  'nan-infinity-some-good.csv': { accept: { n: 4, featureNames: ['x1', 'x2'], skipped: 3 } },
  'huge-1e308.csv': { accept: { n: 6, featureNames: ['x1', 'x2'], skipped: 0 } },
  // 1e309 is Infinity in double precision: not a number a spreadsheet could mean.
  'overflow-1e309.csv': { accept: { n: 2, featureNames: ['x1'], skipped: 1 } },
  'constant-column.csv': { accept: { n: 6, featureNames: ['c', 'x'], skipped: 0 } },
  'constant-only.csv': { accept: { n: 4, featureNames: ['c'], skipped: 0 } },
  'duplicates.csv': { accept: { n: 8, featureNames: ['x1', 'x2'], skipped: 0 } },
  'header-only.csv': { refuse: /no data rows/ },
  // Issue 17, item 6: formats a spreadsheet writes, read with a word on how.
  'thousands-quoted.csv': {
    accept: {
      n: 6,
      featureNames: ['income', 'age'],
      skipped: 0,
      notes: /“income” writes thousands with commas \(12,345\): read as 12345/,
    },
  },
  'decimal-comma.csv': {
    accept: {
      n: 6,
      featureNames: ['x1', 'x2'],
      skipped: 0,
      notes: /“x1” has decimal commas \(1,5\): read as 1\.5/,
    },
  },
  // Missing labels ("NA", "?", empty) are skipped rows, not a third class.
  'label-missing.csv': { accept: { n: 4, featureNames: ['x1', 'x2'], skipped: 3 } },
  'label-three-values.csv': {
    refuse:
      /“outcome”, has more than two values: “yes”, “no”, “maybe” \(the third first in data row 5\)/,
  },
  'unterminated-quote.csv': {
    refuse: /Row 4 of the file opens a quote \("\) in column “x2” that is never closed/,
  },
  // 1 and 2: the larger is y = 1 whatever the order of the rows, and the chooser asks.
  'labels-1-2.csv': {
    accept: { n: 6, featureNames: ['dose', 'weight'], positive: { value: '2', hint: true } },
  },
  // Issue 17, item 4 (the names made distinct are checked in test/state/linkReliability.test.ts).
  'long-names.csv': {
    accept: {
      n: 6,
      featureNames: [
        'Score on the entrance examination in mathematics, first sitting',
        'Score on the entrance examination in mathematics, second sitting',
      ],
      skipped: 0,
    },
  },
  // Issue 17, item 3: subnormal numbers are numbers.
  'subnormal.csv': { accept: { n: 6, featureNames: ['x1', 'x2'], skipped: 0 } },
  'xss-header.csv': {
    accept: {
      n: 4,
      featureNames: ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>'],
      skipped: 0,
    },
  },
};

describe('the corpus of nasty files', () => {
  it('lists every file in test/fixtures/nasty/', () => {
    expect(readdirSync(NASTY).sort()).toEqual(Object.keys(CORPUS).sort());
  });

  it.each(Object.entries(CORPUS))('%s', (name, expected) => {
    const result = importText(decodeAsChromium(bytesOf(name)));
    if ('refuse' in expected) {
      expect(result.ok).toBe(false);
      if (!result.ok) expectClearReason(result.reason, expected.refuse);
      return;
    }
    if (!result.ok) throw new Error(`${name} was refused: ${result.reason}`);
    const { dataset, skipped } = result;
    expect(dataset.n).toBe(expected.accept.n);
    expect(dataset.featureNames).toEqual(expected.accept.featureNames);
    if (expected.accept.skipped !== undefined) expect(skipped).toBe(expected.accept.skipped);
    expect(Array.from(dataset.features).every(Number.isFinite)).toBe(true);
    expect(Array.from(dataset.labels).every((y) => y === 0 || y === 1)).toBe(true);
    const notes = result.notes.join(' ');
    if (expected.accept.notes) expect(notes).toMatch(expected.accept.notes);
    else expect(notes).toBe('');
    const { positive } = expected.accept;
    if (positive && result.choice) {
      expect(result.choice.positive).toBe(positive.value);
      const values = [result.choice.positive, result.choice.negative] as [string, string];
      expect(positiveHint(values, result.choice.positive) !== null).toBe(positive.hint);
    }
    expectUsable(dataset);
  });

  it('a UTF-8 byte-order mark left in the text is not part of the first name', () => {
    const text = decodeKeepingMark(bytesOf('utf8-bom.csv'));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const result = importText(text);
    expect(result.ok && result.dataset.featureNames).toEqual(['temperature']);
  });

  it('a UTF-16 file read as UTF-8 (a reader that does not sniff the mark) is refused as UTF-16', () => {
    const result = importText(new TextDecoder('utf-8').decode(bytesOf('utf16le-bom.csv')));
    expect(result.ok).toBe(false);
    if (!result.ok) expectClearReason(result.reason, /UTF-16/);
  });

  it('line ends do not reach the names or the labels (CRLF)', () => {
    const parsed = parseCsv(decodeAsChromium(bytesOf('crlf.csv')));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.table.header).toEqual(['temperature', 'damage']);
    expect(parsed.table.rows.flat().some((cell) => /\r|\n/.test(cell))).toBe(false);
  });

  it('1e308 values: standardized, the features are finite and small; raw, they are refused', () => {
    const result = importText(decodeAsChromium(bytesOf('huge-1e308.csv')));
    if (!result.ok) throw new Error(result.reason);
    const prepared = prepareRun(pointsConfig(result.dataset));
    for (const scale of prepared.map.scale) expect(Number.isFinite(scale)).toBe(true);
    for (const mean of prepared.map.mean) expect(Number.isFinite(mean)).toBe(true);
    // Standardized features of this data lie within a few units of 0.
    expect(Math.max(...prepared.design.X.map(Math.abs))).toBeLessThan(10);
    // Raw, their squares overflow: the landmarks and the gradient would be NaN and Infinity.
    const raw = () =>
      prepareRun(pointsConfig(result.dataset, { features: { standardize: false, degree: 1 } }));
    expect(raw).toThrow(RefusedError);
    expect(raw).toThrow(/too large to train on .*standardize the features or rescale the data/);
  });
});

describe('files too big to commit, made here', () => {
  it('200,000 rows: refused, saying how many rows and the limit', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `${i % 97},${(i * 7) % 13},${i % 2}`);
    const text = `a,b,y\n${rows.join('\n')}\n`;
    const result = importText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expectClearReason(result.reason, /200,000 rows; up to 100,000 can be imported/);
    }
    expect(MAX_ROWS).toBe(100_000);
  });

  it('50 MB: refused by size before the page reads a byte of it', async () => {
    const line = '12345.678901,98765.432109,1\n';
    const bytes = new TextEncoder().encode(`a,b,y\n${line.repeat(Math.ceil(50e6 / line.length))}`);
    expect(bytes.length).toBeGreaterThan(50e6);
    expect(bytes.length).toBeGreaterThan(MAX_BYTES);
    const reason = /The file is 4\d\.\d MB; files up to 20 MB can be imported\./;

    // The page checks the size first: the file's text is never asked for.
    let read = false;
    const file = {
      name: 'big.csv',
      size: bytes.length,
      text: () => {
        read = true;
        return Promise.resolve(new TextDecoder().decode(bytes));
      },
    };
    const reading = await readCsvFile(file);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expectClearReason(reading.reason, reason);
    expect(read).toBe(false);

    // parseCsv refuses it too, when handed the text.
    const parsed = parseCsv(new TextDecoder().decode(bytes), bytes.length);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expectClearReason(parsed.reason, reason);
  });
});

describe('the engine refuses what the importer would never make, with the reason', () => {
  const dataset = (change: Partial<Dataset>): Dataset => ({
    features: Float64Array.from([1, 2, 3, 4]),
    labels: Float64Array.from([0, 1, 0, 1]),
    n: 4,
    d: 1,
    featureNames: ['x'],
    ...change,
  });

  it.each([
    [
      'a NaN',
      { features: Float64Array.from([1, NaN, 3, 4]) },
      /Row 2: the value of "x" is not a finite number/,
    ],
    [
      'an Infinity',
      { features: Float64Array.from([1, 2, Infinity, 4]) },
      /Row 3: .* not a finite number/,
    ],
    [
      'a -Infinity',
      { features: Float64Array.from([1, 2, 3, -Infinity]) },
      /Row 4: .* not a finite number/,
    ],
    [
      'one point',
      { features: Float64Array.from([1]), labels: Float64Array.from([1]), n: 1 },
      /at least 2 points; this data set has 1/,
    ],
    [
      'no points',
      { features: new Float64Array(0), labels: new Float64Array(0), n: 0 },
      /at least 2 points; this data set has 0/,
    ],
    ['one class', { labels: Float64Array.from([1, 1, 1, 1]) }, /All 4 points have label 1/],
    ['a label 2', { labels: Float64Array.from([0, 2, 0, 1]) }, /Row 2: the label must be 0 or 1/],
    [
      'a NaN label',
      { labels: Float64Array.from([0, 1, NaN, 1]) },
      /Row 3: the label must be 0 or 1/,
    ],
    ['a short array', { features: Float64Array.from([1, 2, 3]) }, /do not match its size/],
  ])('validateDataset and prepareRun: %s', (_, change, why) => {
    const data = dataset(change);
    const validation = validateDataset(data);
    expect(validation.ok).toBe(false);
    if (!validation.ok) expectClearReason(validation.problem.message, why);
    // The same data coming in through a configuration (a link, local storage): a RefusedError.
    const run = () => prepareRun(pointsConfig(data));
    expect(run).toThrow(RefusedError);
    expect(run).toThrow(why);
  });
});
