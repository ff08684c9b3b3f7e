import { DataAndSharing } from './io/DataAndSharing';
import { FeatureSettings } from './settings/FeatureSettings';
import { ParametersTable } from './ParametersTable';
import { Readout } from './Readout';
import { RunSettings } from './RunSettings';
import { RunStatus } from './RunStatus';
import type { TrainerControls } from './useTrainer';

/**
 * The run in numbers and its settings: the iteration shown, why the run stopped, the parameters,
 * the settings, and the data with its import, export and sharing (play and step are in the
 * TransportBar above). Lays them out; each piece is its own component.
 */
export function TrainingStrip({ trainer }: { trainer: TrainerControls }) {
  const { view, config } = trainer;
  const { snapshot, info } = view;
  return (
    <div className="training">
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
          onRestart={trainer.restart}
        />
        <DataAndSharing trainer={trainer} />
      </div>
    </div>
  );
}
