import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  pixelToPlane,
  planeScales,
  plotLayout,
  projectTheta,
  thetaAt,
} from '../../../src/ui/surface/projection';

const layout = plotLayout(400, 300, { top: 10, right: 10, bottom: 40, left: 50 });
const range = { x: { min: -1, max: 3 }, y: { min: -2, max: 2 } };
const scales = planeScales(range, layout);

describe('plotLayout and planeScales', () => {
  it('plotLayout leaves the margins around the plot area', () => {
    expect(layout.plotWidth).toBe(340);
    expect(layout.plotHeight).toBe(250);
  });

  it('planeScales maps the range onto the plot area, y upwards', () => {
    expect(scales.x(-1)).toBe(0);
    expect(scales.x(3)).toBe(340);
    expect(scales.y(-2)).toBe(250);
    expect(scales.y(2)).toBe(0);
  });

  it('pixelToPlane inverts the scales: θ → pixel → θ is the identity', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 3, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        (x, y) => {
          const p = pixelToPlane(scales, scales.x(x), scales.y(y));
          expect(p.x).toBeCloseTo(x, 9);
          expect(p.y).toBeCloseTo(y, 9);
        },
      ),
    );
  });

  it('pixelToPlane of the plot centre is the range centre', () => {
    expect(pixelToPlane(scales, 170, 125)).toEqual({ x: 1, y: 0 });
  });
});

describe('θ and the plane', () => {
  it('projectTheta reads the two axis parameters', () => {
    expect(projectTheta([0.5, 1, 2], { x: 1, y: 2 })).toEqual({ x: 1, y: 2 });
    expect(projectTheta([0.5, 1, 2], { x: 2, y: 0 })).toEqual({ x: 2, y: 0.5 });
  });

  it('thetaAt replaces the two axis parameters and keeps the others (a click on the surface)', () => {
    const theta = Float64Array.from([0.25, 1, 2, 3]);
    expect(thetaAt(theta, { x: 1, y: 3 }, { x: -5, y: 7 })).toEqual([0.25, -5, 2, 7]);
    // The snapshot's θ is not modified.
    expect(Array.from(theta)).toEqual([0.25, 1, 2, 3]);
  });
});
