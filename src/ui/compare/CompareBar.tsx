import { useMemo, useState } from 'react';
import type { TrainingConfig } from '../../state/config';
import type { TrainerView } from '../../worker/client';
import type { RunViewStore } from '../app/runStore';
import { useRunView } from '../app/runStore';
import { NumberSetting } from '../settings/NumberSetting';
import { SelectSetting } from '../settings/SelectSetting';
import './compare.css';
import type { RunOutcome } from './outcome';
import { convergenceCriterion, OutcomeTracker, outcomeText } from './outcome';
import { RunSwatch } from './RunSwatch';
import type { ComparisonControls } from './useComparison';
import { useRunB } from './useComparison';
import type { CompareKind } from './variant';
import { COMPARE_KINDS, defaultChoice, pointCount } from './variant';

type Option = CompareKind | 'off';

const OPTIONS: readonly { readonly value: Option; readonly label: string }[] = [
  { value: 'off', label: 'nothing (one run)' },
  ...COMPARE_KINDS,
];

/** The run's outcome, read incrementally from its growing history (OutcomeTracker). */
function useOutcome(view: TrainerView, tolerance: number): RunOutcome {
  const [tracker] = useState(() => new OutcomeTracker());
  const { history, historyVersion, snapshot } = view;
  return useMemo(
    () => tracker.update(history, tolerance, snapshot),
    // historyVersion: the history object is updated in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [tracker, history, historyVersion, tolerance, snapshot],
  );
}

interface CompareBarProps {
  comparison: ComparisonControls;
  /** Run A: its configuration (for the other value's default) and its view (for its outcome). */
  config: TrainingConfig;
  storeA: RunViewStore;
  /** While nobody sees it (the drawer closed), it does not follow run A's snapshots. */
  hidden: boolean;
}

/**
 * The "Compare runs" controls under the playback bar: what run B changes (and its other value where
 * one is needed), the two runs named with their line styles, and how many iterations each needed
 * to converge.
 */
export function CompareBar({ comparison, config, storeA, hidden }: CompareBarProps) {
  const { choice, setChoice, active } = comparison;
  const view = useRunView(storeA, hidden);
  const viewB = useRunB(active);
  const outcomeA = useOutcome(view, config.tolerance);
  const outcomeB = useOutcome(viewB, active?.configB.tolerance ?? config.tolerance);
  const fullBatchA =
    config.optimizer.batchSize === 0 || config.optimizer.batchSize >= pointCount(config.data);

  return (
    <div className="compare" role="group" aria-label="Compare runs">
      <div className="compare-settings">
        <SelectSetting<Option>
          label="Compare with"
          value={choice?.kind ?? 'off'}
          options={OPTIONS}
          onChange={(kind) => setChoice(kind === 'off' ? null : defaultChoice(kind, config))}
        />
        {choice?.kind === 'learningRate' && (
          <NumberSetting
            label="Run B’s learning rate η"
            value={choice.learningRate}
            limit="learningRate"
            onCommit={(learningRate) => setChoice({ ...choice, learningRate })}
          />
        )}
        {choice?.kind === 'batch' && fullBatchA && (
          <NumberSetting
            label="Run B’s batch size"
            value={choice.batchSize}
            limit="batchSize"
            min={1}
            onCommit={(batchSize) => setChoice({ ...choice, batchSize })}
          />
        )}
      </div>
      {choice && (
        <div className="compare-details">
          {comparison.problem && (
            <p className="status-message status-warning compare-problem" role="status">
              Run B cannot run: {comparison.problem}
            </p>
          )}
          {active && (
            <>
              <ul className="compare-legend" aria-label="Runs compared">
                <li>
                  <RunSwatch run="a" />
                  Run A: {active.labelA}
                </li>
                <li>
                  <RunSwatch run="b" />
                  Run B: {active.labelB}
                </li>
              </ul>
              <table className="parameters compare-results">
                <caption>Iterations to converge</caption>
                <thead>
                  <tr>
                    <th scope="col">run</th>
                    <th scope="col">iterations</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">A: {active.labelA}</th>
                    <td className="number">{outcomeText(outcomeA)}</td>
                  </tr>
                  <tr>
                    <th scope="row">B: {active.labelB}</th>
                    <td className="number">{outcomeText(outcomeB)}</td>
                  </tr>
                </tbody>
                <tfoot>
                  <tr>
                    <td colSpan={2} className="compare-criterion">
                      {convergenceCriterion(config, active.configB)}
                    </td>
                  </tr>
                </tfoot>
              </table>
              <p className="compare-note">
                Same data, same start; Play, Step, Back and Reset drive both. The other panels show
                run A.
              </p>
            </>
          )}
        </div>
      )}
    </div>
  );
}
