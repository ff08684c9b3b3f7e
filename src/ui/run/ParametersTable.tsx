import { useMemo } from 'react';
import type { Design, Objective } from '../../engine';
import { objectiveValue, penalty } from '../../engine';
import type { OptimumSummary } from '../../worker/analysis';
import type { RunInfo, Snapshot } from '../../worker/protocol';
import type { PreparedRun } from '../../worker/run';
import type { Accuracy } from '../curve/accuracy';
import { accuracy, accuracyText } from '../curve/accuracy';
import { formatNumber } from '../text/format';
import { LOSS_NAMES } from '../text/labels';
import './parametersTable.css';

interface ParametersTableProps {
  info: RunInfo | null;
  snapshot: Snapshot | null;
  /** The page's copy of the run's data and design (App's usePreparedRun). */
  prepared: PreparedRun | null;
}

/** Why there is no optimum to compare with, in a few words (the full message is the cell's title). */
const NO_OPTIMUM: Record<Exclude<OptimumSummary['status'], 'found'>, string> = {
  separable: 'none: the classes are separable',
  notFound: 'not found',
};

/** How well θ fits the data: J, the mean data loss (J without the penalty) and the accuracy. */
interface Fit {
  readonly objective: number;
  readonly meanLoss: number;
  readonly accuracy: Accuracy;
}

/**
 * The fit at θ. `value` is J(θ) when it is known already (the worker's, in every snapshot), so the
 * current column costs no pass over the data for it while the run plays.
 */
function fitAt(
  objective: Objective,
  design: Design,
  theta: Float64Array,
  known?: number,
): Fit | null {
  // The snapshot may belong to the previous run for a moment after a load: match by size.
  if (theta.length !== design.p + 1) return null;
  const value = known ?? objectiveValue(objective, design, theta);
  return {
    objective: value,
    meanLoss: value - penalty(objective.regularization, theta),
    accuracy: accuracy(design, theta),
  };
}

function OptimumCell({ optimum, index }: { optimum: OptimumSummary | undefined; index: number }) {
  if (!optimum) return <td>—</td>;
  if (optimum.status === 'found') {
    return <td className="number">{formatNumber(optimum.rawTheta[index])}</td>;
  }
  return (
    <td className="parameters-none" title={optimum.message}>
      {NO_OPTIMUM[optimum.status]}
    </td>
  );
}

function FitRow({
  name,
  title,
  current,
  optimum,
}: {
  name: string;
  title: string;
  current: string | null;
  optimum: string | null;
}) {
  return (
    <tr>
      <th scope="row" title={title}>
        {name}
      </th>
      <td className="number">{current ?? '—'}</td>
      <td className="number">{optimum ?? '—'}</td>
    </tr>
  );
}

const percent = (fit: Fit | null) => (fit ? accuracyText(fit.accuracy) : null);

/**
 * The parameters in raw feature units, as a statistics package reports them: where the run is
 * and where it is going (the optimum, found by Newton's method in the worker), and below them how
 * well each point fits the data: the mean loss, J when a penalty is added, and the accuracy, from
 * the page's copy of the design (the worker sends only θ).
 */
export function ParametersTable({ info, snapshot, prepared }: ParametersTableProps) {
  const names = info?.parameterNames ?? [];
  // The worker sends a new analysis whenever the loss or the regularization changes.
  const analysis = info?.analysis;
  const optimum = analysis?.optimum;
  // The fit is the training points' (all of them when nothing is held out).
  const design = prepared?.training ?? null;
  // The snapshot may belong to the previous run for a moment after a load: match by length.
  const current = snapshot && snapshot.rawTheta.length === names.length ? snapshot : null;
  const theta = current?.theta ?? null;

  // The current column takes J from the snapshot (the worker's, on the run's objective); the
  // optimum's is scored on the analysis's objective. The two agree but for the moment between a
  // change of loss or penalty reaching the page as a snapshot and as the analysis that follows.
  const loss = current?.loss;
  const currentFit = useMemo(
    () => (analysis && design && theta ? fitAt(analysis.objective, design, theta, loss) : null),
    [analysis, design, theta, loss],
  );
  const optimumFit = useMemo(
    () =>
      analysis && design && analysis.optimum.status === 'found'
        ? fitAt(analysis.objective, design, analysis.optimum.theta)
        : null,
    [analysis, design],
  );

  const objective = analysis?.objective;
  const penalized =
    objective !== undefined &&
    objective.regularization.kind !== 'none' &&
    objective.regularization.lambda > 0;
  const lossName = objective ? LOSS_NAMES[objective.loss] : 'loss';
  const local = optimum?.status === 'found' && optimum.minimum === 'local';
  return (
    <table className="parameters">
      <caption>Parameters</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">name</span>
          </th>
          <th scope="col">current</th>
          <th scope="col">optimum</th>
        </tr>
      </thead>
      <tbody>
        {names.map((name, index) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td className="number">{current ? formatNumber(current.rawTheta[index]) : '—'}</td>
            <OptimumCell optimum={optimum} index={index} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <FitRow
          name="mean loss"
          title={`The ${lossName} averaged over the points${penalized ? ', without the penalty' : ''}`}
          current={currentFit && formatNumber(currentFit.meanLoss)}
          optimum={optimumFit && formatNumber(optimumFit.meanLoss)}
        />
        {penalized && (
          <FitRow
            name="J"
            title="The objective: the mean loss plus the penalty, what the optimum minimizes"
            current={currentFit && formatNumber(currentFit.objective)}
            optimum={optimumFit && formatNumber(optimumFit.objective)}
          />
        )}
        <FitRow
          name="accuracy"
          title="The share of points on their own side of the boundary"
          current={percent(currentFit)}
          optimum={percent(optimumFit)}
        />
        {local && (
          <tr>
            <td colSpan={3} className="parameters-note">
              The optimum is a local minimum: squared error on a sigmoid is not convex. Newton’s
              method found it starting from the cross-entropy’s optimum.
            </td>
          </tr>
        )}
      </tfoot>
    </table>
  );
}
