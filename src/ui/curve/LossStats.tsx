import { useId, useMemo } from 'react';
import type { Design } from '../../engine';
import { formatCount, formatNumber } from '../text/format';
import { accuracy, accuracyText } from './accuracy';

interface LossStatsProps {
  /** The training points (all of them when nothing is held out). */
  design: Design | null;
  /** The held-out points, or null. */
  test?: Design | null;
  theta: Float64Array | null;
  iteration: number | null;
  loss: number | null;
  /** Compare runs: run B's loss J and iteration, shown below run A's. */
  runB?: { readonly loss: number | null; readonly iteration: number | null } | null;
}

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  const id = useId();
  return (
    <div className="loss-stat">
      <dt id={id}>{label}</dt>
      <dd aria-labelledby={id}>
        <span className="loss-stat-value">{value}</span>
        {detail && <span className="loss-stat-detail">{detail}</span>}
      </dd>
    </div>
  );
}

/**
 * The iteration shown in two numbers (three, with run B's loss when comparing runs): the accuracy (the points on the right side of the boundary,
 * from the page's copy of the design and the engine's logits) and the loss J.
 */
export function LossStats({
  design,
  test = null,
  theta,
  iteration,
  loss,
  runB = null,
}: LossStatsProps) {
  // The snapshot may belong to the previous run for a moment after a load: match by size.
  const result = useMemo(
    () => (design && theta && theta.length === design.p + 1 ? accuracy(design, theta) : null),
    [design, theta],
  );
  const heldOutResult = useMemo(
    () => (test && theta && theta.length === test.p + 1 ? accuracy(test, theta) : null),
    [test, theta],
  );
  const split = test !== null && heldOutResult !== null;
  const at = iteration === null ? undefined : `at iteration ${formatCount(iteration)}`;
  return (
    <dl className="loss-stats">
      <Stat
        label={split ? 'Training accuracy' : 'Accuracy'}
        value={result ? accuracyText(result) : '—'}
        detail={
          result
            ? `${formatCount(result.correct)} of ${formatCount(result.total)} ${split ? 'training ' : ''}points classified right` +
              (result.undecided > 0 ? `, ${formatCount(result.undecided)} undecided (p = 0.5)` : '')
            : undefined
        }
      />
      {split ? (
        // Two numbers, as without a split: the losses of both sets are in the readout under the
        // transport, and on the chart.
        <Stat
          label="Held-out accuracy"
          value={accuracyText(heldOutResult)}
          detail={`${formatCount(heldOutResult.correct)} of ${formatCount(heldOutResult.total)} held-out points classified right`}
        />
      ) : (
        <Stat
          label="Current loss J"
          value={loss === null ? '—' : formatNumber(loss)}
          detail={runB && at ? `run A ${at}` : at}
        />
      )}
      {runB && (
        <Stat
          label="Run B’s loss J"
          value={runB.loss === null ? '—' : formatNumber(runB.loss)}
          detail={
            runB.iteration === null ? undefined : `at iteration ${formatCount(runB.iteration)}`
          }
        />
      )}
    </dl>
  );
}
