/**
 * The loss curve in words, for its accessible description: where the loss and the gradient norm
 * started and where they are at the last recorded iteration. Numbers go through formatNumber.
 */
import { formatCount, formatNumber } from '../text/format';

/** The first and last finite values of a series with their iterations, or null. */
export function finiteEnds(
  iterations: ArrayLike<number>,
  values: ArrayLike<number>,
): { first: [number, number]; last: [number, number] } | null {
  // From each end inwards: usually the very first and last entries, so this is O(1) per frame.
  let first = 0;
  while (first < values.length && !Number.isFinite(values[first])) first++;
  if (first === values.length) return null;
  let last = values.length - 1;
  while (!Number.isFinite(values[last])) last--;
  return {
    first: [iterations[first], values[first]],
    last: [iterations[last], values[last]],
  };
}

export function curveDescription(
  iterations: ArrayLike<number>,
  losses: ArrayLike<number>,
  gradientNorms: ArrayLike<number>,
  diverged: boolean,
  /** Whether to end with how to use the chart (a comparison says it once, after both runs). */
  withHint = true,
): string {
  const loss = finiteEnds(iterations, losses);
  const norm = finiteEnds(iterations, gradientNorms);
  if (!loss) return 'No iterations recorded yet.';
  const at = ([iteration, value]: [number, number]) =>
    `${formatNumber(value)} at iteration ${formatCount(iteration)}`;
  const parts = [`The loss J went from ${at(loss.first)} to ${at(loss.last)}`];
  if (norm) parts.push(`the gradient norm from ${at(norm.first)} to ${at(norm.last)}`);
  let text = `${parts.join('; ')}.`;
  if (diverged) text += ' Later losses overflowed and are not drawn.';
  return withHint ? `${text} Drag across the chart to show an earlier iteration.` : text;
}
