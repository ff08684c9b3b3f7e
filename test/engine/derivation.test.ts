import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  derivationNumbers,
  initialState,
  objectiveAndGradient,
  pointContributions,
  step,
  type LossKind,
  type Objective,
} from '../../src/engine';
import { expectClose, randomProblem } from './arbitraries';

const objectives: Objective[] = (['crossEntropy', 'squaredError'] as LossKind[]).flatMap((loss) => [
  { loss, regularization: { kind: 'none', lambda: 0 } },
  { loss, regularization: { kind: 'l2', lambda: 0.2 } },
  { loss, regularization: { kind: 'l1', lambda: 0.05 } },
]);

describe('derivationNumbers', () => {
  it('fills in the same numbers the optimizer uses: J, ∇J and the next iterate of a full-batch step', () => {
    fc.assert(
      fc.property(
        randomProblem(),
        fc.constantFrom(...objectives),
        fc.nat(),
        ({ design, theta }, objective, pick) => {
          const numbers = derivationNumbers(objective, design, theta, 0.3, pick % design.n);
          const gradient = new Float64Array(theta.length);
          const loss = objectiveAndGradient(objective, design, theta, gradient);
          expect(numbers.loss).toBe(loss);
          // Equal as numbers: adding the (zero) penalty may turn a −0 into +0.
          expect(Array.from(numbers.gradient, (g) => g + 0)).toEqual(
            Array.from(gradient, (g) => g + 0),
          );
          const settings = {
            rule: 'gradientDescent',
            learningRate: 0.3,
            batchSize: 0,
            momentum: 0,
            seed: 1,
          } as const;
          const next = step(objective, design, settings, initialState(theta)).state.theta;
          expect(Array.from(numbers.next, (t) => t + 0)).toEqual(Array.from(next, (t) => t + 0));
        },
      ),
    );
  });

  it('the point terms add up: Σ g_i φ̃_i / N is the data gradient, and data + penalty is ∇J', () => {
    fc.assert(
      fc.property(
        randomProblem(),
        fc.constantFrom(...objectives),
        ({ design, theta }, objective) => {
          const sum = new Float64Array(theta.length);
          for (let i = 0; i < design.n; i++) {
            const { term } = derivationNumbers(objective, design, theta, 0.1, i).point;
            term.forEach((t, j) => (sum[j] += t / design.n));
          }
          const numbers = derivationNumbers(objective, design, theta, 0.1, 0);
          expectClose(sum, numbers.dataGradient, 1e-15, 1e-12);
          expectClose(
            numbers.dataGradient.map((g, j) => g + numbers.penaltyGradient[j]),
            numbers.gradient,
            0,
            0,
          );
        },
      ),
    );
  });

  it('a point: p = σ(z), σ′(z) = p(1 − p), and the squared error keeps that factor in its weight', () => {
    fc.assert(
      fc.property(randomProblem(), fc.nat(), ({ design, theta }, pick) => {
        const index = pick % design.n;
        const ce = derivationNumbers(objectives[0], design, theta, 0.1, index).point;
        const se = derivationNumbers(objectives[3], design, theta, 0.1, index).point;
        expectClose([ce.p], [1 / (1 + Math.exp(-ce.z))], 1e-16, 1e-14);
        expectClose([ce.slope], [ce.p * (1 - ce.p)], 1e-300, 1e-10);
        expect(ce.weight).toBe(ce.residual);
        expectClose([se.weight], [se.residual * se.slope], 1e-300, 1e-13);
        const expectedLoss = -(ce.y * Math.log(ce.p) + (1 - ce.y) * Math.log(1 - ce.p));
        expectClose([ce.loss], [expectedLoss], 1e-12, 1e-9);
        expect(ce.features[0]).toBe(1);
        expect(Array.from(ce.term)).toEqual(Array.from(ce.features).map((f) => ce.weight * f));
        expect(pointContributions('crossEntropy', design, theta).z[index]).toBe(ce.z);
      }),
    );
  });

  it('the finite-difference check agrees with the analytic gradient', () => {
    fc.assert(
      fc.property(
        randomProblem(),
        fc.constantFrom(...objectives),
        ({ design, theta }, objective) => {
          const numbers = derivationNumbers(objective, design, theta, 0.1, 0);
          expect(numbers.finiteDifferenceError).toBeLessThan(1e-6);
        },
      ),
    );
  });
});
