/**
 * The range of the parameter plane to show, held in state so it stays put between frames and only
 * grows (see range.ts). Chosen afresh when `key` (the run and the axes) changes.
 */
import { useState } from 'react';
import type { PlanePoint, PlaneRange, RangeState } from './range';
import { nextRangeState, rangeAround } from './range';

/**
 * `key` is null while there is nothing to place yet (a new run before its first snapshot): the
 * range is then not fixed, so the first real points choose it.
 */
export function useStableRange(
  key: string | null,
  mustInclude: readonly PlanePoint[],
  initial: () => readonly PlanePoint[],
): PlaneRange {
  const [state, setState] = useState<RangeState | null>(null);
  if (key === null) return state?.range ?? rangeAround(mustInclude);
  const next = nextRangeState(state, key, mustInclude, initial);
  // Adjusting state while rendering (React's documented pattern): no extra frame with the old range.
  if (next !== state) setState(next);
  return next.range;
}
