import { describe, expect, it } from 'vitest';
import { BASE_PLOT_FONT, plotFontSize, scaleMargin } from '../../../src/ui/plot/figureType';
import { plotLayout } from '../../../src/ui/data/layout';

describe('plotFontSize', () => {
  it('draws 20 px labels on a 1080p projector in presentation mode', () => {
    expect(plotFontSize(true, 1920)).toBe(20);
  });

  it('never draws below the design size, and grows little outside presentation', () => {
    for (const width of [390, 1024, 1280, 1366, 1920, 2560, 3840]) {
      expect(plotFontSize(false, width)).toBeGreaterThanOrEqual(BASE_PLOT_FONT);
      expect(plotFontSize(false, width)).toBeLessThanOrEqual(15);
      expect(plotFontSize(true, width)).toBeGreaterThanOrEqual(14);
    }
  });
});

describe('scaleMargin', () => {
  it('keeps the margins at the design size and grows them with the labels', () => {
    const margin = { top: 10, right: 12, bottom: 42, left: 52 };
    expect(scaleMargin(margin, BASE_PLOT_FONT)).toEqual(margin);
    expect(scaleMargin(margin, 2 * BASE_PLOT_FONT)).toEqual({
      top: 20,
      right: 24,
      bottom: 84,
      left: 104,
    });
  });
});

describe('the data figure fitted to a box', () => {
  it('follows the width alone in the page’s flow', () => {
    const layout = plotLayout(500);
    expect(layout.width).toBe(500);
  });

  it('is never taller than the room it is given, and as wide as that allows', () => {
    for (const [width, height] of [
      [600, 300],
      [400, 700],
      [900, 420],
      [300, 260],
    ]) {
      const layout = plotLayout(width, undefined, height);
      expect(layout.height).toBeLessThanOrEqual(height);
      expect(layout.width).toBeLessThanOrEqual(width);
      // Either the width or the height is used up (to a pixel of rounding).
      expect(Math.max(layout.width / width, layout.height / height)).toBeGreaterThan(0.97);
    }
  });
});
