import { describe, expect, it } from 'vitest';
import type { ColumnChoice, CsvTable } from '../../../src/data/csvImport';
import {
  buildDataset,
  defaultChoice,
  parseCsv,
  summarizeColumns,
} from '../../../src/data/csvImport';
import {
  describeImport,
  distinctFeatureNames,
  featureColumns,
  labelColumns,
  labelValues,
  shortName,
  toPointsSource,
  withFeature,
  withLabel,
  withPositive,
} from '../../../src/ui/io/columnChoice';

const CSV = [
  'id,sex,gre,gpa,rank,admit',
  '1,f,380,3.61,3,no',
  '2,m,660,3.67,3,yes',
  '3,f,800,4,1,yes',
  '4,m,640,3.19,4,yes',
  '5,f,520,,4,no',
].join('\n');

function open(text: string): { table: CsvTable; choice: ColumnChoice } {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  const chosen = defaultChoice(parsed.table);
  if (!chosen.ok) throw new Error(chosen.reason);
  return { table: parsed.table, choice: chosen.choice };
}

const { table, choice } = open(CSV);
const columns = summarizeColumns(table);
const names = (list: { name: string }[]) => list.map((column) => column.name);

describe('the column chooser’s options', () => {
  it('labelColumns offers the columns with exactly two values', () => {
    expect(names(labelColumns(columns))).toEqual(['sex', 'admit']);
  });

  it('featureColumns offers numeric columns other than the label and the other feature', () => {
    expect(choice.features).toEqual([0, 2]); // id, gre
    expect(names(featureColumns(columns, choice, 0))).toEqual(['id', 'gpa', 'rank']);
    expect(names(featureColumns(columns, choice, 1))).toEqual(['gre', 'gpa', 'rank']);
  });

  it('labelValues are the label column’s two values, in the order the file shows them', () => {
    expect(labelValues(columns, choice)).toEqual(['no', 'yes']);
  });
});

describe('changing one part of the choice keeps the rest valid', () => {
  it('withLabel guesses the positive value afresh', () => {
    const next = withLabel(columns, choice, 1);
    expect(next).toEqual({ features: [0, 2], label: 1, positive: 'm', negative: 'f' });
  });

  it('withLabel moves a feature off the new label column, keeping one feature at least', () => {
    const oneFeature = { ...choice, features: [0] };
    const numericLabel = open('a,b\n1,0\n2,1\n3,0\n');
    const cols = summarizeColumns(numericLabel.table);
    // "a" has three values: it cannot be the label.
    expect(withLabel(cols, numericLabel.choice, 0)).toBe(numericLabel.choice);
    // Making a two-valued feature column the label takes it out of the features.
    const twoValued = open('x,flag,y\n1,0,a\n2,1,b\n3,0,a\n');
    const c2 = summarizeColumns(twoValued.table);
    expect(twoValued.choice).toMatchObject({ label: 2, features: [0, 1] });
    expect(withLabel(c2, twoValued.choice, 1)).toEqual({
      features: [0],
      label: 1,
      positive: '1',
      negative: '0',
    });
    expect(withLabel(columns, oneFeature, 5)).toBe(oneFeature); // already the label
  });

  it('withPositive swaps the classes and ignores values the column does not hold', () => {
    expect(withPositive(columns, choice, 'no')).toMatchObject({ positive: 'no', negative: 'yes' });
    expect(withPositive(columns, choice, 'maybe')).toBe(choice);
  });

  it('withFeature sets a slot, clears the second, and refuses the label or a taken column', () => {
    expect(withFeature(columns, choice, 1, 3).features).toEqual([0, 3]);
    expect(withFeature(columns, choice, 0, 4).features).toEqual([4, 2]);
    expect(withFeature(columns, choice, 1, null).features).toEqual([0]);
    expect(withFeature(columns, choice, 0, null)).toBe(choice); // one feature at least
    expect(withFeature(columns, choice, 0, 5)).toBe(choice); // the label
    expect(withFeature(columns, choice, 0, 2)).toBe(choice); // feature 2 has it
    expect(withFeature(columns, choice, 0, 1)).toBe(choice); // not numeric
    const one = withFeature(columns, choice, 1, null);
    expect(withFeature(columns, one, 1, 3).features).toEqual([0, 3]);
  });
});

describe('what the choice gives', () => {
  it('describeImport counts the classes and the skipped rows', () => {
    const withGpa = withFeature(columns, choice, 1, 3);
    const built = buildDataset(table, withGpa);
    if (!built.ok) throw new Error(built.reason);
    expect(describeImport(built.dataset, built.skipped, withGpa)).toBe(
      '4 rows: 3 “yes” (y = 1), 1 “no” (y = 0); 1 row skipped for missing or non-numeric values.',
    );
    const all = buildDataset(table, choice);
    if (!all.ok) throw new Error(all.reason);
    expect(describeImport(all.dataset, all.skipped, choice)).toBe(
      '5 rows: 3 “yes” (y = 1), 2 “no” (y = 0).',
    );
  });

  it('toPointsSource names the points after the file and keeps the raw numbers', () => {
    const built = buildDataset(table, choice);
    if (!built.ok) throw new Error(built.reason);
    expect(toPointsSource('admissions.csv', built.dataset, choice)).toEqual({
      kind: 'points',
      name: 'admissions.csv',
      featureNames: ['id', 'gre'],
      features: [1, 380, 2, 660, 3, 800, 4, 640, 5, 520],
      labels: [0, 1, 1, 1, 0],
    });
  });

  it('shortName cuts names as a link does, and cutting twice changes nothing', () => {
    const long = 'a'.repeat(60);
    expect(shortName(long)).toBe(`${'a'.repeat(40)}…`);
    expect(shortName(shortName(long))).toBe(shortName(long));
    expect(shortName('gre')).toBe('gre');
  });

  it('distinctFeatureNames tells clashing names apart by their column', () => {
    expect(distinctFeatureNames(['score', 'score'], [1, 4])).toEqual([
      'score (column 2)',
      'score (column 5)',
    ]);
    expect(distinctFeatureNames(['Intercept', 'x'], [0, 1])).toEqual(['Intercept (column 1)', 'x']);
    const long = ['b'.repeat(50) + '1', 'b'.repeat(50) + '2'];
    // Cut to fit beside the column number within 40 characters, so a link keeps them apart.
    expect(distinctFeatureNames(long, [0, 1])).toEqual([
      `${'b'.repeat(28)}… (column 1)`,
      `${'b'.repeat(28)}… (column 2)`,
    ]);
  });
});
