import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildDataset,
  defaultChoice,
  defaultPositive,
  MAX_ROWS,
  parseCsv,
  parseNumber,
  type CsvTable,
} from '../../src/data/csvImport';
import { buildDesign, findOptimum, fitFeatureMap, NO_REGULARIZATION } from '../../src/engine';
import { expectClose } from '../engine/arbitraries';
import challengerCsv from '../fixtures/challenger23.csv?raw';
import ex2data1Csv from '../fixtures/ex2data1.csv?raw';
import uclaCsv from '../fixtures/ucla_admit_gre_gpa.csv?raw';

function importText(text: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const choice = defaultChoice(parsed.table);
  if (!choice.ok) return choice;
  return { ...buildDataset(parsed.table, choice.choice), choice: choice.choice };
}

function table(text: string): CsvTable {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.table;
}

describe('importing the reference files', () => {
  it.each([
    ['challenger23.csv', challengerCsv, [15.0429016477, -0.232162744219]],
    ['ucla_admit_gre_gpa.csv', uclaCsv, [-4.94937806262, 0.00269068359596, 0.754686855963]],
    ['ex2data1.csv', ex2data1Csv, [-25.1613335666, 0.206231713294, 0.201471600442]],
  ])('%s gives the published fit', (_, text, coefficients) => {
    const result = importText(text);
    if (!result.ok) throw new Error(result.reason);
    expect(result.skipped).toBe(0);
    const design = buildDesign(
      result.dataset,
      fitFeatureMap(result.dataset, { standardize: false, degree: 1 }),
    );
    const optimum = findOptimum(
      { loss: 'crossEntropy', regularization: NO_REGULARIZATION },
      design,
    );
    if (optimum.status !== 'found') throw new Error(optimum.status);
    expectClose(optimum.theta, coefficients, 0, 1e-6);
  });
});

describe('the default choice of columns', () => {
  it('takes the last two-valued column as the label and the first two other numeric columns', () => {
    const result = importText(
      'id,name,gre,gpa,rank,admit\n1,a,380,3.61,3,no\n2,b,660,3.67,3,yes\n3,c,800,4,1,yes\n',
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.dataset.featureNames).toEqual(['id', 'gre']);
    expect(Array.from(result.dataset.labels)).toEqual([0, 1, 1]);
    expect(result.choice.positive).toBe('yes');
  });

  it('knows which value of the usual pairs is positive, and otherwise takes the second seen', () => {
    expect(defaultPositive(['1', '0'])).toBe('1');
    expect(defaultPositive(['TRUE', 'FALSE'])).toBe('TRUE');
    expect(defaultPositive(['yes', 'no'])).toBe('yes');
    expect(defaultPositive(['setosa', 'virginica'])).toBe('virginica');
  });

  it('works with one feature', () => {
    const result = importText('temperature,damage\n66,0\n70,1\n69,0\n');
    if (!result.ok) throw new Error(result.reason);
    expect(result.dataset.d).toBe(1);
  });

  it('lets the user choose other columns and the positive value', () => {
    const t = table('a,b,c,label\n1,2,3,cat\n4,5,6,dog\n7,8,9,cat\n');
    const result = buildDataset(t, { features: [2], label: 3, positive: 'cat', negative: 'dog' });
    if (!result.ok) throw new Error(result.reason);
    expect(Array.from(result.dataset.features)).toEqual([3, 6, 9]);
    expect(Array.from(result.dataset.labels)).toEqual([1, 0, 1]);
  });
});

describe('rows that cannot be used', () => {
  it('are skipped and counted: missing, non-numeric, NaN and Infinity strings, other labels', () => {
    const result = importText(
      'x1,x2,y\n1,2,0\n,3,1\n4,abc,0\nNaN,1,1\n2,Infinity,0\n0x10,1,1\n5,6,\n7,8,1\n1e3,-2.5E-1,1\n',
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.skipped).toBe(6);
    expect(Array.from(result.dataset.features)).toEqual([1, 2, 7, 8, 1000, -0.25]);
  });

  it('parseNumber accepts what spreadsheets write and nothing else', () => {
    expect(parseNumber(' 3.5 ')).toBe(3.5);
    expect(parseNumber('-.5e2')).toBe(-50);
    for (const text of [
      '',
      ' ',
      'NaN',
      'Infinity',
      '-Infinity',
      '0x1A',
      '1,5',
      '1e999',
      'abc',
      '2..3',
    ]) {
      expect(parseNumber(text)).toBeNull();
    }
  });
});

describe('refusals say why and change nothing', () => {
  it.each([
    ['an empty file', '', /empty/],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000\u0014\u0000binary', /not text/],
    ['UTF-16', 'x\u00001\u0000,\u0000y\u0000\n\u00001\u0000,\u00000\u0000', /UTF-16/],
    ['one column', 'x\n1\n2\n', /fewer than two columns/],
    ['no header', '1,2,0\n3,4,1\n', /header row/],
    ['a nameless column', 'x,,y\n1,2,0\n', /no name/],
    ['one class only', 'x,y\n1,1\n2,1\n3,1\n', /Only one class/],
    ['no numeric feature', 'name,y\na,0\nb,1\n', /numeric/],
    ['no numbers in the feature', 'x,y\nabc,0\ndef,1\n', /No numeric column/],
    [
      'one class left after skipping rows',
      'x,y\n1,0\n2,0\nabc,1\n',
      /All 2 points have label 0.*1 rows were skipped/,
    ],
  ])('%s', (_, text, reason) => {
    const result = importText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('too many rows or too many bytes', () => {
    const rows = `x,y\n${'1,0\n2,1\n'.repeat(MAX_ROWS / 2 + 1)}`;
    const tooLong = parseCsv(rows);
    expect(tooLong.ok || tooLong.reason).toMatch(/rows; up to 100,000/);
    const tooBig = parseCsv('x,y\n1,0\n', 50 * 1024 * 1024);
    expect(tooBig.ok || tooBig.reason).toMatch(/50\.0 MB/);
  });
});

describe('CSV details', () => {
  it('strips a byte-order mark, reads quoted commas and newlines, and keeps names as plain text', () => {
    const result = importText(
      '\ufeff"<img src=x onerror=alert(1)>","a, b",y\n1,"2",0\n3,"4",1\n"5","6\n",1\n',
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.dataset.featureNames).toEqual(['<img src=x onerror=alert(1)>', 'a, b']);
    expect(result.dataset.n).toBe(3);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = importText(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
