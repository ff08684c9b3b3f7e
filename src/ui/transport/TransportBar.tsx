import type { ComparisonControls } from '../compare/useComparison';
import { useRunB } from '../compare/useComparison';
import { useRunView } from '../app/runStore';
import { Timeline } from './Timeline';
import { TransportControls } from './TransportControls';
import type { TrainerControls } from './useTrainer';
import { useTransportKeys } from './useTransportKeys';

interface TransportBarProps {
  trainer: TrainerControls;
  /** Compare runs: while run B runs, the buttons, keys and timeline drive both runs. */
  comparison: ComparisonControls;
}

/**
 * Play, step and the timeline: right under the figures, so a lecture hall sees the controls and
 * what they do on one screen (the speed sits with the learning rate, under them). The keyboard drives them from anywhere on the page.
 */
export function TransportBar({ trainer, comparison }: TransportBarProps) {
  // The timeline and the buttons' states follow every snapshot: this renders per frame, the page
  // around it does not.
  const view = useRunView(trainer.store);
  const { snapshot } = view;
  const { active } = comparison;
  const snapshotB = useRunB(active).snapshot;
  const commands = active?.transport ?? trainer.transport;
  useTransportKeys(commands);
  const atStart = (s: typeof snapshot) => !s || s.iteration <= s.firstIteration;
  return (
    <>
      <div className="training-bar">
        <TransportControls
          commands={commands}
          playing={(snapshot?.playing ?? false) || (snapshotB?.playing ?? false)}
          ready={snapshot !== null}
          atStart={atStart(snapshot) && (!active || atStart(snapshotB))}
        />
        <Timeline
          snapshot={snapshot}
          history={view.history}
          onSeek={active?.transport.seek ?? trainer.seek}
        />
      </div>
    </>
  );
}
