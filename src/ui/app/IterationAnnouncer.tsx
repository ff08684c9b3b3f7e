import { useEffect, useRef, useState } from 'react';
import type { TrainerView } from '../../worker/client';
import type { PreparedRun } from '../../worker/run';
import { announcementDelay, factsOf, iterationAnnouncement } from './iterationAnnouncement';

interface IterationAnnouncerProps {
  readonly view: TrainerView;
  /** The page's copy of the run, to count the misclassified points at the snapshot's θ. */
  readonly prepared: PreparedRun | null;
}

/**
 * The charts' text alternative for screen readers: a visually hidden polite live region that
 * speaks the current iteration once the run settles (stepped, paused, scrubbed) and at most every
 * few seconds while it plays (see iterationAnnouncement.ts). Why the run stopped is RunStatus's
 * to say; this says where it is.
 */
export function IterationAnnouncer({ view, prepared }: IterationAnnouncerProps) {
  const { snapshot } = view;
  const [text, setText] = useState('');
  /** When the last announcement was made (performance.now()), or null before the first. */
  const lastAt = useRef<number | null>(null);

  useEffect(() => {
    if (!snapshot || !prepared) return;
    const since = lastAt.current === null ? Infinity : performance.now() - lastAt.current;
    // Each new snapshot cancels the wait for the one before: only the latest state is spoken.
    const timer = window.setTimeout(
      () => {
        const facts = factsOf(snapshot, prepared);
        if (!facts) return;
        lastAt.current = performance.now();
        setText(iterationAnnouncement(facts));
      },
      announcementDelay(snapshot.playing, since),
    );
    return () => window.clearTimeout(timer);
  }, [snapshot, prepared]);

  return (
    // A status is a polite live region (said outright for older screen readers); its name tells
    // it apart from the run's other statuses.
    <p className="visually-hidden" role="status" aria-live="polite" aria-label="Current iteration">
      {text}
    </p>
  );
}
