import { describe, expect, it } from 'vitest';
import { surfaceDescription, surfaceName } from '../../../src/ui/surface/describe';

const facts = {
  axes: { x: 1, y: 2 },
  parameterNames: ['intercept', 'x1', 'x2'],
  standardized: true,
  theta: [0.125, 1.5, -0.25],
  iteration: 12,
  loss: 0.3,
  optimum: { x: 3, y: 2 },
  noOptimum: null,
};

describe('surface description', () => {
  it('surfaceName names the two axis parameters', () => {
    expect(surfaceName({ x: 1, y: 2 })).toBe('Loss surface over w1 and w2');
    expect(surfaceName({ x: 0, y: 1 })).toBe('Loss surface over b and w1');
  });

  it('surfaceDescription says the slice, the current point, the optimum and how to use it', () => {
    const text = surfaceDescription(facts);
    expect(text).toContain('w1 (standardized x1) horizontally');
    expect(text).toContain('b held at its current value 0.125000');
    expect(text).toContain('iteration 12: w1 = 1.50000, w2 = −0.250000');
    expect(text).toContain('J = 0.300000');
    expect(text).toContain('optimum θ* (a star): w1 = 3.00000, w2 = 2.00000');
    expect(text).toContain('Click or drag');
  });

  it('surfaceDescription says why no optimum is marked, and never NaN', () => {
    const text = surfaceDescription({
      ...facts,
      optimum: null,
      noOptimum: 'the classes are separable',
      loss: NaN,
    });
    expect(text).toContain('No optimum is marked: the classes are separable.');
    expect(text).not.toMatch(/NaN|Infinity/);
  });

  it('surfaceDescription of one-feature data holds nothing fixed', () => {
    const text = surfaceDescription({
      ...facts,
      axes: { x: 0, y: 1 },
      parameterNames: ['intercept', 'x1'],
      theta: [0.5, 1],
    });
    expect(text).toContain('b (intercept) horizontally and w1 (standardized x1) vertically.');
    expect(text).not.toContain('held');
  });
});
