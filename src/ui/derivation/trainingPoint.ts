/**
 * The derivation works on the training points only (the held-out points are not in J or ∇J), so
 * the page's point index (over every point) and the derivation's (over the training points)
 * differ when points are held out. These two functions translate; with no split they are the
 * identity.
 */

/**
 * The training row of data point `index`; for a held-out point, the next training point's
 * (the last training point's, past the end).
 */
export function toTrainingIndex(heldOut: Uint8Array | null, index: number): number {
  if (!heldOut) return index;
  let k = 0;
  let last = 0;
  for (let i = 0; i < heldOut.length; i++) {
    if (heldOut[i] === 1) continue;
    if (i >= index) return k;
    last = k;
    k++;
  }
  return last;
}

/** The data point of training row `k` (0-based). */
export function toDataIndex(heldOut: Uint8Array | null, k: number): number {
  if (!heldOut) return k;
  let seen = 0;
  for (let i = 0; i < heldOut.length; i++) {
    if (heldOut[i] === 1) continue;
    if (seen === k) return i;
    seen++;
  }
  return heldOut.length - 1;
}
