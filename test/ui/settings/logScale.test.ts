import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromStep,
  LEARNING_RATE_SCALE,
  stepCount,
  toStep,
  trackFraction,
} from '../../../src/ui/settings/logScale';

describe('the learning rate’s log scale', () => {
  it('spans 1e-4 to 100', () => {
    expect(fromStep(LEARNING_RATE_SCALE, 0)).toBe(1e-4);
    expect(fromStep(LEARNING_RATE_SCALE, stepCount(LEARNING_RATE_SCALE))).toBe(100);
    expect(toStep(LEARNING_RATE_SCALE, 1)).toBe(4 * 24);
  });

  it('a step and its value map back to each other', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: stepCount(LEARNING_RATE_SCALE) }), (step) => {
        expect(toStep(LEARNING_RATE_SCALE, fromStep(LEARNING_RATE_SCALE, step))).toBe(step);
      }),
    );
  });

  it('clamps values beyond the ends, and places marks along the track', () => {
    expect(toStep(LEARNING_RATE_SCALE, 1000)).toBe(stepCount(LEARNING_RATE_SCALE));
    expect(toStep(LEARNING_RATE_SCALE, 1e-9)).toBe(0);
    expect(trackFraction(LEARNING_RATE_SCALE, 1)).toBeCloseTo(4 / 6, 12);
    expect(trackFraction(LEARNING_RATE_SCALE, 1000)).toBeNull();
    expect(trackFraction(LEARNING_RATE_SCALE, NaN)).toBeNull();
  });
});
