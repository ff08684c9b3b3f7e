import { SpeedControl } from './SpeedControl';
import { Timeline } from './Timeline';
import { TransportControls } from './TransportControls';
import type { TrainerControls } from './useTrainer';
import { useTransportKeys } from './useTransportKeys';

/**
 * Play, step, the timeline and the speed: right under the figures, so a lecture hall sees the
 * controls and what they do on one screen. The keyboard drives them from anywhere on the page.
 */
export function TransportBar({ trainer }: { trainer: TrainerControls }) {
  const { view, config } = trainer;
  const { snapshot } = view;
  useTransportKeys(trainer.transport);
  return (
    <div className="training-bar">
      <TransportControls
        commands={trainer.transport}
        playing={snapshot?.playing ?? false}
        ready={snapshot !== null}
        atStart={!snapshot || snapshot.iteration <= snapshot.firstIteration}
      />
      <Timeline snapshot={snapshot} history={view.history} onSeek={trainer.seek} />
      <SpeedControl speed={config.speed} onChange={trainer.setSpeed} />
    </div>
  );
}
