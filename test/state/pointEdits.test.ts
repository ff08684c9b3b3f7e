import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataSource, PointsSource } from '../../src/state/config';
import { DEFAULT_CONFIG } from '../../src/state/config';
import { MAX_POINTS } from '../../src/state/limits';
import {
  addPoint,
  canRedo,
  canUndo,
  classCounts,
  clearPoints,
  EDIT_HISTORY_LIMIT,
  editedName,
  movePoint,
  pointsOf,
  record,
  redo,
  removePoint,
  startHistory,
  undo,
} from '../../src/state/pointEdits';

const three: PointsSource = {
  kind: 'points',
  name: 'drawn.csv',
  featureNames: ['a', 'b'],
  features: [0, 1, 2, 3, 4, 5],
  labels: [0, 1, 1],
};

const oneFeature: PointsSource = {
  kind: 'points',
  name: 'dose',
  featureNames: ['dose'],
  features: [1, 2],
  labels: [0, 1],
};

describe('editedName', () => {
  it('adds the suffix once', () => {
    expect(editedName('Two blobs')).toBe('Two blobs (edited)');
    expect(editedName('Two blobs (edited)')).toBe('Two blobs (edited)');
  });
});

describe('pointsOf', () => {
  it('copies a data set into the user’s own points under an edited name', () => {
    const features = Float64Array.of(1, 2, 3, 4);
    const points = pointsOf('Two blobs', ['x1', 'x2'], features, Float64Array.of(1, 0));
    expect(points).toEqual({
      kind: 'points',
      name: 'Two blobs (edited)',
      featureNames: ['x1', 'x2'],
      features: [1, 2, 3, 4],
      labels: [1, 0],
    });
    features[0] = 99;
    expect(points.features[0]).toBe(1);
  });

  it('refuses arrays that do not fit together', () => {
    expect(() => pointsOf('x', ['a', 'b'], [1, 2, 3], [0, 1])).toThrow(RangeError);
  });
});

describe('addPoint, movePoint, removePoint, clearPoints', () => {
  it('addPoint appends the point and its label, leaving the argument as it was', () => {
    const before = structuredClone(three);
    const next = addPoint(three, [6, 7], 1);
    expect(next.features).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(next.labels).toEqual([0, 1, 1, 1]);
    expect(next.name).toBe('drawn.csv (edited)');
    expect(three).toEqual(before);
  });

  it('addPoint works with one feature', () => {
    expect(addPoint(oneFeature, [3.5], 0).features).toEqual([1, 2, 3.5]);
  });

  it('addPoint refuses a point of the wrong size or with a non-finite value', () => {
    expect(() => addPoint(three, [1], 0)).toThrow(RangeError);
    expect(() => addPoint(three, [1, Number.NaN], 0)).toThrow(RangeError);
  });

  it('addPoint refuses to go past the most points a data set may hold', () => {
    const full: PointsSource = {
      ...oneFeature,
      features: new Array<number>(MAX_POINTS).fill(0),
      labels: new Array<number>(MAX_POINTS).fill(0),
    };
    expect(() => addPoint(full, [1], 1)).toThrow(/at most/);
  });

  it('movePoint changes only that point’s features', () => {
    const next = movePoint(three, 1, [-2, -3]);
    expect(next.features).toEqual([0, 1, -2, -3, 4, 5]);
    expect(next.labels).toEqual(three.labels);
  });

  it('removePoint takes out the point and its label', () => {
    const next = removePoint(three, 1);
    expect(next.features).toEqual([0, 1, 4, 5]);
    expect(next.labels).toEqual([0, 1]);
    expect(() => removePoint(three, 3)).toThrow(RangeError);
    expect(() => movePoint(three, -1, [0, 0])).toThrow(RangeError);
  });

  it('clearPoints keeps the feature names', () => {
    const next = clearPoints(three);
    expect(next.labels).toEqual([]);
    expect(next.features).toEqual([]);
    expect(next.featureNames).toEqual(['a', 'b']);
    expect(classCounts(addPoint(next, [0, 0], 1))).toEqual({ positives: 1, negatives: 0 });
  });
});

/** An edit of a two-feature source, as arbitrary data; applied by `apply`. */
type Edit =
  | { kind: 'add'; x: [number, number]; label: 0 | 1 }
  | { kind: 'move'; at: number; x: [number, number] }
  | { kind: 'remove'; at: number }
  | { kind: 'clear' };

const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    x: fc.tuple(coordinate, coordinate),
    label: fc.constantFrom(0 as const, 1 as const),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    at: fc.nat(),
    x: fc.tuple(coordinate, coordinate),
  }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('clear' as const) }),
);

