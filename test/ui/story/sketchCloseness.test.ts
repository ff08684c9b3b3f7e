import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FeatureMap } from '../../../src/engine';
import { monomialExponents } from '../../../src/engine/features';
import type { DataPoint, PlotDomains } from '../../../src/ui/story/sketchCloseness';
import {
  CLOSE,
  closesOnItself,
  distanceToLines,
  distanceToSegment,
  measureSketch,
  modelBoundary,
  RIGHT_IDEA,
  sketchCloseness,
  VERY_CLOSE,
} from '../../../src/ui/story/sketchCloseness';

/** Raw degree-2 features of two inputs, not standardized: θ is the conic's own coefficients. */
const QUADRATIC: FeatureMap = {
  settings: { standardize: false, degree: 2 },
  inputCount: 2,
  exponents: monomialExponents(2, 2),
  names: ['x1', 'x2', 'x1²', 'x1·x2', 'x2²'],
  mean: new Float64Array(5),
  scale: new Float64Array(5).fill(1),
};

/** θ for z = R² − (x1 − a)² − (x2 − c)²: class 1 inside the circle of radius R around (a, c). */
function circleTheta(a: number, c: number, r: number): Float64Array {
  return Float64Array.from([r * r - a * a - c * c, 2 * a, 2 * c, -1, 0, -1]);
}

/** θ for the line z = x1 − x2·slope − offset. */
function lineTheta(slope: number, offset: number): Float64Array {
  return Float64Array.from([-offset, 1, -slope, 0, 0, 0]);
}

const SQUARE: PlotDomains = { x: [-1, 1], y: [-1, 1] };

function circle(a: number, c: number, r: number, vertices = 60, turn = 1): DataPoint[] {
  return Array.from({ length: vertices }, (_, k) => {
    const angle = (2 * Math.PI * turn * k) / (vertices - 1);
    return [a + r * Math.cos(angle), c + r * Math.sin(angle)] as const;
  });
}

describe('distances to the boundary', () => {
  it('a segment: perpendicular inside it, to the nearer end outside it', () => {
    expect(distanceToSegment([0.5, 2], [0, 0], [1, 0])).toBeCloseTo(2, 12);
    expect(distanceToSegment([4, 4], [0, 0], [1, 0])).toBeCloseTo(5, 12);
    expect(distanceToSegment([3, 4], [0, 0], [0, 0])).toBeCloseTo(5, 12);
  });

  it('is never more than the distance to any vertex, and 0 on a vertex (property)', () => {
    const point = fc.tuple(
      fc.double({ min: -10, max: 10, noNaN: true }),
      fc.double({ min: -10, max: 10, noNaN: true }),
    );
    fc.assert(
      fc.property(point, fc.array(point, { minLength: 2, maxLength: 8 }), (p, line) => {
        const d = distanceToLines(p, [line]);
        for (const v of line)
          expect(d).toBeLessThanOrEqual(Math.hypot(p[0] - v[0], p[1] - v[1]) + 1e-9);
        expect(distanceToLines(line[0], [line])).toBeCloseTo(0, 9);
      }),
    );
  });
});

describe('the model’s boundary, traced as the figure traces it', () => {
  it('a circle of the degree-2 model is one closed loop at its radius', () => {
    const boundary = modelBoundary(QUADRATIC, circleTheta(0.1, -0.2, 0.5), SQUARE);
    expect(boundary).toHaveLength(1);
    expect(boundary[0].closed).toBe(true);
    for (const [x, y] of boundary[0].points) {
      expect(Math.hypot(x - 0.1, y + 0.2)).toBeCloseTo(0.5, 2);
    }
  });

  it('a line crosses the plot and is not closed', () => {
    const boundary = modelBoundary(QUADRATIC, lineTheta(1, 0), SQUARE);
    expect(boundary.length).toBeGreaterThan(0);
    expect(boundary.every((line) => !line.closed)).toBe(true);
    for (const line of boundary) for (const [x, y] of line.points) expect(x - y).toBeCloseTo(0, 6);
  });

  it('no boundary in the plot: nothing to compare', () => {
    const outside = modelBoundary(QUADRATIC, circleTheta(5, 5, 0.5), SQUARE);
    expect(outside).toEqual([]);
    expect(measureSketch(circle(0, 0, 0.5), outside, SQUARE)).toBeNull();
    expect(sketchCloseness(null)).toMatch(/not inside the plot/);
  });
});

