import { describe, expect, it } from 'vitest';
import {
  MIN_ARROW_PIXELS,
  arrowHeadPoints,
  stepArrow,
} from '../../../src/ui/surface/gradientArrow';
import { planeScales, plotLayout } from '../../../src/ui/surface/projection';

// 100 pixels per θ unit on both axes.
const scales = planeScales(
  { x: { min: 0, max: 4 }, y: { min: 0, max: 3 } },
  plotLayout(400, 300, { top: 0, right: 0, bottom: 0, left: 0 }),
);

describe('stepArrow', () => {
  it('stepArrow draws the step −η∇J to scale when it is long enough', () => {
    const arrow = stepArrow({ x: 1, y: 1 }, { x: 0.5, y: 0.25 }, scales, 500);
    expect(arrow?.scale).toBe(1);
    expect(arrow?.x1).toBeCloseTo(100);
    expect(arrow?.y1).toBeCloseTo(200);
    expect(arrow?.x2).toBeCloseTo(150);
    // y grows upwards in θ, downwards on screen.
    expect(arrow?.y2).toBeCloseTo(175);
  });

  it('stepArrow lengthens a tiny step to MIN_ARROW_PIXELS and says by how much', () => {
    const arrow = stepArrow({ x: 1, y: 1 }, { x: 1e-4, y: 0 }, scales, 500);
    expect(arrow?.x2).toBeCloseTo(100 + MIN_ARROW_PIXELS);
    expect(arrow?.scale).toBeCloseTo(MIN_ARROW_PIXELS / 0.01);
  });

  it('stepArrow shortens a huge step (divergence) to the maximum', () => {
    const arrow = stepArrow({ x: 1, y: 1 }, { x: -1e6, y: 0 }, scales, 250);
    expect(arrow?.x2).toBeCloseTo(100 - 250);
    expect(arrow?.scale).toBeLessThan(1);
  });

  it('stepArrow keeps a tiny step far from the origin (no cancellation)', () => {
    const far = planeScales(
      { x: { min: 1e6, max: 1e6 + 4 }, y: { min: 0, max: 3 } },
      plotLayout(400, 300, { top: 0, right: 0, bottom: 0, left: 0 }),
    );
    const arrow = stepArrow({ x: 1e6 + 1, y: 1 }, { x: 1e-9, y: 0 }, far, 500);
    expect(arrow).not.toBeNull();
    expect(arrow!.x2 - arrow!.x1).toBeCloseTo(MIN_ARROW_PIXELS);
  });

  it('stepArrow is null for a zero or non-finite step', () => {
    expect(stepArrow({ x: 1, y: 1 }, { x: 0, y: 0 }, scales, 500)).toBeNull();
    expect(stepArrow({ x: 1, y: 1 }, { x: NaN, y: 0 }, scales, 500)).toBeNull();
  });

  it('arrowHeadPoints puts the tip at the head', () => {
    const arrow = stepArrow({ x: 1, y: 1 }, { x: 1, y: 0 }, scales, 500)!;
    const [x, y] = arrowHeadPoints(arrow).split(' ')[0].split(',').map(Number);
    expect(x).toBeCloseTo(arrow.x2, 1);
    expect(y).toBeCloseTo(arrow.y2, 1);
  });
});
