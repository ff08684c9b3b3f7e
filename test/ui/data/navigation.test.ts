import { describe, expect, it } from 'vitest';
import {
  extremePoint,
  navigate,
  nearestPoint,
  neighbourInDirection,
} from '../../../src/ui/data/navigation';

/** Pixel positions, x then y per point (y down). */
const at = (...points: [number, number][]) => Float64Array.from(points.flat());

describe('nearestPoint', () => {
  const positions = at([10, 10], [50, 10], [30, 40]);

  it('nearestPoint(positions, x, y, reach) finds the closest point within reach', () => {
    expect(nearestPoint(positions, 12, 11, 14)).toBe(0);
    expect(nearestPoint(positions, 45, 14, 14)).toBe(1);
    expect(nearestPoint(positions, 30, 30, 14)).toBe(2);
  });

  it('nearestPoint returns −1 when no point is within reach', () => {
    expect(nearestPoint(positions, 30, 20, 5)).toBe(-1);
    expect(nearestPoint(new Float64Array(0), 0, 0, 100)).toBe(-1);
  });
});

describe('neighbourInDirection', () => {
  //   0 . 1
  //   . 2 .
  //   3 . 4      (50 px apart), and 5 far to the right but slightly above 2.
  const positions = at([0, 0], [100, 0], [50, 50], [0, 100], [100, 100], [400, 45]);

  it('→ from a point goes to the point ahead with the least sideways offset, weighted', () => {
    // From 0: 1 is straight right (100 px); 2 is closer in distance but 50 px sideways.
    expect(neighbourInDirection(positions, 0, 'right')).toBe(1);
    expect(neighbourInDirection(positions, 2, 'right')).toBe(1);
  });

  it('arrows move in screen directions: ↓ increases y, ↑ decreases it', () => {
    expect(neighbourInDirection(positions, 0, 'down')).toBe(3);
    expect(neighbourInDirection(positions, 3, 'up')).toBe(0);
    expect(neighbourInDirection(positions, 4, 'left')).toBe(3);
  });

  it('reaches points off the axis when nothing lies straight ahead', () => {
    expect(neighbourInDirection(positions, 1, 'right')).toBe(5);
  });

  it('stays at the point when nothing lies ahead', () => {
    expect(neighbourInDirection(positions, 5, 'right')).toBe(5);
    expect(neighbourInDirection(positions, 0, 'up')).toBe(0);
  });
});

describe('extremePoint and navigate', () => {
  const positions = at([30, 0], [10, 5], [90, 5], [10, 9]);

  it('extremePoint gives the left-most and right-most point, the lower index on ties', () => {
    expect(extremePoint(positions, 'left')).toBe(1);
    expect(extremePoint(positions, 'right')).toBe(2);
    expect(extremePoint(new Float64Array(0), 'left')).toBe(-1);
  });

  it('navigate maps arrows, Home and End, and ignores every other key', () => {
    expect(navigate(positions, 0, 'ArrowRight')).toBe(2);
    expect(navigate(positions, 0, 'ArrowLeft')).toBe(1);
    expect(navigate(positions, 1, 'ArrowDown')).toBe(3);
    expect(navigate(positions, 2, 'Home')).toBe(1);
    expect(navigate(positions, 0, 'End')).toBe(2);
    expect(navigate(positions, 0, ' ')).toBeNull();
    expect(navigate(positions, 0, 'r')).toBeNull();
  });

  it('navigate starts from the first point when the highlighted one is out of range', () => {
    expect(navigate(positions, 99, 'ArrowRight')).toBe(2);
    expect(navigate(new Float64Array(0), 0, 'ArrowRight')).toBeNull();
  });
});
