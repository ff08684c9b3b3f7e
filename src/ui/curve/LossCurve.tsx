import { memo, useId, useState } from 'react';
import { useRunColors } from '../compare/compareColors';
import { RunSwatch } from '../compare/RunSwatch';
import { useRunB } from '../compare/useComparison';
import type { RunContext } from '../app/runContext';
import { LossChart } from './LossChart';
import './lossCurve.css';
import { LossStats } from './LossStats';

/**
 * The loss panel: the loss J and the gradient norm ‖∇J‖ per iteration, a log-scale switch for the
 * loss axis, and beside the chart the accuracy and loss of the iteration shown. Dragging across
 * the chart goes back (or forward) in time.
 */
export function LossCurve({ run }: { run: RunContext }) {
  const { view, prepared, colors, commands, comparison } = run;
  const { snapshot, history, historyVersion } = view;
  const viewB = useRunB(comparison);
  const runColors = useRunColors(run.theme);
  const series = comparison
    ? {
        history: viewB.history,
        historyVersion: viewB.historyVersion,
        iteration: viewB.snapshot?.iteration ?? null,
        loss: viewB.snapshot?.loss ?? null,
        labelA: comparison.labelA,
        labelB: comparison.labelB,
        colors: runColors,
      }
    : null;
  const [logScale, setLogScale] = useState(false);
  // The held-out loss of the iteration shown: null when nothing is held out.
  const heldOutLoss = snapshot?.heldOutLoss ?? null;
  const splitting = heldOutLoss !== null;
  return (
    <div className="loss-curve">
      <div className="loss-curve-main">
        <div className="loss-curve-bar">
          <LossLegend
            labelA={comparison?.labelA ?? null}
            labelB={comparison?.labelB ?? null}
            splitting={splitting}
          />
          <LogScaleToggle logScale={logScale} onChange={setLogScale} />
        </div>
        <LossChart
          history={history}
          historyVersion={historyVersion}
          iteration={snapshot?.iteration ?? null}
          loss={snapshot?.loss ?? null}
          heldOutLoss={comparison ? null : heldOutLoss}
          gradientNorm={snapshot?.gradientNorm ?? null}
          logScale={logScale}
          colors={colors}
          onSeek={comparison?.transport.seek ?? commands.seek}
          comparison={series}
          fontSize={run.figure.fontSize}
        />
      </div>
      <LossStats
        design={prepared?.training ?? null}
        test={prepared?.test ?? null}
        theta={snapshot?.theta ?? null}
        iteration={snapshot?.iteration ?? null}
        loss={snapshot?.loss ?? null}
        runB={series && { loss: series.loss, iteration: series.iteration }}
      />
    </div>
  );
}

/**
 * The lines' names. Like the toggle below, rendered only when what it shows changes: the panel
 * renders with every snapshot.
 */
const LossLegend = memo(function LossLegend({
  labelA,
  labelB,
  splitting,
}: {
  /** Compare runs: both runs' names; null with one run. */
  labelA: string | null;
  labelB: string | null;
  splitting: boolean;
}) {
  if (labelA !== null && labelB !== null) {
    return (
      <ul className="loss-legend" aria-label="Lines">
        <li>
          <RunSwatch run="a" />
          loss J of run A: {labelA}
        </li>
        <li>
          <RunSwatch run="b" />
          loss J of run B: {labelB}
        </li>
      </ul>
    );
  }
  return (
    <ul className="loss-legend" aria-label="Lines">
      <li>
        <svg width="24" height="10" aria-hidden="true">
          <line className="loss-legend-loss" x1="1" y1="5" x2="23" y2="5" />
        </svg>
        {splitting ? (
          'training J'
        ) : (
          <>
            loss J<span className="loss-legend-more"> (left axis)</span>
          </>
        )}
      </li>
      {splitting && (
        // Short, so the legend leaves the chart its height on the stage; the chart's
        // own label names the early-stopping mark, and its description says the rest.
        <li>
          <svg width="24" height="10" aria-hidden="true">
            <line className="loss-legend-held-out" x1="1" y1="5" x2="23" y2="5" />
          </svg>
          held-out (no penalty)
        </li>
      )}
      <li>
        <svg width="24" height="10" aria-hidden="true">
          <line className="loss-legend-norm" x1="1" y1="5" x2="23" y2="5" />
        </svg>
        {splitting ? (
          '‖∇J‖ (right)'
        ) : (
          // In a narrow column the axes' titles say which is which: the legend keeps one line.
          <>
            <span className="loss-legend-more">gradient norm </span>‖∇J‖
            <span className="loss-legend-more"> (right axis)</span>
          </>
        )}
      </li>
    </ul>
  );
});

/** The log-scale switch (a re-rendered input has its attributes re-set in the DOM). */
const LogScaleToggle = memo(function LogScaleToggle({
  logScale,
  onChange,
}: {
  logScale: boolean;
  onChange: (logScale: boolean) => void;
}) {
  const toggleId = useId();
  return (
    <label className="loss-toggle" htmlFor={toggleId}>
      <input
        id={toggleId}
        type="checkbox"
        checked={logScale}
        onChange={(event) => onChange(event.target.checked)}
      />
      Log scale
    </label>
  );
});
