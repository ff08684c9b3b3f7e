/**
 * How many points the model at θ classifies correctly, by the engine's one rule (classify.ts):
 * z > 0 predicts 1, z < 0 predicts 0, and a point at z = 0 exactly is undecided, neither right nor
 * wrong, as the data figure counts it.
 */
import type { Design } from '../../engine';
import { confusionAt } from '../../engine';

export interface Accuracy {
  readonly correct: number;
  readonly total: number;
  /** Points at p = 0.5 exactly: not counted right. */
  readonly undecided: number;
}

export function accuracy(
  design: Design,
  theta: Float64Array,
  scratch?: Float64Array<ArrayBuffer>,
): Accuracy {
  const counts = confusionAt(design, theta, scratch);
  return { correct: counts.right, total: counts.n, undecided: counts.undecided };
}

/**
 * The share right as a whole percentage, never rounded up to 100 % while a point is wrong, nor down
 * to 0 % while one is right.
 */
export function accuracyPercent({ correct, total }: Pick<Accuracy, 'correct' | 'total'>): number {
  if (total === 0 || correct === 0) return 0;
  if (correct === total) return 100;
  return Math.max(1, Math.min(99, Math.round((100 * correct) / total)));
}

/**
 * The accuracy as the eye reads it: "—" while no point is decided (at θ = 0 every point is at
 * p = 0.5), where "0 %" would read as a model that gets everything wrong.
 */
export function accuracyText(result: Accuracy): string {
  if (result.total > 0 && result.undecided === result.total) return '—';
  return `${accuracyPercent(result)}%`;
}
