import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dataLossAndGradient,
  hessian,
  objectiveAndGradient,
  objectiveValue,
  pointContributions,
  sigmoid,
  type LossKind,
  type Objective,
} from '../../src/engine';
import { expectClose, finiteDifferenceGradient, randomProblem } from './arbitraries';

const LOSSES: LossKind[] = ['crossEntropy', 'squaredError'];
const objectives: Objective[] = LOSSES.flatMap((loss) => [
  { loss, regularization: { kind: 'none', lambda: 0 } },
  { loss, regularization: { kind: 'l2', lambda: 0.3 } },
]);

describe('objectiveAndGradient', () => {
  for (const objective of objectives) {
    const name = `${objective.loss} with ${objective.regularization.kind}`;
    it(`${name}: the gradient equals central finite differences over random data`, () => {
      fc.assert(
        fc.property(randomProblem(), ({ design, theta }) => {
          const gradient = new Float64Array(theta.length);
          objectiveAndGradient(objective, design, theta, gradient);
          const numeric = finiteDifferenceGradient(
            (t) => objectiveValue(objective, design, t),
            theta,
          );
          expectClose(gradient, numeric, 1e-8, 1e-6);
        }),
        { numRuns: 200 },
      );
    });

    it(`${name}: the Hessian equals finite differences of the gradient`, () => {
      fc.assert(
        fc.property(randomProblem(), ({ design, theta }) => {
          const m = theta.length;
          const H = hessian(objective, design, theta);
          for (let j = 0; j < m; j++) {
            const column = finiteDifferenceGradient((t) => {
              const g = new Float64Array(m);
              objectiveAndGradient(objective, design, t, g);
              return g[j];
            }, theta);
            expectClose(H.subarray(j * m, (j + 1) * m), column, 1e-8, 1e-6);
          }
        }),
        { numRuns: 100 },
      );
    });
  }

  it('the two-feature fast path and the general loop agree to the last digits', () => {
    fc.assert(
      fc.property(randomProblem({ maxFeatures: 2 }), ({ design, theta }) => {
        // The general loop runs when no gradient is requested; compare values, then gradients
        // against a three-feature design whose extra column is zero.
        for (const loss of LOSSES) {
          const g = new Float64Array(theta.length);
          const value = dataLossAndGradient(loss, design, theta, g);
          expect(dataLossAndGradient(loss, design, theta, null)).toBeCloseTo(value, 14);
          const { n, p } = design;
          const padded = new Float64Array(n * (p + 1));
          for (let i = 0; i < n; i++)
            for (let j = 0; j < p; j++) padded[i * (p + 1) + j] = design.X[i * p + j];
          const wide = { ...design, X: padded, p: p + 1 };
          const gWide = new Float64Array(p + 2);
          const valueWide = dataLossAndGradient(
            loss,
            wide,
            Float64Array.from([...theta, 0.7]),
            gWide,
          );
          expectClose([valueWide], [value], 1e-15, 1e-13);
          expectClose(gWide.subarray(0, p + 1), g, 1e-15, 1e-12);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a batch gives the mean over its points only', () => {
    fc.assert(
      fc.property(randomProblem(), fc.integer({ min: 1, max: 25 }), ({ design, theta }, size) => {
        const order = Uint32Array.from({ length: design.n }, (_, i) => design.n - 1 - i);
        const end = Math.min(size, design.n);
        const g = new Float64Array(theta.length);
        const value = dataLossAndGradient('crossEntropy', design, theta, g, {
          order,
          start: 0,
          end,
        });
        // The same points as a design of their own.
        const rows = Array.from(order.subarray(0, end));
        const sub = {
          X: Float64Array.from(
            rows.flatMap((i) => Array.from(design.X.subarray(i * design.p, (i + 1) * design.p))),
          ),
          y: Float64Array.from(rows.map((i) => design.y[i])),
          n: end,
          p: design.p,
        };
        const gSub = new Float64Array(theta.length);
        const valueSub = dataLossAndGradient('crossEntropy', sub, theta, gSub);
        expectClose([value], [valueSub], 1e-15, 1e-12);
        expectClose(g, gSub, 1e-15, 1e-12);
      }),
    );
  });
});

describe('pointContributions', () => {
  it('the squared-error weight is the cross-entropy weight p − y times p(1 − p)', () => {
    fc.assert(
      fc.property(randomProblem(), ({ design, theta }) => {
        const ce = pointContributions('crossEntropy', design, theta);
        const se = pointContributions('squaredError', design, theta);
        for (let i = 0; i < design.n; i++) {
          // p(1 − p) as σ(z)σ(−z): written as p·(1 − p) it loses digits once p is near 1.
          const variance = sigmoid(ce.z[i]) * sigmoid(-ce.z[i]);
          expect(ce.weight[i]).toBe(ce.residual[i]);
          expectClose([se.weight[i]], [ce.weight[i] * variance], 1e-300, 1e-12);
        }
      }),
    );
  });

  it('summing weight_i·(1, φ(x_i)) / N gives the gradient', () => {
    fc.assert(
      fc.property(randomProblem(), ({ design, theta }) => {
        for (const loss of LOSSES) {
          const { weight } = pointContributions(loss, design, theta);
          const summed = new Float64Array(theta.length);
          for (let i = 0; i < design.n; i++) {
            summed[0] += weight[i] / design.n;
            for (let j = 0; j < design.p; j++)
              summed[j + 1] += (weight[i] * design.X[i * design.p + j]) / design.n;
          }
          const g = new Float64Array(theta.length);
          dataLossAndGradient(loss, design, theta, g);
          expectClose(summed, g, 1e-15, 1e-12);
        }
      }),
    );
  });

  it('p_i is σ(z_i) and the residual is p_i − y_i', () => {
    fc.assert(
      fc.property(randomProblem(), ({ design, theta }) => {
        const c = pointContributions('crossEntropy', design, theta);
        for (let i = 0; i < design.n; i++) {
          expectClose([c.p[i]], [1 / (1 + Math.exp(-c.z[i]))], 1e-16, 1e-14);
          expectClose([c.residual[i]], [c.p[i] - design.y[i]], 1e-16, 1e-12);
        }
      }),
    );
  });
});

describe('the cross-entropy at extreme logits', () => {
  // One point with x = 1, so z = b + w.
  const design = (y: number) => ({ X: Float64Array.of(1), y: Float64Array.of(y), n: 1, p: 1 });
  const ce: Objective = { loss: 'crossEntropy', regularization: { kind: 'none', lambda: 0 } };

  it('is finite and exact for z = ±1000', () => {
    expect(objectiveValue(ce, design(1), Float64Array.of(0, 1000))).toBe(0);
    expect(objectiveValue(ce, design(0), Float64Array.of(0, -1000))).toBe(0);
    expect(objectiveValue(ce, design(0), Float64Array.of(0, 1000))).toBe(1000);
    expect(objectiveValue(ce, design(1), Float64Array.of(0, -1000))).toBe(1000);
  });

  it('keeps the digits of a tiny loss: log(1 + e^{-30}) for a confident correct point', () => {
    expect(objectiveValue(ce, design(1), Float64Array.of(0, 30))).toBe(Math.log1p(Math.exp(-30)));
    expect(objectiveValue(ce, design(0), Float64Array.of(0, -40))).toBe(Math.log1p(Math.exp(-40)));
  });

  it('has gradient p − y without cancellation: −σ(−z) for y = 1', () => {
    const g = new Float64Array(2);
    objectiveAndGradient(ce, design(1), Float64Array.of(0, 40), g);
    expectClose([g[0]], [-1 / (1 + Math.exp(40))], 0, 2 * Number.EPSILON);
    objectiveAndGradient(ce, design(1), Float64Array.of(0, -1000), g);
    expect(g[0]).toBe(-1);
    objectiveAndGradient(ce, design(0), Float64Array.of(0, 1000), g);
    expect(g[0]).toBe(1);
  });

  it('squared error stays finite and its gradient vanishes for confidently wrong points', () => {
    const se: Objective = { loss: 'squaredError', regularization: { kind: 'none', lambda: 0 } };
    const g = new Float64Array(2);
    expect(objectiveAndGradient(se, design(1), Float64Array.of(0, -1000), g)).toBe(0.5);
    expect(Math.abs(g[0])).toBe(0);
  });
});
