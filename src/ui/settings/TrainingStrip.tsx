import { DataAndSharing } from '../io/DataAndSharing';
import { FeatureSettings } from './FeatureSettings';
import { ModelSummary } from '../run/ModelSummary';
import { ParametersTable } from '../run/ParametersTable';
import { Readout } from '../run/Readout';
import { RunSettings } from './RunSettings';
import { RunStatus } from '../run/RunStatus';
import type { Hideable } from '../../state/pageLink';
import type { PreparedRun } from '../../worker/run';
import type { TrainerControls } from '../transport/useTrainer';

/**
 * The run in numbers and its settings: the iteration shown, why the run stopped, the parameters,
 * the settings, and the data with its import, export and sharing (play and step are in the
 * TransportBar above). Lays them out; each piece is its own component.
 */
export function TrainingStrip({
  trainer,
  prepared,
  hidden,
}: {
  trainer: TrainerControls;
  /** The page's copy of the run's data and design. */
  prepared: PreparedRun | null;
  /** Parts a teacher hid for a presentation (pageLink.ts). */
  hidden: ReadonlySet<Hideable>;
}) {
  const { view, config } = trainer;
  const { snapshot, info } = view;
  return (
    <div className="training">
      <div className="training-details">
        <Readout snapshot={snapshot} />
        <RunStatus snapshot={snapshot} notice={view.notice} onDismiss={trainer.dismissNotice} />
        {!hidden.has('parameters') && (
          <ParametersTable info={info} snapshot={snapshot} prepared={prepared} />
        )}
        {!hidden.has('parameters') && <ModelSummary info={info} prepared={prepared} />}
        {!hidden.has('training') && (
          <RunSettings
            config={config}
            landmarks={info?.analysis.landmarks ?? null}
            onChange={trainer.updateSettings}
          />
        )}
        {!hidden.has('features') && (
          <FeatureSettings
            features={config.features}
            initialization={config.initialization}
            onRestart={trainer.restart}
          />
        )}
        {!hidden.has('data') && <DataAndSharing trainer={trainer} />}
      </div>
    </div>
  );
}
