import { useState } from 'react';

const sameValues = (a: Float64Array | null, b: Float64Array | null): boolean =>
  a === b ||
  (a !== null && b !== null && a.length === b.length && a.every((v, j) => Object.is(v, b[j])));

/**
 * `values`, or the array last returned when it holds the same numbers: the history hands out a
 * fresh copy of an entry's state on every read (every snapshot), and a new array would make the
 * derivation recompute and rebuild its numbers with every snapshot though they did not change.
 */
export function useSameValues(values: Float64Array | null): Float64Array | null {
  const [kept, setKept] = useState(values);
  if (sameValues(kept, values)) return kept;
  // The values changed: keep the new array (React re-renders at once with it).
  setKept(values);
  return values;
}
