import { DataAndSharing } from './io/DataAndSharing';
import { FeatureSettings } from './settings/FeatureSettings';
import { ParametersTable } from './ParametersTable';
import { Readout } from './Readout';
import { RunSettings } from './RunSettings';
import { RunStatus } from './RunStatus';
import { SpeedControl } from './SpeedControl';
import { Timeline } from './Timeline';
import { TransportControls } from './TransportControls';
import type { TrainerControls } from './useTrainer';
import { useTransportKeys } from './useTransportKeys';

/**
 * The run over time and its controls: play and step, the timeline, the numbers of the iteration
 * shown, why the run stopped, the settings, and the data with its import, export and sharing. Lays
 * them out; each piece is its own component.
 */
export function TrainingStrip({ trainer }: { trainer: TrainerControls }) {
  const { view, config } = trainer;
  const { snapshot, info } = view;
  useTransportKeys(trainer.transport);
  return (
    <div className="training">
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
      <div className="training-details">
        <Readout snapshot={snapshot} />
        <RunStatus snapshot={snapshot} notice={view.notice} onDismiss={trainer.dismissNotice} />
        <ParametersTable info={info} snapshot={snapshot} />
        <RunSettings
          config={config}
          landmarks={info?.analysis.landmarks ?? null}
          onChange={trainer.updateSettings}
        />
        <FeatureSettings
          features={config.features}
          initialization={config.initialization}
          onFeatures={(features) => trainer.restart({ features })}
          onInitialization={(initialization) => trainer.restart({ initialization })}
        />
        <DataAndSharing trainer={trainer} />
      </div>
    </div>
  );
}
