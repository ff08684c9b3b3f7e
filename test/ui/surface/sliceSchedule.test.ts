import { describe, expect, it } from 'vitest';
import type { Objective } from '../../../src/engine';
import type { SurfaceGrid } from '../../../src/ui/surface/sliceSchedule';
import {
  IDLE_RATIO,
  MAX_WAIT_MS,
  PLAYING_INTERVAL_MS,
  acceptGrid,
  isAnswered,
  requestDelay,
  sameRequest,
  sameStructure,
  sliceRequest,
} from '../../../src/ui/surface/sliceSchedule';

const CE: Objective = { loss: 'crossEntropy', regularization: { kind: 'none', lambda: 0 } };
const SE: Objective = { loss: 'squaredError', regularization: { kind: 'none', lambda: 0 } };
const AXES = { x: 1, y: 2 };
const RANGE = { x: { min: -1, max: 3 }, y: { min: -2, max: 2 } };

const grid = (request = sliceRequest(CE, [0, 0, 0], AXES, RANGE), coarse = false): SurfaceGrid => ({
  request,
  values: new Float64Array(request.spec.size ** 2),
  size: request.spec.size,
  coarse,
  contours: { extent: null, thresholds: [], levels: [] },
});

describe('sliceRequest', () => {
  it('sliceRequest holds the off-axis parameters at θ and spans the range', () => {
    const request = sliceRequest(CE, [0.3, 1, 2], AXES, RANGE, 50);
    expect(Array.from(request.theta)).toEqual([0.3, 0, 0]);
    expect(request.spec).toEqual({
      x: { parameter: 1, min: -1, max: 3 },
      y: { parameter: 2, min: -2, max: 2 },
      size: 50,
    });
  });

  it('sliceRequest does not change when only the axis parameters move (one feature: never)', () => {
    const a = sliceRequest(CE, [0.5, 1], { x: 0, y: 1 }, RANGE);
    const b = sliceRequest(CE, [0.7, 1.3], { x: 0, y: 1 }, RANGE);
    expect(sameRequest(a, b)).toBe(true);
    expect(
      sameRequest(
        sliceRequest(CE, [0.1, 1, 2], AXES, RANGE),
        sliceRequest(CE, [0.2, 1, 2], AXES, RANGE),
      ),
    ).toBe(false);
  });

  it('sameStructure compares the loss, the axes and the range, not the fixed values', () => {
    const a = sliceRequest(CE, [0.1, 0, 0], AXES, RANGE);
    expect(sameStructure(a, sliceRequest(CE, [0.9, 0, 0], AXES, RANGE))).toBe(true);
    expect(sameStructure(a, sliceRequest(SE, [0.1, 0, 0], AXES, RANGE))).toBe(false);
    expect(sameStructure(a, sliceRequest(CE, [0.1, 0, 0], { x: 2, y: 1 }, RANGE))).toBe(false);
    const wider = { ...RANGE, x: { min: -1, max: 4 } };
    expect(sameStructure(a, sliceRequest(CE, [0.1, 0, 0], AXES, wider))).toBe(false);
  });
});

describe('requestDelay', () => {
  const sent = sliceRequest(CE, [0.1, 0, 0], AXES, RANGE);
  const next = sliceRequest(CE, [0.2, 0, 0], AXES, RANGE);
  const base = { now: 1000, playing: true, desired: next, lastSent: sent, lastSentAt: 900 };

  it('requestDelay is 0 when paused or stepping (answer at once)', () => {
    expect(requestDelay({ ...base, playing: false, answeredAt: null })).toBe(0);
  });

  it('requestDelay is 0 for the first request and for a new structure (axes, range, loss)', () => {
    expect(requestDelay({ ...base, lastSent: null, answeredAt: null })).toBe(0);
    const otherLoss = sliceRequest(SE, [0.2, 0, 0], AXES, RANGE);
    expect(requestDelay({ ...base, desired: otherLoss, answeredAt: null })).toBe(0);
  });

  it('requestDelay while playing waits PLAYING_INTERVAL_MS after a quick answer', () => {
    // Sent at 900, answered 10 ms later: the interval decides.
    expect(requestDelay({ ...base, answeredAt: 910 })).toBe(900 + PLAYING_INTERVAL_MS - 1000);
    expect(requestDelay({ ...base, now: 2000, answeredAt: 910 })).toBe(0);
  });

  it('requestDelay while playing rests IDLE_RATIO times as long as a slow grid took', () => {
    // 10,000 points: sent at 900, the full grid back at 1300 (400 ms of work).
    expect(requestDelay({ ...base, now: 1300, answeredAt: 1300 })).toBe(IDLE_RATIO * 400);
  });

  it('requestDelay while playing waits for the full grid of the last request (up to MAX_WAIT_MS)', () => {
    expect(requestDelay({ ...base, now: 1200, answeredAt: null })).toBe(900 + MAX_WAIT_MS - 1200);
    expect(requestDelay({ ...base, now: 900 + MAX_WAIT_MS, answeredAt: null })).toBe(0);
  });

  it('isAnswered needs the full grid of that very slice, or an error', () => {
    expect(isAnswered(sent, grid(sent, true), null)).toBe(false);
    expect(isAnswered(sent, grid(sent, false), null)).toBe(true);
    expect(isAnswered(sent, grid(next, false), null)).toBe(false);
    expect(isAnswered(sent, null, 'failed')).toBe(true);
  });
});

describe('acceptGrid', () => {
  const fine = grid(sliceRequest(CE, [0.1, 0, 0], AXES, RANGE), false);

  it('acceptGrid shows the first grid, coarse or not', () => {
    expect(acceptGrid(null, grid(fine.request, true))).toBe(true);
  });

  it('acceptGrid never replaces a full grid of the same view by a coarse one (no flicker)', () => {
    const coarse = grid(sliceRequest(CE, [0.2, 0, 0], AXES, RANGE), true);
    expect(acceptGrid(fine, coarse)).toBe(false);
    expect(acceptGrid(fine, { ...coarse, coarse: false })).toBe(true);
  });

  it('acceptGrid shows a coarse grid at once when the view changed (new range or loss)', () => {
    const wider = grid(
      sliceRequest(CE, [0.1, 0, 0], AXES, { ...RANGE, x: { min: -2, max: 3 } }),
      true,
    );
    expect(acceptGrid(fine, wider)).toBe(true);
    expect(acceptGrid(fine, grid(sliceRequest(SE, [0.1, 0, 0], AXES, RANGE), true))).toBe(true);
  });
});