describe('a sketch against the boundary', () => {
  it('a concentric circle is off by the difference of the radii, in shares of the plot (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.3, max: 0.3, noNaN: true }),
        fc.double({ min: -0.3, max: 0.3, noNaN: true }),
        fc.double({ min: 0.2, max: 0.6, noNaN: true }),
        fc.double({ min: 0.05, max: 0.65, noNaN: true }),
        (a, c, r, drawn) => {
          const boundary = modelBoundary(QUADRATIC, circleTheta(a, c, r), SQUARE);
          const measure = measureSketch(circle(a, c, drawn), boundary, SQUARE);
          expect(measure).not.toBeNull();
          // The plot is 2 wide: a distance of |R − r| is |R − r| / 2 of the way across. The
          // contour is straight within each of the 80 cells, so it is within a few thousandths.
          expect(Math.abs(measure!.meanDistance - Math.abs(r - drawn) / 2)).toBeLessThan(0.004);
          expect(measure!.sketchClosed).toBe(true);
          expect(measure!.boundaryClosed).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('measures in shares of each axis, whatever the units', () => {
    const wide: PlotDomains = { x: [-100, 100], y: [-1, 1] };
    const boundary = modelBoundary(QUADRATIC, lineTheta(0, 0), wide);
    // The boundary is x1 = 0; a vertical sketch at x1 = 20 is a tenth of the way across.
    const sketch: DataPoint[] = [
      [20, -0.5],
      [20, 0.5],
    ];
    expect(measureSketch(sketch, boundary, wide)!.meanDistance).toBeCloseTo(0.1, 3);
  });

  it('words: very close, close, the right idea, far off; and whether it has the shape', () => {
    const boundary = modelBoundary(QUADRATIC, circleTheta(0, 0, 0.5), SQUARE);
    const say = (sketch: DataPoint[]) => sketchCloseness(measureSketch(sketch, boundary, SQUARE));
    // Radii off by 2 × the share: within each band, the words that band says.
    expect(say(circle(0, 0, 0.5 + VERY_CLOSE))).toMatch(
      /^Very close: on average your sketch is about [1-3]% of the way across the plot from the boundary\. It closes on itself, like the boundary\.$/,
    );
    expect(say(circle(0, 0, 0.5 + (VERY_CLOSE + CLOSE)))).toMatch(/^Close: .* about [4-8]% /);
    expect(say(circle(0, 0, 0.5 + (CLOSE + RIGHT_IDEA)))).toMatch(
      /^The right idea, but off by about \d+% of the way across the plot on average\./,
    );
    expect(say(circle(0.8, 0.8, 0.1))).toMatch(/^Far off: /);
    // Half a circle on the boundary: close, but not the shape.
    expect(say(circle(0, 0, 0.5, 30, 0.5))).toMatch(
      /^Very close: .* The boundary closes on itself; your sketch does not\.$/,
    );
    const line = modelBoundary(QUADRATIC, lineTheta(1, 0), SQUARE);
    expect(sketchCloseness(measureSketch(circle(0, 0, 0.3), line, SQUARE))).toMatch(
      /Your sketch closes on itself; the boundary does not/,
    );
    const diagonal: DataPoint[] = [
      [-0.8, -0.8],
      [0, 0],
      [0.8, 0.8],
    ];
    expect(sketchCloseness(measureSketch(diagonal, line, SQUARE))).toMatch(
      /^Very close: .* Like the boundary, it runs across the plot without closing\.$/,
    );
  });

  it('a stroke closes on itself when its ends meet, not as a "C" or a dot', () => {
    expect(closesOnItself(circle(0, 0, 0.4))).toBe(true);
    expect(closesOnItself(circle(0, 0, 0.4, 40, 0.75))).toBe(false);
    expect(closesOnItself(circle(0, 0, 0.001))).toBe(false);
    expect(
      closesOnItself([
        [0, 0],
        [0.5, 0],
        [1, 0],
      ]),
    ).toBe(false);
  });
});
