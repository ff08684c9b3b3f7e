import { describe, expect, it } from 'vitest';
import { describeFigure } from '../../../src/ui/data/describe';

const summary = { n: 100, wrong: 3, undecided: 0 };

describe('describeFigure', () => {
  it('describeFigure says how many points are misclassified after the iteration shown', () => {
    expect(describeFigure({ iteration: 12, summary, boundaryInView: true })).toBe(
      'Decision boundary after iteration 12: 3 of 100 points misclassified.',
    );
  });

  it('describeFigure says when the boundary lies outside the plotted area', () => {
    expect(describeFigure({ iteration: 2, summary, boundaryInView: false })).toBe(
      'Decision boundary (outside the plotted area) after iteration 2: 3 of 100 points misclassified.',
    );
  });

  it('describeFigure at θ = 0 says there is no boundary yet', () => {
    expect(
      describeFigure({
        iteration: 0,
        summary: { n: 100, wrong: 0, undecided: 100 },
        boundaryInView: false,
      }),
    ).toBe(
      'At iteration 0 the model gives every point p = 0.5: there is no decision boundary yet.',
    );
  });

  it('describeFigure for one feature names where p = 0.5 in the feature’s own name', () => {
    expect(
      describeFigure({
        iteration: 5,
        summary: { n: 20, wrong: 1, undecided: 0 },
        boundaryInView: false,
        crossings: [-0.11371],
        featureName: 'temperature',
      }),
    ).toBe(
      'Sigmoid after iteration 5: p = 0.5 at temperature = −0.114; 1 of 20 points misclassified.',
    );
    expect(
      describeFigure({ iteration: 5, summary, boundaryInView: false, crossings: [] }),
    ).toContain('p = 0.5 nowhere in view');
  });

  it('describeFigure before the first snapshot, and for parameters that are not finite', () => {
    expect(describeFigure({ iteration: null, summary: null, boundaryInView: false })).toBe(
      'Waiting for the run to start.',
    );
    const text = describeFigure({
      iteration: 40,
      summary: null,
      boundaryInView: false,
      invalid: true,
    });
    expect(text).toBe('After iteration 40 the parameters are not finite numbers: nothing to draw.');
    expect(text).not.toMatch(/NaN|Infinity/);
  });
});
