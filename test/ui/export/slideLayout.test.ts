import { describe, expect, it } from 'vitest';
import type { SlideSpec } from '../../../src/ui/export/slideLayout';
import { SLIDE, slideLayout } from '../../../src/ui/export/slideLayout';

/** A slide with round numbers: the space for the figure is 800 × 400 from (100, 150). */
const SPEC: SlideSpec = {
  width: 1000,
  height: 700,
  padding: 100,
  titleSize: 40, // heading line 50, then the gap
  captionSize: 40, // caption line 50, then the gap
  gap: 0,
};

describe('slideLayout', () => {
  it('is 16:9 at 1920 × 1080 by default', () => {
    const layout = slideLayout({ width: 400, height: 300 });
    expect([layout.width, layout.height]).toEqual([1920, 1080]);
    expect(SLIDE.width / SLIDE.height).toBeCloseTo(16 / 9, 12);
  });

  it('scales a wide figure to the full width and centres it vertically', () => {
    const { figure } = slideLayout({ width: 400, height: 100 }, SPEC);
    expect(figure.scale).toBe(2);
    expect(figure.x).toBe(100);
    // 400 px tall space, 200 px of figure: 100 above and below it.
    expect(figure.y).toBe(150 + 100);
  });

  it('scales a tall figure to the full height and centres it horizontally', () => {
    const { figure } = slideLayout({ width: 100, height: 200 }, SPEC);
    expect(figure.scale).toBe(2);
    expect(figure.y).toBe(150);
    expect(figure.x).toBe(100 + (800 - 200) / 2);
  });

  it('shrinks a figure larger than the slide', () => {
    const { figure } = slideLayout({ width: 3200, height: 800 }, SPEC);
    expect(figure.scale).toBe(0.25);
  });

  it('keeps the figure between the heading and the caption, inside the padding', () => {
    for (const size of [
      { width: 560, height: 420 },
      { width: 1200, height: 192 },
      { width: 300, height: 900 },
    ]) {
      const layout = slideLayout(size);
      const { x, y, scale } = layout.figure;
      expect(x).toBeGreaterThanOrEqual(SLIDE.padding - 1e-9);
      expect(x + size.width * scale).toBeLessThanOrEqual(SLIDE.width - SLIDE.padding + 1e-9);
      expect(y).toBeGreaterThan(layout.title.y);
      expect(y + size.height * scale).toBeLessThan(layout.caption.y - layout.caption.size);
      // Uniform scaling fills one of the two directions exactly.
      const fillsWidth = Math.abs(size.width * scale - (SLIDE.width - 2 * SLIDE.padding)) < 1e-9;
      const centredX = Math.abs(x - (SLIDE.width - size.width * scale) / 2) < 1e-9;
      expect(fillsWidth || centredX).toBe(true);
    }
  });

  it('puts the heading at the top left and the caption at the bottom left', () => {
    const layout = slideLayout({ width: 400, height: 300 }, SPEC);
    expect(layout.title).toEqual({ x: 100, y: 140, size: 40 });
    expect(layout.caption).toEqual({ x: 100, y: 590, size: 40 });
  });

  it('refuses a figure without area', () => {
    expect(() => slideLayout({ width: 0, height: 300 })).toThrow(RangeError);
    expect(() => slideLayout({ width: 300, height: Number.NaN })).toThrow(RangeError);
  });
});
