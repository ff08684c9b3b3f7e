import 'katex/dist/katex.min.css';
import './derivation.css';
import { useCallback, useId, useMemo, useState } from 'react';
import type { RunHistory } from '../../state/history';
import type { Snapshot } from '../../worker/protocol';
import { formatCount, formatNumber } from '../text/format';
import { NumberSetting } from '../settings/NumberSetting';
import type { RunContext } from '../app/runContext';
import { DerivationStep } from './DerivationStep';
import { liveNumbers } from './liveNumbers';
import { parsePointNumber } from './parsePoint';
import { derivationSections, INITIALLY_OPEN } from './sections';
import { derivationSummary } from './summary';
import { PHASES } from '../slowMotion/phases';
import { PLAYING_INTERVAL_MS } from './throttle';
import { useHighlightColors } from './useHighlightColors';
import { useKatex } from './useKatex';
import { useThrottled } from './useThrottled';

/**
 * The mathematics: the derivation of the gradient, step by step, with the numbers of the
 * iteration shown filled in. Every number comes from the engine (liveNumbers.ts) at the
 * snapshot's θ on the page's copy of the design; while the run plays they change at most four
 * times a second, and at once when it is paused or stepped.
 */
export function DerivationPanel({ run }: { run: RunContext }) {
  const { view, config, prepared, highlightedPoint, setHighlightedPoint, theme } = run;
  const latest = view.snapshot;
  const snapshot = useThrottled(latest, !latest?.playing, PLAYING_INTERVAL_MS);
  const colors = useHighlightColors(theme);
  const katex = useKatex();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(INITIALLY_OPEN));
  const onToggle = useCallback((id: string, isOpen: boolean) => {
    setOpen((current) => {
      if (current.has(id) === isOpen) return current;
      const next = new Set(current);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const design = prepared?.design ?? null;
  const { objective, optimizer } = config;
  const velocity = useMemo(
    () => (optimizer.rule === 'momentum' && snapshot ? velocityAt(view.history, snapshot) : null),
    // The history is updated in place; historyVersion says when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [optimizer.rule, snapshot, view.history, view.historyVersion],
  );
  const live = useMemo(() => {
    // For a moment after a new data set, the snapshot may still be the old run's.
    if (!snapshot || !design || snapshot.theta.length !== design.p + 1) return null;
    return liveNumbers({
      iteration: snapshot.iteration,
      objective,
      optimizer,
      design,
      theta: snapshot.theta,
      pointIndex: highlightedPoint,
      velocity,
    });
  }, [snapshot, design, objective, optimizer, highlightedPoint, velocity]);

  const names = view.info?.parameterNames;
  const standardized = prepared?.map.settings.standardize ?? false;
  const sections = useMemo(
    () => (live ? derivationSections({ live, names: names ?? [], standardized, colors }) : []),
    [live, names, standardized, colors],
  );
  const summary = useMemo(() => (live ? derivationSummary(live, names ?? []) : ''), [live, names]);

  if (katex.status === 'failed') {
    return (
      <p className="derivation-waiting" role="alert">
        The formulas could not be loaded ({katex.message}). Reload the page to try again.
      </p>
    );
  }
  if (!live || katex.status === 'loading') {
    return (
      <p className="derivation-waiting">
        {live ? 'Loading the formulas…' : 'Waiting for the run…'}
      </p>
    );
  }
  const n = live.derivation.n;
  const slowMotionSection = run.slowMotion ? PHASES[run.slowMotion.phase].section : null;
  return (
    <div className="derivation">
      {/* The numbers in words for screen readers; read on demand, never announced while playing. */}
      <p className="visually-hidden" aria-live="off">
        {summary}
      </p>
      <div className="derivation-header">
        <dl className="derivation-status">
          <StatusItem label="At iteration" value={formatCount(live.iteration)} />
          <StatusItem label="Loss J(θ)" value={formatNumber(live.derivation.loss)} />
        </dl>
        <NumberSetting
          label={`Point i (1 to ${formatCount(n)})`}
          value={live.derivation.point.index + 1}
          parse={(text) => parsePointNumber(text, n)}
          onCommit={(value) => setHighlightedPoint(value - 1)}
          step={1}
          min={1}
          max={n}
        />
      </div>
      <ol className="derivation-steps">
        {sections.map((section, k) => (
          <DerivationStep
            key={section.id}
            section={section}
            number={k + 1}
            open={open.has(section.id)}
            current={section.id === slowMotionSection}
            onToggle={onToggle}
          />
        ))}
      </ol>
    </div>
  );
}

/** One labelled number of the status line, named by its label. */
function StatusItem({ label, value }: { label: string; value: string }) {
  const id = useId();
  return (
    <div>
      <dt id={id}>{label}</dt>
      <dd aria-labelledby={id}>{value}</dd>
    </div>
  );
}

/** Momentum's velocity v at the snapshot's iteration, if the page's history still holds that entry. */
function velocityAt(history: RunHistory | null, snapshot: Snapshot): Float64Array | null {
  if (!history || history.length === 0) return null;
  const entry = history.entry(history.indexAtOrBefore(snapshot.iteration));
  const same =
    entry.iteration === snapshot.iteration &&
    entry.theta.length === snapshot.theta.length &&
    entry.theta.every((t, j) => Object.is(t, snapshot.theta[j]));
  return same ? entry.velocity : null;
}
