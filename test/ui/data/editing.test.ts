import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyFeatureMap as applyMap,
  fitFeatureMap,
  generatePreset,
  logits,
} from '../../../src/engine';
import type { DataSource, PointsSource } from '../../../src/state/config';
import { DEFAULT_CONFIG } from '../../../src/state/config';
import { addPoint, clearPoints, removePoint } from '../../../src/state/pointEdits';
import {
  carryParameters,
  datasetOf,
  editableSource,
  editedInitialization,
  prepareEdit,
  sameData,
  shownRun,
  tidyCoordinate,
  UNTRAINABLE,
} from '../../../src/ui/data/editing';
import { dataDomains } from '../../../src/ui/data/geometry';
import { prepareRun } from '../../../src/worker/run';

const blobs = DEFAULT_CONFIG.data;
const features = DEFAULT_CONFIG.features;
const drawn = (source: DataSource = blobs): PointsSource =>
  editableSource(source, datasetOf(source));

describe('editableSource', () => {
  it('copies a preset’s points under its name, marked as edited', () => {
    const points = drawn();
    expect(points.name).toBe('Two blobs (edited)');
    expect(points.labels).toHaveLength(blobs.n);
    expect(sameData(points, points)).toBe(true);
    expect(Float64Array.from(points.features)).toEqual(generatePreset('twoBlobs', blobs).features);
  });

  it('gives the user’s own points back as they are', () => {
    const points = drawn();
    expect(editableSource(points, datasetOf(points))).toBe(points);
  });
});

describe('sameData', () => {
  it('compares presets by their settings and points by value', () => {
    expect(sameData(blobs, { ...blobs })).toBe(true);
    expect(sameData(blobs, { ...blobs, seed: 2 })).toBe(false);
    const points = drawn();
    expect(sameData(points, structuredClone(points))).toBe(true);
    expect(sameData(points, addPoint(points, [0, 0], 1))).toBe(false);
    expect(sameData(points, blobs)).toBe(false);
  });
});

describe('prepareEdit', () => {
  it('prepares trainable points as the workers would', () => {
    const result = prepareEdit(drawn(), features);
    expect(result.ok && result.prepared.data.n).toBe(blobs.n);
  });

  it('says what is missing for no points, one point, or one class', () => {
    const empty = clearPoints(drawn());
    expect(prepareEdit(empty, features)).toEqual({ ok: false, message: UNTRAINABLE });
    expect(prepareEdit(addPoint(empty, [0, 0], 1), features)).toEqual({
      ok: false,
      message: UNTRAINABLE,
    });
    const ones = addPoint(addPoint(empty, [0, 0], 1), [1, 1], 1);
    expect(prepareEdit(ones, features)).toEqual({ ok: false, message: UNTRAINABLE });
    expect(prepareEdit(addPoint(ones, [2, 2], 0), features).ok).toBe(true);
  });
});

