/**
 * The parameter-space figure in words, for its accessible name and description: what it is drawn
 * over, where the current θ and the optimum θ* are, and how to use it. Every number goes through
 * formatNumber, so no "NaN" is ever read out.
 */
import { formatCount, formatNumber } from '../text/format';
import type { AxisPair } from './axes';
import { axisTitle, fixedParameters, parameterSymbol } from './axes';
import type { PlanePoint } from './range';

export interface SurfaceFacts {
  readonly axes: AxisPair;
  readonly parameterNames: readonly string[];
  readonly standardized: boolean;
  /** θ of the iteration shown (for the values held fixed). */
  readonly theta: ArrayLike<number> | null;
  readonly iteration: number | null;
  readonly loss: number | null;
  readonly optimum: PlanePoint | null;
  /** Why no optimum is marked, in a few words, when there is none. */
  readonly noOptimum: string | null;
  /** The update rule's step the arrow shows ("step −η∇J"). */
  readonly stepLabel?: string;
}

/** "Loss surface over w1 and w2". */
export function surfaceName(axes: AxisPair): string {
  return `Loss surface over ${parameterSymbol(axes.x)} and ${parameterSymbol(axes.y)}`;
}

/** "b = 0.0123" for one fixed parameter; "the other 4 parameters" for many. */
function sliceText(facts: SurfaceFacts): string {
  const fixed = fixedParameters(facts.axes, facts.parameterNames.length);
  if (fixed.length === 0) return '';
  if (fixed.length === 1 && facts.theta) {
    const k = fixed[0];
    return `, with ${parameterSymbol(k)} held at its current value ${formatNumber(facts.theta[k])}`;
  }
  return `, with the other ${formatCount(fixed.length)} parameters held at their current values`;
}

const pointText = (axes: AxisPair, point: PlanePoint) =>
  `${parameterSymbol(axes.x)} = ${formatNumber(point.x)}, ${parameterSymbol(axes.y)} = ${formatNumber(point.y)}`;

export function surfaceDescription(facts: SurfaceFacts): string {
  const { axes, parameterNames, standardized, theta } = facts;
  const titles = `${axisTitle(axes.x, parameterNames, standardized)} horizontally and ${axisTitle(axes.y, parameterNames, standardized)} vertically`;
  const parts = [`Contours of the loss J over ${titles}${sliceText(facts)}.`];
  if (theta && facts.iteration !== null) {
    const current = { x: theta[axes.x], y: theta[axes.y] };
    const loss = facts.loss !== null ? `, where J = ${formatNumber(facts.loss)}` : '';
    parts.push(
      `The current point at iteration ${formatCount(facts.iteration)}: ${pointText(axes, current)}${loss}. The arrow from it is the ${facts.stepLabel ?? 'step −η∇J'}.`,
    );
  }
  if (facts.optimum) parts.push(`The optimum θ* (a star): ${pointText(axes, facts.optimum)}.`);
  else if (facts.noOptimum) parts.push(`No optimum is marked: ${facts.noOptimum}.`);
  parts.push(
    'Click or drag on the surface to start again from other parameters; Shift with the arrow keys moves the starting point.',
  );
  return parts.join(' ');
}
