import { describe, expect, it } from 'vitest';
import {
  axesSelectable,
  axisTitle,
  defaultAxes,
  fixedParameters,
  shortName,
  validAxes,
  withAxis,
} from '../../../src/ui/surface/axes';

describe('defaultAxes', () => {
  it('defaultAxes(2) is the bias and the weight of one-feature data, with nothing held fixed', () => {
    expect(defaultAxes(2)).toEqual({ x: 0, y: 1 });
    expect(fixedParameters(defaultAxes(2), 2)).toEqual([]);
  });

  it('defaultAxes(m) is the two first weights for m ≥ 3, the bias held fixed', () => {
    expect(defaultAxes(3)).toEqual({ x: 1, y: 2 });
    expect(defaultAxes(10)).toEqual({ x: 1, y: 2 });
    expect(fixedParameters(defaultAxes(3), 3)).toEqual([0]);
  });

  it('defaultAxes keeps its identity from call to call (no re-render churn)', () => {
    expect(defaultAxes(3)).toBe(defaultAxes(3));
  });
});

describe('validAxes', () => {
  it('validAxes keeps a choice that fits θ', () => {
    const choice = { x: 3, y: 0 };
    expect(validAxes(choice, 6)).toBe(choice);
  });

  it('validAxes falls back to the default when the choice is out of range or degenerate', () => {
    expect(validAxes({ x: 4, y: 5 }, 3)).toEqual({ x: 1, y: 2 });
    expect(validAxes({ x: 1, y: 1 }, 6)).toEqual({ x: 1, y: 2 });
    expect(validAxes(null, 2)).toEqual({ x: 0, y: 1 });
  });
});

describe('withAxis', () => {
  it('withAxis puts a parameter on one axis and keeps the other', () => {
    expect(withAxis({ x: 1, y: 2 }, 'x', 4)).toEqual({ x: 4, y: 2 });
    expect(withAxis({ x: 1, y: 2 }, 'y', 0)).toEqual({ x: 1, y: 0 });
  });

  it('withAxis swaps the axes when the parameter is already on the other one', () => {
    expect(withAxis({ x: 1, y: 2 }, 'x', 2)).toEqual({ x: 2, y: 1 });
    expect(withAxis({ x: 1, y: 2 }, 'y', 1)).toEqual({ x: 2, y: 1 });
  });
});

describe('axis titles', () => {
  const names = ['intercept', 'x1', 'x2', 'x1²'];

  it('axisTitle names the bias b (intercept) and a weight by its feature', () => {
    expect(axisTitle(0, names, true)).toBe('b (intercept)');
    expect(axisTitle(1, names, false)).toBe('w1 (x1)');
    expect(axisTitle(3, names, true)).toBe('w3 (standardized x1²)');
  });

  it('shortName cuts a long CSV header with an ellipsis', () => {
    const long = 'a very long column name from somebody’s spreadsheet';
    expect(shortName(long)).toHaveLength(24);
    expect(shortName(long).endsWith('…')).toBe(true);
    expect(shortName('age')).toBe('age');
  });

  it('axesSelectable only beyond three parameters', () => {
    expect(axesSelectable(2)).toBe(false);
    expect(axesSelectable(3)).toBe(false);
    expect(axesSelectable(6)).toBe(true);
  });
});