describe('carryParameters', () => {
  it('keeps the model the same function of the raw inputs on the edited data', () => {
    const before = prepareRun({ data: blobs, features });
    const edited = addPoint(drawn(), [9, -7], 1);
    const after = prepareRun({ data: edited, features });
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (values) => {
          const theta = Float64Array.from(values);
          const carried = carryParameters(before.map, theta, after.map);
          expect(carried).not.toBeNull();
          // z at the same raw points, through each map's own design.
          const probe = prepareRun({
            data: drawn(),
            features: { ...features, standardize: false },
          });
          const zBefore = logits(
            { ...probe.design, X: applyMap(before.map, probe.data.features, probe.data.n) },
            theta,
          );
          const zAfter = logits(
            { ...probe.design, X: applyMap(after.map, probe.data.features, probe.data.n) },
            Float64Array.from(carried ?? []),
          );
          zBefore.forEach((z, i) => expect(zAfter[i]).toBeCloseTo(z, 8));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses maps of other terms and parameters that are not finite', () => {
    const one = prepareRun({ data: blobs, features });
    const two = prepareRun({ data: blobs, features: { ...features, degree: 2 } });
    expect(carryParameters(one.map, Float64Array.of(0, 1, 1), two.map)).toBeNull();
    expect(carryParameters(one.map, Float64Array.of(0, Infinity, 1), one.map)).toBeNull();
    expect(carryParameters(one.map, Float64Array.of(0, 1), one.map)).toBeNull();
  });
});

describe('editedInitialization', () => {
  const before = prepareRun({ data: blobs, features });
  const next = prepareRun({ data: removePoint(drawn(), 0), features });

  it('starts from the parameters shown, carried over', () => {
    const init = editedInitialization(
      { kind: 'zeros' },
      { map: before.map, theta: Float64Array.of(0.5, 1, -1) },
      next,
    );
    expect(init.kind).toBe('point');
    expect(init.kind === 'point' && init.theta).toHaveLength(3);
  });

  it('keeps the initialization without parameters to carry, unless it is a point of another size', () => {
    expect(editedInitialization({ kind: 'random', seed: 3 }, null, next)).toEqual({
      kind: 'random',
      seed: 3,
    });
    expect(editedInitialization({ kind: 'point', theta: [1, 2, 3, 4] }, null, next)).toEqual({
      kind: 'zeros',
    });
    const diverged = { map: before.map, theta: Float64Array.of(NaN, 1, 1) };
    expect(editedInitialization({ kind: 'zeros' }, diverged, next)).toEqual({ kind: 'zeros' });
  });
});

describe('shownRun', () => {
  const run = prepareRun({ data: blobs, features });

  it('is the run itself on the run’s own data', () => {
    expect(shownRun({ ...blobs }, run, blobs, features)).toEqual({
      prepared: run,
      fitsTheta: true,
    });
  });

  it('draws edited points with the run’s map, so its θ applies', () => {
    const shown = shownRun(addPoint(drawn(), [1, 1], 0), run, blobs, features);
    expect(shown?.fitsTheta).toBe(true);
    expect(shown?.prepared.map).toBe(run.map);
    expect(shown?.prepared.data.n).toBe(blobs.n + 1);
    expect(shown?.prepared.design.n).toBe(blobs.n + 1);
  });

  it('draws no points at all when cleared, and waits for the first run of a preset', () => {
    const shown = shownRun(clearPoints(drawn()), run, blobs, features);
    expect(shown?.prepared.data.n).toBe(0);
    expect(shownRun(blobs, null, null, features)).toBeNull();
  });

  it('fits a map of its own to data of another width than the run’s', () => {
    const oneFeature: PointsSource = {
      kind: 'points',
      name: 'dose',
      featureNames: ['dose'],
      features: [1, 2, 3],
      labels: [0, 1, 1],
    };
    const shown = shownRun(oneFeature, run, blobs, features);
    expect(shown?.fitsTheta).toBe(false);
    expect(shown?.prepared.map.inputCount).toBe(1);
  });
});

describe('dataDomains', () => {
  it('covers the domains it is given, so clearing or shrinking the data keeps the axes', () => {
    const data = datasetOf(drawn());
    const domains = dataDomains(data);
    const cleared = dataDomains(datasetOf(clearPoints(drawn())), domains);
    expect(cleared).toEqual(domains);
    const one = datasetOf(addPoint(clearPoints(drawn()), [0, 0], 1));
    expect(dataDomains(one, domains)).toEqual(domains);
    const far = datasetOf(addPoint(drawn(), [100, 0], 1));
    expect(dataDomains(far, domains).x[1]).toBeGreaterThanOrEqual(100);
    expect(fitFeatureMap(data, features).inputCount).toBe(2);
  });
});

describe('tidyCoordinate', () => {
  it('rounds to a thousandth of the span, to a power of ten', () => {
    expect(tidyCoordinate(2.3471862, 8)).toBe(2.347);
    expect(tidyCoordinate(2.3471862, 80)).toBe(2.35);
    expect(tidyCoordinate(1234.5678, 5000)).toBe(1235);
    expect(tidyCoordinate(0.000123456, 0.001)).toBe(0.000123);
  });

  it('stays within half a step of the value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        (value, span) => {
          const step = 10 ** (Math.floor(Math.log10(span)) - 3);
          expect(Math.abs(tidyCoordinate(value, span) - value)).toBeLessThanOrEqual(
            step / 2 + 1e-9 * Math.abs(value),
          );
        },
      ),
    );
  });
});
