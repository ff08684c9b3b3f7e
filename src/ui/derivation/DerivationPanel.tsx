import 'katex/dist/katex.min.css';
import './derivation.css';
import { useCallback, useId, useMemo, useState } from 'react';
import { auxAt } from '../run/auxAt';
import { formatCount, formatNumber } from '../text/format';
import { NumberSetting } from '../settings/NumberSetting';
import { toDataIndex, toTrainingIndex } from './trainingPoint';
import type { RunContext } from '../app/runContext';
import { DerivationStep } from './DerivationStep';
import { liveNumbers } from './liveNumbers';
import { parsePointNumber } from './parsePoint';
import { derivationSections, INITIALLY_OPEN } from './sections';
import { derivationSummary } from './summary';
import { PHASES } from '../slowMotion/phases';
import { IN_STEP_SPEED, PLAYING_INTERVAL_MS } from './throttle';
import { useHighlightColors } from './useHighlightColors';
import { useKatex } from './useKatex';
import { useThrottled } from './useThrottled';

/**
 * The mathematics: the derivation of the gradient, step by step, with the numbers of the
 * iteration shown filled in. Every number comes from the engine (liveNumbers.ts) at the
 * snapshot's θ on the page's copy of the design. Up to 10 iterations a second they show every
 * iteration with the figures; faster, they change four times a second and the header says they
 * are behind the figures; paused or stepped, at once. In slow motion they are the step's: the
 * numbers at θ_{k−1}, whose last section takes the step to θ_k.
 */
export function DerivationPanel({ run }: { run: RunContext }) {
  const { view, config, prepared, highlightedPoint, setHighlightedPoint, theme } = run;
  const latest = run.slowMotion?.before ?? view.snapshot;
  // Exact when paused, stepping or playing up to IN_STEP_SPEED: the figures' iteration, this render.
  const exact = !latest?.playing || run.config.speed <= IN_STEP_SPEED || run.slowMotion !== null;
  const throttled = useThrottled(latest, exact, PLAYING_INTERVAL_MS);
  const snapshot = exact ? latest : throttled;
  const figuresAt = view.snapshot?.iteration ?? null;
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

  // J and ∇J are over the training points (all of them when nothing is held out); so is i.
  const design = prepared?.training ?? null;
  const heldOut = prepared?.heldOut ?? null;
  const trainingPoint = toTrainingIndex(heldOut, highlightedPoint);
  const { objective, optimizer } = config;
  // The rule's own state at this iteration (momentum's velocity), from the page's history.
  const aux = useMemo(
    () => (snapshot ? auxAt(view.history, snapshot) : null),
    // The history is updated in place; historyVersion says when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [snapshot, view.history, view.historyVersion],
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
      pointIndex: trainingPoint,
      aux,
    });
  }, [snapshot, design, objective, optimizer, trainingPoint, aux]);

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
  const behind = !run.slowMotion && figuresAt !== null && live.iteration !== figuresAt;
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
        {behind && (
          <p className="derivation-behind">
            Behind the figures (at iteration {formatCount(figuresAt)}): faster than {IN_STEP_SPEED}{' '}
            iterations a second the mathematics updates 4 times a second, and exactly when paused.
          </p>
        )}
        {run.slowMotion && (
          <p className="derivation-behind">
            The step from iteration {formatCount(live.iteration)} to{' '}
            {formatCount(run.slowMotion.iteration)}, in slow motion.
          </p>
        )}
        <NumberSetting
          label={
            heldOut
              ? `Training point i (1 to ${formatCount(n)})`
              : `Point i (1 to ${formatCount(n)})`
          }
          value={live.derivation.point.index + 1}
          parse={(text) => parsePointNumber(text, n)}
          onCommit={(value) => setHighlightedPoint(toDataIndex(heldOut, value - 1))}
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
