import { describe, expect, it } from 'vitest';
import { RunHistory } from '../../../src/state/history';
import { MAX_POINTS, PathTracer } from '../../../src/ui/surface/pathTrace';

const AXES = { x: 1, y: 2 };

function append(history: RunHistory, iteration: number, theta: number[]): void {
  history.append({
    iteration,
    epoch: iteration,
    cursor: 0,
    loss: 1 / (iteration + 1),
    gradientNorm: 1,
    theta: Float64Array.from(theta),
    aux: new Float64Array(theta.length),
  });
}

describe('PathTracer', () => {
  it('traces θ[axes] of every entry while the steps are visible', () => {
    const history = new RunHistory(3);
    for (let k = 0; k < 5; k++) append(history, k, [9, k, 2 * k]);
    const path = new PathTracer().update(history, AXES);
    expect(path.xs).toEqual([0, 1, 2, 3, 4]);
    expect(path.ys).toEqual([0, 2, 4, 6, 8]);
    expect(path.iterations).toEqual([0, 1, 2, 3, 4]);
    expect(path.bounds).toEqual({ min: { x: 0, y: 0 }, max: { x: 4, y: 8 } });
  });

  it('reads only the entries appended since the last call, and returns the same path if none', () => {
    const history = new RunHistory(3);
    const tracer = new PathTracer();
    append(history, 0, [0, 0, 0]);
    const first = tracer.update(history, AXES);
    expect(tracer.update(history, AXES)).toBe(first);
    append(history, 1, [0, 1, 1]);
    expect(tracer.update(history, AXES).xs).toEqual([0, 1]);
  });

  it('drops sub-pixel steps near convergence but always ends at the latest entry', () => {
    const history = new RunHistory(3);
    append(history, 0, [0, 0, 0]);
    append(history, 1, [0, 1, 1]);
    for (let k = 2; k < 2000; k++) append(history, k, [0, 1 + k * 1e-9, 1 + k * 1e-9]);
    const path = new PathTracer().update(history, AXES);
    expect(path.xs.length).toBeLessThan(10);
    expect(path.iterations[path.iterations.length - 1]).toBe(1999);
    expect(path.xs[path.xs.length - 1]).toBe(1 + 1999 * 1e-9);
  });

  it('keeps the zigzag of an oscillating run (every visible turn)', () => {
    const history = new RunHistory(3);
    for (let k = 0; k < 200; k++) append(history, k, [0, k % 2 === 0 ? 1 : -1, k * 0.01]);
    const path = new PathTracer().update(history, AXES);
    expect(path.xs).toHaveLength(200);
  });

  it('stays under MAX_POINTS for a long run that keeps oscillating, and keeps its zigzag', () => {
    const history = new RunHistory(3, 30_000, 20_000);
    for (let k = 0; k < 20_000; k++) append(history, k, [0, k % 2 === 0 ? 1 : -1, k]);
    const path = new PathTracer().update(history, AXES);
    expect(path.xs.length).toBeLessThanOrEqual(MAX_POINTS);
    // Both sides of the zigzag are still there.
    expect(new Set(path.xs)).toEqual(new Set([1, -1]));
    expect(path.iterations[path.iterations.length - 1]).toBe(19_999);
  });

  it('skips overflowed θ (a diverged run) instead of breaking the path', () => {
    const history = new RunHistory(3);
    append(history, 0, [0, 0, 0]);
    append(history, 1, [0, 1, 1]);
    append(history, 2, [0, Infinity, NaN]);
    const path = new PathTracer().update(history, AXES);
    expect(path.xs).toEqual([0, 1]);
  });

  it('starts over when the history is truncated (a step after scrubbing back) or replaced', () => {
    const history = new RunHistory(3);
    const tracer = new PathTracer();
    for (let k = 0; k < 5; k++) append(history, k, [0, k, k]);
    tracer.update(history, AXES);
    history.truncateAfter(1);
    append(history, 2, [0, 10, 10]);
    expect(tracer.update(history, AXES).xs).toEqual([0, 1, 10]);
    const other = new RunHistory(3);
    append(other, 0, [0, 5, 5]);
    expect(tracer.update(other, AXES).xs).toEqual([5]);
  });

  it('traces other axes afresh', () => {
    const history = new RunHistory(3);
    for (let k = 0; k < 3; k++) append(history, k, [10 + k, k, 2 * k]);
    const tracer = new PathTracer();
    tracer.update(history, AXES);
    expect(tracer.update(history, { x: 0, y: 1 }).xs).toEqual([10, 11, 12]);
  });

  it('keeps its epoch while it only grows, so a drawn prefix stays valid', () => {
    const history = new RunHistory(3);
    const tracer = new PathTracer();
    append(history, 0, [0, 0, 0]);
    append(history, 1, [0, 1, 1]);
    const first = tracer.update(history, AXES);
    append(history, 2, [0, 2, 2]);
    const second = tracer.update(history, AXES);
    expect(second.epoch).toBe(first.epoch);
    expect(second.xs.slice(0, first.xs.length - 1)).toEqual(first.xs.slice(0, -1));
    // Other axes: a new epoch.
    expect(tracer.update(history, { x: 0, y: 1 }).epoch).not.toBe(second.epoch);
  });
});
