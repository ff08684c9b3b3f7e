import { useRunView } from '../app/runStore';
import { DataAndSharing } from '../io/DataAndSharing';
import { FeatureSettings } from './FeatureSettings';
import { ModelSummary } from '../run/ModelSummary';
import { ParametersTable } from '../run/ParametersTable';
import { ThresholdPanel } from '../run/ThresholdPanel';
import { RunSettings } from './RunSettings';
import type { Hideable } from '../../state/pageLink';
import type { PreparedRun } from '../../worker/run';
import type { TrainerControls } from '../transport/useTrainer';

/**
 * The run's parameters and its settings, and the data with its import, export and sharing (the
 * transport, the learning rate, the iteration's numbers and the run's status are on the stage). Lays them out; each piece is its own component.
 */
export function TrainingStrip({
  trainer,
  prepared,
  hidden,
  onNeedsAttention,
  open,
}: {
  trainer: TrainerControls;
  /** The page's copy of the run's data and design. */
  prepared: PreparedRun | null;
  /** Parts a teacher hid for a presentation (pageLink.ts). */
  hidden: ReadonlySet<Hideable>;
  /** A message here needs to be seen (a file dropped on the page, a link that was cut short). */
  onNeedsAttention: () => void;
  /** Whether the drawer is open: closed, it does not follow the run's snapshots. */
  open: boolean;
}) {
  const { config } = trainer;
  // The parameters table and the threshold follow the run while the drawer is open; closed, the
  // drawer reads nothing per frame (issue 16).
  const view = useRunView(trainer.store, !open);
  const { snapshot, info } = view;
  return (
    <div className="training">
      <div className="training-details">
        {/* The settings first: the tables below them grow and shrink with the run (a note on a
            local minimum, a model summary), and must not move the controls a reader is using. */}
        {!hidden.has('training') && (
          <RunSettings config={config} onChange={trainer.updateSettings} />
        )}
        {!hidden.has('features') && (
          <FeatureSettings
            features={config.features}
            initialization={config.initialization}
            onRestart={trainer.restart}
          />
        )}
        {!hidden.has('parameters') && (
          <ParametersTable info={info} snapshot={snapshot} prepared={prepared} />
        )}
        {!hidden.has('parameters') && <ModelSummary info={info} prepared={prepared} />}
        {!hidden.has('parameters') && <ThresholdPanel snapshot={snapshot} prepared={prepared} />}
        {!hidden.has('data') && (
          <DataAndSharing trainer={trainer} view={view} onNeedsAttention={onNeedsAttention} />
        )}
      </div>
    </div>
  );
}
