/**
 * Early stopping: the recorded iteration with the lowest held-out loss, which the loss chart
 * marks. Stopping there keeps the weights from before the fit learned the training points' noise.
 */

export interface LowestHeldOut {
  readonly iteration: number;
  readonly loss: number;
}

/**
 * The first recorded iteration where the held-out loss is lowest, or null when none is finite
 * (nothing held out: the history stores NaN).
 */
export function lowestHeldOut(
  iterations: ArrayLike<number>,
  heldOut: ArrayLike<number>,
): LowestHeldOut | null {
  let best: LowestHeldOut | null = null;
  for (let k = 0; k < heldOut.length; k++) {
    const loss = heldOut[k];
    if (Number.isFinite(loss) && (best === null || loss < best.loss)) {
      best = { iteration: iterations[k], loss };
    }
  }
  return best;
}
