import { describe, expect, it } from 'vitest';
import { SLOW_MOTION_SPEED } from '../../src/ui/slowMotion/phases';
import {
  SPEED_NOTCHES,
  describeSpeed,
  notchOfSpeed,
  speedOfNotch,
} from '../../src/ui/transport/speedScale';

describe('the speed scale', () => {
  it('SPEED_NOTCHES run from slow motion, 1 to 1000 iterations/s, increasing, then Infinity', () => {
    expect(SPEED_NOTCHES[0]).toBe(SLOW_MOTION_SPEED);
    expect(SPEED_NOTCHES[1]).toBe(1);
    expect(SPEED_NOTCHES.at(-2)).toBe(1000);
    expect(SPEED_NOTCHES.at(-1)).toBe(Infinity);
    for (let k = 1; k < SPEED_NOTCHES.length; k++) {
      expect(SPEED_NOTCHES[k]).toBeGreaterThan(SPEED_NOTCHES[k - 1]);
    }
  });

  it('SPEED_NOTCHES from 1 on are spaced evenly on a log scale, within a factor of 2.1 per notch', () => {
    for (let k = 2; k < SPEED_NOTCHES.length - 1; k++) {
      const ratio = SPEED_NOTCHES[k] / SPEED_NOTCHES[k - 1];
      expect(ratio).toBeGreaterThanOrEqual(1.5);
      expect(ratio).toBeLessThanOrEqual(2.1);
    }
  });

  it('notchOfSpeed(speedOfNotch(k)) is k for every notch', () => {
    SPEED_NOTCHES.forEach((_, k) => expect(notchOfSpeed(speedOfNotch(k))).toBe(k));
  });

  it('notchOfSpeed(speed) takes the nearest notch on the log scale, clamping the ends', () => {
    expect(notchOfSpeed(30)).toBe(SPEED_NOTCHES.indexOf(30));
    expect(notchOfSpeed(40)).toBe(SPEED_NOTCHES.indexOf(50)); // log-nearer to 50 than to 30
    expect(notchOfSpeed(0.01)).toBe(0);
    expect(notchOfSpeed(0)).toBe(0);
    expect(notchOfSpeed(NaN)).toBe(0);
    expect(notchOfSpeed(1e6)).toBe(SPEED_NOTCHES.indexOf(1000));
    expect(notchOfSpeed(Infinity)).toBe(SPEED_NOTCHES.length - 1);
  });

  it('speedOfNotch(k) clamps and rounds positions off the scale', () => {
    expect(speedOfNotch(-5)).toBe(SLOW_MOTION_SPEED);
    expect(speedOfNotch(99)).toBe(Infinity);
    expect(speedOfNotch(2.4)).toBe(SPEED_NOTCHES[2]);
  });

  it('describeSpeed(speed) reads as a person would say it', () => {
    expect(describeSpeed(1)).toBe('1 iteration/s');
    expect(describeSpeed(30)).toBe('30 iterations/s');
    expect(describeSpeed(Infinity)).toBe('as fast as possible');
    expect(describeSpeed(SLOW_MOTION_SPEED)).toMatch(/^slow motion/);
  });
});
