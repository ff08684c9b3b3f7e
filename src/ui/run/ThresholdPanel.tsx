/**
 * The decision threshold on the current fit: a slider for t, the confusion matrix of the calls
 * p ≥ t, its rates, and the ROC curve with its area, the current t marked on it. Computed from the
 * snapshot's θ on the page's copy of the design (engine/roc.ts), and only while it is open, so a
 * closed panel costs nothing while the run plays.
 */
import { useId, useMemo, useState } from 'react';
import type { ThresholdConfusion, RocCurve } from '../../engine';
import { confusionAtThreshold, logits, rocCurve } from '../../engine';
import type { Snapshot } from '../../worker/protocol';
import type { PreparedRun } from '../../worker/run';
import { useThrottled } from '../derivation/useThrottled';
import { formatCount } from '../text/format';
import './thresholdPanel.css';

interface ThresholdPanelProps {
  snapshot: Snapshot | null;
  prepared: PreparedRun | null;
  /** Open from the start (the guide's chapter on reading the fit). */
  initiallyOpen?: boolean;
}

/** A share as a number with three decimals, or — when it is 0/0. */
const share = (count: number, total: number) => (total > 0 ? (count / total).toFixed(3) : '—');

const SIZE = 160;
const PAD = 22;

function RocFigure({ roc, confusion }: { roc: RocCurve; confusion: ThresholdConfusion }) {
  const scale = (v: number) => PAD + v * (SIZE - 2 * PAD);
  const flip = (v: number) => SIZE - scale(v);
  const points = Array.from(
    roc.falsePositiveRate,
    (x, k) => `${scale(x).toFixed(1)},${flip(roc.truePositiveRate[k]).toFixed(1)}`,
  ).join(' ');
  const fpr = confusion.falsePositives / roc.negatives;
  const tpr = confusion.truePositives / roc.positives;
  return (
    <svg
      className="threshold-roc"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width={SIZE}
      height={SIZE}
      role="img"
      aria-label={`ROC curve: area ${roc.auc.toFixed(3)}; at this threshold a true-positive rate of ${tpr.toFixed(3)} and a false-positive rate of ${fpr.toFixed(3)}`}
    >
      <rect
        className="threshold-roc-frame"
        x={scale(0)}
        y={flip(1)}
        width={SIZE - 2 * PAD}
        height={SIZE - 2 * PAD}
      />
      <line
        className="threshold-roc-chance"
        x1={scale(0)}
        y1={flip(0)}
        x2={scale(1)}
        y2={flip(1)}
      />
      <polyline className="threshold-roc-curve" points={points} />
      <circle className="threshold-roc-point" cx={scale(fpr)} cy={flip(tpr)} r={4} />
      <text x={SIZE / 2} y={SIZE - 4} textAnchor="middle">
        false-positive rate
      </text>
      <text x={9} y={SIZE / 2} textAnchor="middle" transform={`rotate(-90 9 ${SIZE / 2})`}>
        true-positive rate
      </text>
      <text x={scale(0.97)} y={flip(0.06)} textAnchor="end">
        AUC {roc.auc.toFixed(3)}
      </text>
    </svg>
  );
}

function ThresholdContent({ snapshot, prepared }: { snapshot: Snapshot; prepared: PreparedRun }) {
  const sliderId = useId();
  const [threshold, setThreshold] = useState(0.5);
  // While it plays, at most a few times a second: the ROC curve sorts the points.
  const theta = useThrottled(snapshot.theta, !snapshot.playing, 250);
  const { design } = prepared;
  const z = useMemo(
    () => (theta.length === design.p + 1 ? logits(design, theta) : null),
    [design, theta],
  );
  const roc = useMemo(() => (z ? rocCurve(z, design.y) : null), [z, design]);
  if (!z) return <p className="threshold-message">—</p>;
  const confusion = confusionAtThreshold(z, design.y, threshold);
  const {
    truePositives: tp,
    falsePositives: fp,
    trueNegatives: tn,
    falseNegatives: fn,
  } = confusion;
  return (
    <div className="threshold-body">
      <div className="threshold-slider">
        <label htmlFor={sliderId}>Threshold t</label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={1}
          step={0.01}
          value={threshold}
          aria-valuetext={threshold.toFixed(2)}
          onChange={(event) => setThreshold(Number(event.target.value))}
        />
        {/* Not an <output>: that is a live region, and the slider says its value itself. */}
        <span className="threshold-value" aria-hidden="true">
          {threshold.toFixed(2)}
        </span>
      </div>
      <p className="threshold-rule">A point is called 1 when its p ≥ t.</p>
      <div className="threshold-figures">
        <table className="threshold-confusion" aria-label="Confusion matrix">
          <thead>
            <tr>
              <td />
              <th scope="col">called 1</th>
              <th scope="col">called 0</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">y = 1</th>
              <td className="number" title="true positives">
                {formatCount(tp)}
              </td>
              <td className="number" title="false negatives">
                {formatCount(fn)}
              </td>
            </tr>
            <tr>
              <th scope="row">y = 0</th>
              <td className="number" title="false positives">
                {formatCount(fp)}
              </td>
              <td className="number" title="true negatives">
                {formatCount(tn)}
              </td>
            </tr>
          </tbody>
        </table>
        {roc ? (
          <RocFigure roc={roc} confusion={confusion} />
        ) : (
          <p className="threshold-message">No ROC curve: the data have one class only.</p>
        )}
      </div>
      <dl className="threshold-rates">
        <div>
          <dt>Accuracy</dt>
          <dd>{share(tp + tn, design.n)}</dd>
        </div>
        <div>
          <dt>Sensitivity (TPR)</dt>
          <dd>{share(tp, tp + fn)}</dd>
        </div>
        <div>
          <dt>Specificity (1 − FPR)</dt>
          <dd>{share(tn, tn + fp)}</dd>
        </div>
        <div>
          <dt>Precision</dt>
          <dd>{share(tp, tp + fp)}</dd>
        </div>
        {roc && (
          <div>
            <dt>AUC</dt>
            <dd>{roc.auc.toFixed(3)}</dd>
          </div>
        )}
      </dl>
      <p className="threshold-note">
        The ROC curve sweeps t from 1 to 0; its area (AUC) is the chance that a random point with y
        = 1 gets a higher p than a random point with y = 0. The threshold changes the calls, not the
        fit.
      </p>
    </div>
  );
}

/** The threshold panel: a disclosure, computed only while open. */
export function ThresholdPanel({ snapshot, prepared, initiallyOpen = false }: ThresholdPanelProps) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details
      className="threshold-panel"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>Decision threshold: confusion matrix and ROC curve</summary>
      {open &&
        (snapshot && prepared ? (
          <ThresholdContent snapshot={snapshot} prepared={prepared} />
        ) : (
          <p className="threshold-message">—</p>
        ))}
    </details>
  );
}
