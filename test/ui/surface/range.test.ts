import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanePoint, PlaneRange } from '../../../src/ui/surface/range';
import {
  MAX_ASPECT_STRETCH,
  MAX_EXTENT,
  MAX_ZOOM,
  MIN_SPAN,
  MIN_ZOOM,
  PADDING,
  expandToInclude,
  fitAspect,
  nextRangeState,
  rangeAround,
  zoomAround,
} from '../../../src/ui/surface/range';

const inside = (range: PlaneRange, p: PlanePoint) =>
  p.x >= range.x.min && p.x <= range.x.max && p.y >= range.y.min && p.y <= range.y.max;

describe('rangeAround', () => {
  it('rangeAround(points) holds every point with PADDING of the span on each side', () => {
    const range = rangeAround([
      { x: 0, y: 0 },
      { x: 10, y: 5 },
    ]);
    expect(range.x.min).toBeCloseTo(-10 * PADDING);
    expect(range.x.max).toBeCloseTo(10 + 10 * PADDING);
    expect(range.y.min).toBeCloseTo(-5 * PADDING);
    expect(range.y.max).toBeCloseTo(5 + 5 * PADDING);
  });

  it('rangeAround(one point) is MIN_SPAN wide around it', () => {
    const range = rangeAround([{ x: 1, y: -2 }]);
    expect(range.x).toEqual({ min: 1 - MIN_SPAN / 2, max: 1 + MIN_SPAN / 2 });
    expect(range.y).toEqual({ min: -2 - MIN_SPAN / 2, max: -2 + MIN_SPAN / 2 });
  });

  it('rangeAround ignores non-finite points and clamps huge ones to MAX_EXTENT', () => {
    const range = rangeAround([
      { x: 0, y: 0 },
      { x: NaN, y: 1 },
      { x: Infinity, y: 0 },
      { x: 1e300, y: 1 },
    ]);
    expect(Number.isFinite(range.x.max)).toBe(true);
    expect(range.x.max).toBeLessThanOrEqual(MAX_EXTENT * (1 + PADDING));
  });

  it('rangeAround([]) is a range around 0', () => {
    expect(inside(rangeAround([]), { x: 0, y: 0 })).toBe(true);
  });
});

describe('expandToInclude', () => {
  const range = rangeAround([
    { x: -1, y: -1 },
    { x: 1, y: 1 },
  ]);

  it('expandToInclude returns the same range when every point is inside (no re-range per frame)', () => {
    expect(expandToInclude(range, [{ x: 0.5, y: -0.5 }])).toBe(range);
  });

  it('expandToInclude grows only the side the point left, with room beyond it', () => {
    const grown = expandToInclude(range, [{ x: 5, y: 0 }]);
    expect(grown.x.min).toBe(range.x.min);
    expect(grown.x.max).toBeGreaterThan(5);
    expect(grown.y).toBe(range.y);
  });
});

describe('nextRangeState', () => {
  it('nextRangeState keeps the state while the key holds and the points stay inside', () => {
    const first = nextRangeState(null, 'run1', [{ x: 0, y: 0 }], () => [{ x: 3, y: 2 }]);
    expect(inside(first.range, { x: 3, y: 2 })).toBe(true);
    const again = nextRangeState(first, 'run1', [{ x: 1, y: 1 }], () => []);
    expect(again).toBe(first);
  });

  it('nextRangeState chooses afresh for a new key (a new run or other axes)', () => {
    const first = nextRangeState(null, 'run1', [{ x: 0, y: 0 }], () => [{ x: 30, y: 20 }]);
    const next = nextRangeState(first, 'run2', [{ x: 0, y: 0 }], () => []);
    expect(next.key).toBe('run2');
    expect(next.range.x.max).toBeLessThan(first.range.x.max);
  });
});

describe('fitAspect', () => {
  it('fitAspect widens the narrower axis so a θ unit is as long on both', () => {
    const range = { x: { min: 0, max: 4 }, y: { min: 0, max: 4 } };
    const fitted = fitAspect(range, 400, 300);
    expect((fitted.x.max - fitted.x.min) / 400).toBeCloseTo((fitted.y.max - fitted.y.min) / 300);
    // Centred on the original range, and never narrower.
    expect((fitted.x.min + fitted.x.max) / 2).toBeCloseTo(2);
    expect(fitted.x.max - fitted.x.min).toBeGreaterThanOrEqual(4);
    expect(fitted.y).toBe(range.y);
  });

  it('fitAspect leaves axes of very different scales on their own scales', () => {
    const range = { x: { min: -30, max: 0 }, y: { min: 0, max: 0.5 } };
    expect(fitAspect(range, 400, 300)).toBe(range);
    expect(MAX_ASPECT_STRETCH).toBeGreaterThan(1);
  });
});

describe('zoomAround', () => {
  const framing: PlaneRange = { x: { min: -2, max: 6 }, y: { min: -1, max: 3 } };

  it('divides both spans by the factor, centred on the point', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true }),
        (x, y, factor) => {
          const zoomed = zoomAround(framing, { x, y }, factor);
          expect(zoomed.x.max - zoomed.x.min).toBeCloseTo(8 / factor, 9);
          expect(zoomed.y.max - zoomed.y.min).toBeCloseTo(4 / factor, 9);
          expect((zoomed.x.min + zoomed.x.max) / 2).toBeCloseTo(x, 9);
          expect((zoomed.y.min + zoomed.y.max) / 2).toBeCloseTo(y, 9);
        },
      ),
    );
  });

  it('keeps the factor within MIN_ZOOM and MAX_ZOOM, and a non-finite centre at the middle', () => {
    const far = zoomAround(framing, { x: 0, y: 0 }, 1e9);
    expect(far.x.max - far.x.min).toBeCloseTo(8 / MAX_ZOOM, 12);
    const out = zoomAround(framing, { x: 0, y: 0 }, 1e-9);
    expect(out.x.max - out.x.min).toBeCloseTo(8 / MIN_ZOOM, 9);
    const nan = zoomAround(framing, { x: Number.NaN, y: Infinity }, 2);
    expect(nan).toEqual({ x: { min: 0, max: 4 }, y: { min: 0, max: 2 } });
  });
});
