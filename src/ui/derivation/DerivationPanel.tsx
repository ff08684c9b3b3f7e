import 'katex/dist/katex.min.css';
import './derivation.css';
import { memo, useCallback, useId, useMemo, useState } from 'react';
import { auxAt } from '../run/auxAt';
import { formatCount, formatNumber } from '../text/format';
import { NumberSetting } from '../settings/NumberSetting';
import { toDataIndex, toTrainingIndex } from './trainingPoint';
import type { RunContext } from '../app/runContext';
import type { Section } from './content';
import { DerivationStep } from './DerivationStep';
import { liveNumbers } from './liveNumbers';
import { parsePointNumber } from './parsePoint';
import { derivationSections, INITIALLY_OPEN } from './sections';
import { derivationSummary } from './summary';
import { PHASES } from '../slowMotion/phases';
import { IN_STEP_SPEED, PLAYING_INTERVAL_MS } from './throttle';
import { useHighlightColors } from './useHighlightColors';
import { useKatex } from './useKatex';
import { useSameValues } from './useSameValues';
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
  const auxRead = useMemo(
    () => (snapshot ? auxAt(view.history, snapshot) : null),
    // The history is updated in place; historyVersion says when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [snapshot, view.history, view.historyVersion],
  );
  const aux = useSameValues(auxRead);
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
  const slowMotionSection = run.slowMotion ? PHASES[run.slowMotion.phase].section : null;
  const behindAt = !run.slowMotion && figuresAt !== null && live.iteration !== figuresAt;
  return (
    <div className="derivation">
      {/* The numbers in words for screen readers; read on demand, never announced while playing. */}
      <p className="visually-hidden" aria-live="off">
        {summary}
      </p>
      <DerivationHeader
        iteration={live.iteration}
        loss={live.derivation.loss}
        behindAt={behindAt ? figuresAt : null}
        slowMotionTo={run.slowMotion?.iteration ?? null}
        n={live.derivation.n}
        point={live.derivation.point.index + 1}
        heldOut={heldOut}
        setHighlightedPoint={setHighlightedPoint}
      />
      <DerivationSteps
        sections={sections}
        open={open}
        slowMotionSection={slowMotionSection}
        onToggle={onToggle}
      />
    </div>
  );
}

interface DerivationHeaderProps {
  iteration: number;
  loss: number;
  /** The figures' iteration when the numbers are behind it (playing fast), else null. */
  behindAt: number | null;
  /** In slow motion, the iteration the step goes to; else null. */
  slowMotionTo: number | null;
  n: number;
  /** The point i shown, counted from 1 among the training points. */
  point: number;
  heldOut: Uint8Array | null;
  setHighlightedPoint: RunContext['setHighlightedPoint'];
}

/**
 * The status line, the note on being behind, and the point's field. Rendered only when what it
 * shows changes: the panel renders with every snapshot, and a field re-rendered re-sets its
 * input's attributes in the DOM.
 */
const DerivationHeader = memo(function DerivationHeader({
  iteration,
  loss,
  behindAt,
  slowMotionTo,
  n,
  point,
  heldOut,
  setHighlightedPoint,
}: DerivationHeaderProps) {
  const onCommit = useCallback(
    (value: number) => setHighlightedPoint(toDataIndex(heldOut, value - 1)),
    [heldOut, setHighlightedPoint],
  );
  return (
    <div className="derivation-header">
      <dl className="derivation-status">
        <StatusItem label="At iteration" value={formatCount(iteration)} />
        <StatusItem label="Loss J(θ)" value={formatNumber(loss)} />
      </dl>
      {behindAt !== null && (
        <p className="derivation-behind">
          Behind the figures (at iteration {formatCount(behindAt)}): faster than {IN_STEP_SPEED}{' '}
          iterations a second the mathematics updates 4 times a second, and exactly when paused.
        </p>
      )}
      {slowMotionTo !== null && (
        <p className="derivation-behind">
          The step from iteration {formatCount(iteration)} to {formatCount(slowMotionTo)}, in slow
          motion.
        </p>
      )}
      <PointField n={n} point={point} heldOut={heldOut !== null} onCommit={onCommit} />
    </div>
  );
});

/** The point i whose numbers the derivation shows: renders only when n, i or the split change. */
const PointField = memo(function PointField({
  n,
  point,
  heldOut,
  onCommit,
}: {
  n: number;
  point: number;
  heldOut: boolean;
  onCommit: (value: number) => void;
}) {
  const parse = useCallback((text: string) => parsePointNumber(text, n), [n]);
  return (
    <NumberSetting
      label={
        heldOut ? `Training point i (1 to ${formatCount(n)})` : `Point i (1 to ${formatCount(n)})`
      }
      value={point}
      parse={parse}
      onCommit={onCommit}
      step={1}
      min={1}
      max={n}
    />
  );
});

/**
 * The steps: rendered when the numbers shown (the sections), a step's disclosure or slow
 * motion's step change, not with every snapshot (the sections are built at most 4 times a second
 * while playing fast).
 */
const DerivationSteps = memo(function DerivationSteps({
  sections,
  open,
  slowMotionSection,
  onToggle,
}: {
  sections: readonly Section[];
  open: ReadonlySet<string>;
  slowMotionSection: string | null;
  onToggle: (id: string, isOpen: boolean) => void;
}) {
  return (
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
  );
});

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