/** The edit on `source`, with indices wrapped into range; null when there is no point to touch. */
function apply(source: PointsSource, e: Edit): PointsSource | null {
  const n = source.labels.length;
  switch (e.kind) {
    case 'add':
      return addPoint(source, e.x, e.label);
    case 'move':
      return n ? movePoint(source, e.at % n, e.x) : null;
    case 'remove':
      return n ? removePoint(source, e.at % n) : null;
    case 'clear':
      return clearPoints(source);
  }
}

/** Runs the edits, recording each, and returns the history with every present it went through. */
function edited(edits: readonly Edit[], start: DataSource = three) {
  let history = startHistory(start);
  const presents: DataSource[] = [start];
  for (const e of edits) {
    const present = history.present;
    const next = apply(present.kind === 'points' ? present : three, e);
    if (!next) continue;
    history = record(history, next);
    presents.push(next);
  }
  return { history, presents };
}

describe('the edit history', () => {
  it('starts with nothing to undo or redo', () => {
    const history = startHistory(DEFAULT_CONFIG.data);
    expect(canUndo(history)).toBe(false);
    expect(canRedo(history)).toBe(false);
    expect(undo(history)).toBe(history);
    expect(redo(history)).toBe(history);
  });

  it('can go back to the preset the edits started from', () => {
    const preset = DEFAULT_CONFIG.data;
    const first = pointsOf('Two blobs', ['x1', 'x2'], [0, 0, 1, 1], [0, 1]);
    const history = undo(record(startHistory(preset), addPoint(first, [2, 2], 1)));
    expect(history.present).toBe(preset);
  });

  it('recording the present changes nothing', () => {
    const history = startHistory(three);
    expect(record(history, three)).toBe(history);
  });

  it('undo after any edit sequence restores the exact previous source, and redo the edit', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 30 }), (edits) => {
        const { history, presents } = edited(edits);
        if (presents.length < 2) return;
        const back = undo(history);
        expect(back.present).toBe(presents[presents.length - 2]);
        expect(redo(back).present).toBe(presents[presents.length - 1]);
      }),
    );
  });

  it('undoing every edit walks back through each source in turn, redoing walks forward', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        let { history } = edited(edits);
        const { presents } = edited(edits);
        for (let k = presents.length - 1; k > 0; k--) {
          expect(history.present).toEqual(presents[k]);
          history = undo(history);
        }
        expect(history.present).toBe(three);
        expect(canUndo(history)).toBe(false);
        for (let k = 1; k < presents.length; k++) {
          history = redo(history);
          expect(history.present).toEqual(presents[k]);
        }
        expect(canRedo(history)).toBe(false);
      }),
    );
  });

  it('a new edit after an undo forgets what could have been redone', () => {
    const a = addPoint(three, [1, 1], 1);
    const b = addPoint(a, [2, 2], 0);
    const back = undo(record(record(startHistory(three), a), b));
    const c = removePoint(a, 0);
    const history = record(back, c);
    expect(canRedo(history)).toBe(false);
    expect(undo(history).present).toBe(a);
  });

  it(`keeps at most ${EDIT_HISTORY_LIMIT} earlier sources, dropping the oldest`, () => {
    let history = startHistory(three);
    let source = three;
    for (let k = 0; k < EDIT_HISTORY_LIMIT + 5; k++) {
      source = addPoint(source, [k, k], 1);
      history = record(history, source);
    }
    expect(history.past).toHaveLength(EDIT_HISTORY_LIMIT);
    while (canUndo(history)) history = undo(history);
    // The first five sources (the original among them) fell off the end.
    expect(history.present.kind === 'points' && history.present.labels.length).toBe(3 + 5);
  });

  it('drops the oldest sources sooner when they hold many numbers, keeping the latest', () => {
    const big = (n: number): PointsSource => ({
      ...oneFeature,
      features: new Array<number>(n).fill(1),
      labels: new Array<number>(n).fill(0),
    });
    let history = startHistory(big(10));
    history = record(history, big(20), 200, 50);
    history = record(history, big(30), 200, 50);
    // The past holds big(10) (20 numbers) and big(20) (40): over 50, so big(10) goes.
    expect(history.past).toHaveLength(1);
    history = record(history, big(40), 200, 50);
    // big(30) alone is 60 numbers, over the budget, yet the latest entry is kept.
    expect(history.past).toHaveLength(1);
    expect(undo(history).present).toEqual(big(30));
  });
});
