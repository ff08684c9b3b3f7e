/**
 * The figure's text alternative: one sentence on where the run is and how the model does, read by
 * screen readers as the figure's description and shown under it for everyone.
 */
import { formatCount } from '../text/format';
import type { ClassificationSummary } from './pull';
import { formatTick } from './ticks';

export interface FigureState {
  /** The iteration shown, or null before the first snapshot. */
  readonly iteration: number | null;
  readonly summary: ClassificationSummary | null;
  /** Two features: whether the p = 0.5 line crosses the plotted area. */
  readonly boundaryInView: boolean;
  /** One feature: the x where p = 0.5, and the feature's name. */
  readonly crossings?: readonly number[];
  readonly featureName?: string;
  /** The parameters are not finite numbers (a diverged run): nothing can be drawn. */
  readonly invalid?: boolean;
}

const points = (n: number) => `${formatCount(n)} ${n === 1 ? 'point' : 'points'}`;

export function describeFigure(state: FigureState): string {
  const { iteration, summary } = state;
  if (iteration === null) return 'Waiting for the run to start.';
  const at = `iteration ${formatCount(iteration)}`;
  if (state.invalid) return `After ${at} the parameters are not finite numbers: nothing to draw.`;
  if (summary === null) return 'Waiting for the run to start.';
  if (summary.undecided === summary.n) {
    return `At ${at} the model gives every point p = 0.5: there is no decision boundary yet.`;
  }
  const wrong = `${formatCount(summary.wrong)} of ${points(summary.n)} misclassified`;
  if (state.crossings) {
    const name = state.featureName ?? 'x';
    const where = state.crossings.length
      ? `p = 0.5 at ${state.crossings.map((x) => `${name} = ${formatTick(x, 3)}`).join(', ')}`
      : 'p = 0.5 nowhere in view';
    return `Sigmoid after ${at}: ${where}; ${wrong}.`;
  }
  const boundary = state.boundaryInView
    ? 'Decision boundary'
    : 'Decision boundary (outside the plotted area)';
  return `${boundary} after ${at}: ${wrong}.`;
}
