import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colorMask, discStamp, haloScale, maskHalos } from '../../../src/ui/data/haloRaster';

const sizes = { pointRadius: 2, haloMaxRadius: 6 };

describe('discStamp', () => {
  it('discStamp(r) is full inside the disc, empty outside, and graded across its edge', () => {
    const { half, coverage } = discStamp(3);
    const side = 2 * half + 1;
    const at = (dx: number, dy: number) => coverage[(dy + half) * side + dx + half];
    expect(at(0, 0)).toBe(255);
    expect(at(2, 0)).toBe(255);
    // Distance 3 from the centre: half covered.
    expect(at(3, 0)).toBe(128);
    expect(at(3, 3)).toBe(0);
    // Symmetric.
    expect(at(-2, 1)).toBe(at(2, -1));
  });
});

describe('maskHalos', () => {
  it('maskHalos draws a disc of the halo’s radius around each point', () => {
    const mask = new Uint8Array(20 * 20);
    maskHalos(mask, 20, 20, Float64Array.from([10.5, 10.5]), Float64Array.from([1]), sizes);
    // |weight| = 1: the largest halo, radius 6.
    expect(mask[10 * 20 + 10]).toBe(255);
    expect(mask[10 * 20 + 15]).toBe(255);
    expect(mask[10 * 20 + 18]).toBe(0);
    expect(mask[2 * 20 + 10]).toBe(0);
  });

  it('maskHalos leaves no halo for a weight of 0, and keeps the largest coverage where halos overlap', () => {
    const mask = new Uint8Array(30 * 10);
    maskHalos(
      mask,
      30,
      10,
      Float64Array.from([5.5, 5.5, 9.5, 5.5, 25.5, 5.5]),
      Float64Array.from([1, 1, 0]),
      sizes,
    );
    // Between the two overlapping halos: full, not more (a union, not a sum).
    expect(mask[5 * 30 + 7]).toBe(255);
    expect(Math.max(...mask.slice(5 * 30 + 20, 5 * 30 + 30))).toBe(0);
  });

  it('maskHalos clips halos at the mask’s edges', () => {
    const mask = new Uint8Array(8 * 8);
    expect(() =>
      maskHalos(mask, 8, 8, Float64Array.from([0, 0, 7.9, 7.9]), Float64Array.from([1, 1]), sizes),
    ).not.toThrow();
    expect(mask[0]).toBe(255);
    expect(mask[63]).toBe(255);
  });

  it('maskHalos with scale 0.5 draws the same halos on a mask half as fine', () => {
    const mask = new Uint8Array(10 * 10);
    maskHalos(mask, 10, 10, Float64Array.from([10, 10]), Float64Array.from([1]), sizes, 0.5);
    // Radius 6 becomes 3 mask pixels, around mask pixel (5, 5).
    expect(mask[5 * 10 + 5]).toBe(255);
    expect(mask[5 * 10 + 7]).toBe(255);
    expect(mask[5 * 10 + 9]).toBe(0);
  });

  it('maskHalos on points crowding the mask is the union of each point’s halo drawn alone', () => {
    // Enough points for the mask (32 × 32) to be crowded, so discs dominated on their pixel are
    // skipped: losslessly. Small halos on 16 pixels 8 apart, so no neighbour hides a disc's edge.
    const small = { pointRadius: 1, haloMaxRadius: 3 };
    const side = 32;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: 0, max: 3 }),
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: -1, max: 1, noNaN: true }),
          ),
          { minLength: 130, maxLength: 200 },
        ),
        fc.constantFrom(1, 0.5),
        (points, scale) => {
          const at = (k: number, offset: number) => (8 * k + 4 + offset) / scale;
          const positions = Float64Array.from(points.flatMap(([i, j, u]) => [at(i, u), at(j, u)]));
          const weights = Float64Array.from(points.map(([, , , w]) => w));
          const all = new Uint8Array(side * side);
          maskHalos(all, side, side, positions, weights, small, scale);
          const union = new Uint8Array(side * side);
          const alone = new Uint8Array(side * side);
          points.forEach((_, k) => {
            alone.fill(0);
            const one = positions.subarray(2 * k, 2 * k + 2);
            maskHalos(alone, side, side, one, weights.subarray(k, k + 1), small, scale);
            for (let m = 0; m < union.length; m++) union[m] = Math.max(union[m], alone[m]);
          });
          expect(Array.from(all)).toEqual(Array.from(union));
        },
      ),
    );
  });

  it('haloScale is full resolution up to a thousand points and half beyond', () => {
    expect(haloScale(100)).toBe(1);
    expect(haloScale(1000)).toBe(1);
    expect(haloScale(10000)).toBe(0.5);
  });
});

describe('colorMask', () => {
  it('colorMask paints the mask in one colour, opacity scaled by coverage', () => {
    const pixels = new Uint8ClampedArray(8);
    colorMask(Uint8Array.from([255, 0]), pixels, { r: 0, g: 158, b: 115 }, 0.4);
    expect(Array.from(pixels)).toEqual([0, 158, 115, 102, 0, 158, 115, 0]);
  });

  it('colorMask writes, for every coverage, the pixel byte by byte writing would, aligned or not', () => {
    const color = { r: 213, g: 94, b: 0 };
    const opacity = 0.37;
    const mask = Uint8Array.from({ length: 256 }, (_, c) => 255 - c);
    const expected = new Uint8ClampedArray(4 * 256);
    for (let k = 0; k < 256; k++) {
      expected.set([color.r, color.g, color.b], 4 * k);
      expected[4 * k + 3] = mask[k] * opacity;
    }
    const aligned = new Uint8ClampedArray(4 * 256);
    colorMask(mask, aligned, color, opacity);
    expect(Array.from(aligned)).toEqual(Array.from(expected));
    // A view one byte into its buffer cannot be written as 32-bit words.
    const unaligned = new Uint8ClampedArray(new ArrayBuffer(4 * 256 + 1), 1, 4 * 256);
    colorMask(mask, unaligned, { ...color }, opacity);
    expect(Array.from(unaligned)).toEqual(Array.from(expected));
    // Another colour after the first is not served the first's pixels.
    colorMask(mask.subarray(0, 1), aligned, { r: 1, g: 2, b: 3 }, opacity);
    expect(Array.from(aligned.subarray(0, 4))).toEqual([1, 2, 3, 94]);
  });
});
