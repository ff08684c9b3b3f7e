import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitFeatureMap, generatePreset } from '../../../src/engine';
import type { Dataset } from '../../../src/engine';
import { dragMarkOf, withMovedPoint } from '../../../src/ui/data/dragPreview';
import { dataDomains, geometryOf, screenGeometry } from '../../../src/ui/data/geometry';

/** The screen of `data` drawn in the axes of `axes` (a drag keeps the axes it began with). */
function screenOf(data: Dataset, axes: Dataset) {
  const map = fitFeatureMap(axes, { standardize: true, degree: 1 });
  const geometry = geometryOf(axes.featureNames, map, dataDomains(axes));
  if (!geometry) throw new Error('no geometry');
  return { geometry, screen: screenGeometry(data, geometry, 640, { height: 480 }) };
}

describe('the mark of a point dragged over many points', () => {
  it('is where the figure will draw the point once the drag is dropped, and starts where it was', () => {
    for (const [preset, d] of [
      ['twoBlobs', 2],
      ['oneFeature', 1],
    ] as const) {
      const data = generatePreset(preset, { n: 300, noise: 1, seed: 3 });
      const before = screenOf(data, data);
      fc.assert(
        fc.property(
          fc.nat({ max: data.n - 1 }),
          fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: d, maxLength: d }),
          (index, x) => {
            const mark = dragMarkOf({ index, x }, before.screen, before.geometry, data);
            // The drop draws the moved data in the axes the drag began with.
            const after = screenGeometry(withMovedPoint(data, index, x), before.geometry, 640, {
              height: 480,
            });
            expect(mark).not.toBeNull();
            expect(mark?.x).toBeCloseTo(after.positions[2 * index], 9);
            expect(mark?.y).toBeCloseTo(after.positions[2 * index + 1], 9);
            expect(mark?.fromX).toBe(before.screen.positions[2 * index]);
            expect(mark?.fromY).toBe(before.screen.positions[2 * index + 1]);
            expect(mark?.label).toBe(data.labels[index]);
          },
        ),
        { numRuns: 50 },
      );
    }
  });

  it('is none for a point that is not there, and moving a point copies the data', () => {
    const data = generatePreset('twoBlobs', { n: 50, noise: 1, seed: 1 });
    const { screen, geometry } = screenOf(data, data);
    expect(dragMarkOf({ index: 50, x: [0, 0] }, screen, geometry, data)).toBeNull();
    const heldOut = new Uint8Array(50);
    heldOut[7] = 1;
    expect(dragMarkOf({ index: 7, x: [0, 0] }, screen, geometry, data, heldOut)?.heldOut).toBe(
      true,
    );
    expect(dragMarkOf({ index: 6, x: [0, 0] }, screen, geometry, data, heldOut)?.heldOut).toBe(
      false,
    );
    const features = data.features.slice();
    const moved = withMovedPoint(data, 7, [1.5, -2]);
    expect(Array.from(moved.features.subarray(14, 16))).toEqual([1.5, -2]);
    expect(data.features).toEqual(features);
    expect(moved.labels).toBe(data.labels);
  });
});
