import type { RunHistory } from '../../state/history';
import type { Snapshot } from '../../worker/protocol';

/**
 * The update rule's auxiliary state (momentum's velocity v) at the snapshot's iteration, if the
 * page's history still holds that entry; null when it does not.
 */
export function auxAt(history: RunHistory | null, snapshot: Snapshot): Float64Array | null {
  if (!history || history.length === 0) return null;
  const entry = history.entry(history.indexAtOrBefore(snapshot.iteration));
  const same =
    entry.iteration === snapshot.iteration &&
    entry.theta.length === snapshot.theta.length &&
    entry.theta.every((t, j) => Object.is(t, snapshot.theta[j]));
  return same ? entry.aux : null;
}
