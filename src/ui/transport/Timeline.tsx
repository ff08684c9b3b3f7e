import { useState } from 'react';
import type { RunHistory } from '../../state/history';
import type { Snapshot } from '../../worker/protocol';
import { formatCount } from '../text/format';
import { SliderField } from '../settings/SliderField';

interface TimelineProps {
  snapshot: Snapshot | null;
  /** The page's copy of the history: where a seek will land (thinned runs skip iterations). */
  history: RunHistory | null;
  onSeek: (iteration: number) => void;
}

/**
 * Where the slider was put, until the worker's snapshots show it. Without this the slider would
 * jump back to the last snapshot's iteration for the frame or two the round trip takes.
 */
interface Draft {
  readonly value: number;
  /** The recorded iteration the seek lands on. */
  readonly target: number;
  /** The snapshot shown when the seek was sent, and how many have arrived since. */
  readonly seenSnapshot: Snapshot | null;
  readonly snapshotsSince: number;
}

/** The iteration a seek to `value` lands on: the recorded one at or before it. */
function landingIteration(history: RunHistory | null, value: number): number {
  if (!history || history.length === 0) return value;
  return history.iteration(history.indexAtOrBefore(value));
}

/**
 * The run's timeline: a slider over the recorded iterations, the "future" after a step back
 * included. Dragging it shows that iteration (and pauses).
 */
export function Timeline({ snapshot, history, onSeek }: TimelineProps) {
  const [draft, setDraft] = useState<Draft | null>(null);

  // A snapshot arrived since the seek: keep the draft until one shows the seek's result. The first
  // new snapshot may predate the seek (it was on its way); the second cannot (the worker sends one
  // per acknowledgement), so by then the draft has done its job in any case.
  if (draft && snapshot !== draft.seenSnapshot) {
    const snapshotsSince = draft.snapshotsSince + 1;
    const done = snapshot === null || snapshot.iteration === draft.target || snapshotsSince >= 2;
    setDraft(done ? null : { ...draft, seenSnapshot: snapshot, snapshotsSince });
  }

  const first = snapshot?.firstIteration ?? 0;
  const last = snapshot?.lastIteration ?? 0;
  const value = draft?.value ?? snapshot?.iteration ?? 0;

  return (
    <SliderField
      label="Iteration"
      className="timeline"
      min={first}
      max={last}
      step={1}
      value={value}
      disabled={!snapshot}
      valueText={`iteration ${formatCount(value)}, recorded ${formatCount(first)} to ${formatCount(last)}`}
      shown={`${formatCount(first)}–${formatCount(last)}`}
      shownClassName="timeline-range"
      onChange={(next) => {
        setDraft({
          value: next,
          target: landingIteration(history, next),
          seenSnapshot: snapshot,
          snapshotsSince: 0,
        });
        onSeek(next);
      }}
    />
  );
}
