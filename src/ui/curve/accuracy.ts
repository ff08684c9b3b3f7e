/**
 * How many points the model at θ classifies correctly: z_i = w·φ(x_i) + b ≥ 0 predicts 1 (p_i ≥ ½),
 * otherwise 0; a point is right when the prediction is its label y_i.
 */
import type { Design } from '../../engine';
import { logits } from '../../engine';

export interface Accuracy {
  readonly correct: number;
  readonly total: number;
}

export function accuracy(
  design: Design,
  theta: Float64Array,
  scratch?: Float64Array<ArrayBuffer>,
): Accuracy {
  const z = logits(design, theta, scratch && scratch.length === design.n ? scratch : undefined);
  let correct = 0;
  for (let i = 0; i < design.n; i++) {
    const predicted = z[i] >= 0 ? 1 : 0;
    if (predicted === design.y[i]) correct++;
  }
  return { correct, total: design.n };
}

/**
 * The share right as a whole percentage, never rounded up to 100 % while a point is wrong, nor down
 * to 0 % while one is right.
 */
export function accuracyPercent({ correct, total }: Accuracy): number {
  if (total === 0 || correct === 0) return 0;
  if (correct === total) return 100;
  return Math.max(1, Math.min(99, Math.round((100 * correct) / total)));
}
