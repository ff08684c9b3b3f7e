import { describe, expect, it } from 'vitest';
import { TOOLTIP_OFFSET, tooltipPosition } from '../../../src/ui/data/tooltipPlacement';

const box = { width: 400, height: 300 };
const tip = { width: 150, height: 100 };

describe('tooltipPosition', () => {
  it('tooltipPosition puts the tooltip below and to the right of the point when it fits', () => {
    expect(tooltipPosition(50, 40, tip, box)).toEqual({
      left: 50 + TOOLTIP_OFFSET,
      top: 40 + TOOLTIP_OFFSET,
    });
  });

  it('tooltipPosition flips to the left and above near the right and bottom edges', () => {
    expect(tooltipPosition(380, 280, tip, box)).toEqual({
      left: 380 - TOOLTIP_OFFSET - 150,
      top: 280 - TOOLTIP_OFFSET - 100,
    });
  });

  it('tooltipPosition keeps the tooltip inside the figure when neither side has room', () => {
    const wide = { width: 300, height: 100 };
    const { left } = tooltipPosition(200, 40, wide, box);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + wide.width).toBeLessThanOrEqual(box.width);
  });
});
