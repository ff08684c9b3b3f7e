/**
 * What a returned optimum must satisfy, written out from the definitions rather than through the
 * solver's own helpers: the KKT conditions of J = f + λ‖w‖₁ (f the data loss plus any L2 term), and
 * that no small move lowers J.
 */
import { expect } from 'vitest';
import type { Design, Objective } from '../../src/engine';
import { objectiveAndGradient, objectiveValue } from '../../src/engine';
import { createRng } from '../../src/engine';

/**
 * ∂f/∂b = 0; ∂f/∂w_j + λ·sign(w_j) = 0 for a nonzero weight and |∂f/∂w_j| ≤ λ for a zero one under
 * L1; ∇f = 0 otherwise. All to `tolerance`.
 */
export function expectKkt(
  objective: Objective,
  design: Design,
  theta: Float64Array,
  tolerance = 1e-9,
): void {
  const gradient = new Float64Array(theta.length);
  objectiveAndGradient(objective, design, theta, gradient);
  const { kind, lambda } = objective.regularization;
  expect(Math.abs(gradient[0])).toBeLessThan(tolerance);
  for (let j = 1; j < theta.length; j++) {
    if (kind !== 'l1') expect(Math.abs(gradient[j])).toBeLessThan(tolerance);
    // A zero weight's residual, max(0, |∂f/∂w_j| − λ), is held to the same tolerance as every other
    // KKT residual: it is that weight's entry of the minimum-norm subgradient, which the solver
    // drives below 1e-10. (An absolute 1e-12 here failed on ill-conditioned random data with a
    // residual of 1.1e-11, seed -722205915.)
    else if (theta[j] === 0) expect(Math.abs(gradient[j]) - lambda).toBeLessThan(tolerance);
    else expect(Math.abs(gradient[j] + lambda * Math.sign(theta[j]))).toBeLessThan(tolerance);
  }
}

/**
 * J(θ + δ) ≥ J(θ) − slack for ±h along every axis and for random directions of length h: the point
 * is a minimum as far as small moves can tell (slack covers J's rounding and the first-order term
 * of a stationarity of 1e-10).
 */
export function expectNoLowerNearby(
  objective: Objective,
  design: Design,
  theta: Float64Array,
  { h = 1e-5, directions = 20, seed = 1 } = {},
): void {
  const value = objectiveValue(objective, design, theta);
  const slack = 1e-14 * Math.max(1, Math.abs(value));
  const m = theta.length;
  const moves: Float64Array[] = [];
  for (let j = 0; j < m; j++) {
    for (const sign of [1, -1]) {
      const move = new Float64Array(m);
      move[j] = sign * h;
      moves.push(move);
    }
  }
  const rng = createRng(seed);
  for (let k = 0; k < directions; k++) {
    const move = Float64Array.from({ length: m }, () => rng.nextNormal());
    const length = Math.hypot(...move);
    moves.push(move.map((x) => (x / length) * h));
  }
  for (const move of moves) {
    const moved = theta.map((x, j) => x + move[j]);
    const movedValue = objectiveValue(objective, design, moved);
    if (movedValue < value - slack) {
      throw new Error(`J fell from ${value} to ${movedValue} along [${Array.from(move)}]`);
    }
  }
}

/** The design's classes, so a property can tell a one-class draw apart. */
export function hasBothClasses(design: Design): boolean {
  return design.y.some((y) => y === 1) && design.y.some((y) => y === 0);
}
