/**
 * The "Predict first" box's controls: each chapter's question answered in the form it needs (a
 * choice, a number, a mark on the loss surface, a sketch of the boundary on the data: SketchAnswer),
 * then, once the run has moved on and stopped or paused, the answer with a one-line explanation
 * and how close the guess was, in words.
 */
import { useId, useState } from 'react';
import type { AnswerForm } from '../../story/chapters';
import { formatCount, formatSetting } from '../text/format';
import type { Snapshot } from '../../worker/protocol';
import type { PreparedRun } from '../../worker/run';
import type { Given } from './PredictionResult';
import { Result, runSeen } from './PredictionResult';
import { SketchAnswer } from './SketchAnswer';
import type { Prediction } from './usePrediction';
import { distance } from './usePrediction';
import type { Sketch } from './useSketch';

interface PredictionControlsProps {
  readonly prediction: Prediction;
  readonly snapshot: Snapshot | null;
  /** False when the loss surface is hidden: there is nowhere to mark a guess. */
  readonly surfaceShown: boolean;
  /** The chapter's answer form; a mark on the surface when none is given. */
  readonly form?: AnswerForm | null;
  /** The sketch of the boundary on the data figure, and the run it is measured on. */
  readonly sketch?: Sketch | null;
  readonly prepared?: PreparedRun | null;
}

export function PredictionControls({
  prediction,
  snapshot,
  surfaceShown,
  form = null,
  sketch = null,
  prepared = null,
}: PredictionControlsProps) {
  if (form?.kind === 'choice') return <ChoiceAnswer form={form} snapshot={snapshot} />;
  if (form?.kind === 'number') return <NumberAnswer form={form} snapshot={snapshot} />;
  if (form?.kind === 'sketch') {
    return sketch ? (
      <SketchAnswer
        sketch={sketch}
        prepared={prepared}
        snapshot={snapshot}
        explanation={form.explanation}
      />
    ) : null;
  }
  if (!surfaceShown) return null;
  return (
    <SurfaceAnswer
      prediction={prediction}
      snapshot={snapshot}
      explanation={form?.explanation ?? null}
    />
  );
}

function ChoiceAnswer({
  form,
  snapshot,
}: {
  form: Extract<AnswerForm, { kind: 'choice' }>;
  snapshot: Snapshot | null;
}) {
  const name = useId();
  const [given, setGiven] = useState<Given<string> | null>(null);
  const seen = runSeen(snapshot, given);
  let reveal: string | null = null;
  if (seen && given) {
    const answer = typeof form.answer === 'string' ? form.answer : signOfFirstWeight(snapshot);
    const right = form.options.find((option) => option.id === answer);
    reveal =
      given.value === answer
        ? `Right: ${right?.label ?? answer}.`
        : `Not quite: ${lowerFirst(right?.label ?? answer)}.`;
  }
  return (
    <div className="prediction">
      {/* A menu, one line high whatever the number of options: the guide's question stays on
          the stage, also in presentation mode's large type. */}
      <div className="field prediction-choices">
        <label htmlFor={name} className="field-label">
          Your answer
        </label>
        <select
          id={name}
          className="select"
          value={given?.value ?? ''}
          onChange={(event) =>
            setGiven(
              event.target.value === ''
                ? null
                : { value: event.target.value, at: snapshot?.iteration ?? 0 },
            )
          }
        >
          <option value="">Choose…</option>
          {form.options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <Result
        waiting={given ? 'Now play (or step) and see.' : 'Choose your answer, then play.'}
        reveal={reveal}
        explanation={form.explanation}
      />
    </div>
  );
}

function NumberAnswer({
  form,
  snapshot,
}: {
  form: Extract<AnswerForm, { kind: 'number' }>;
  snapshot: Snapshot | null;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [given, setGiven] = useState<Given<number> | null>(null);
  const seen = runSeen(snapshot, given);
  let reveal: string | null = null;
  if (seen && given) {
    if (form.answer === 'iterations') {
      if (snapshot.stop?.kind === 'converged') {
        reveal = countCloseness(given.value, snapshot.stop.iteration);
      } else if (snapshot.stop === null) {
        reveal = null;
      }
    } else {
      reveal = numberCloseness(given.value, form.answer);
    }
  }
  const waiting =
    given === null
      ? 'Enter your answer, then play.'
      : form.answer === 'iterations'
        ? 'Now play until it converges.'
        : 'Now step or play and see.';
  return (
    <div className="prediction">
      <div className="field prediction-number">
        <label htmlFor={id} className="field-label">
          {form.label}
        </label>
        <input
          id={id}
          className="number-input"
          type="text"
          inputMode="decimal"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            const value = Number(event.target.value.replace('\u2212', '-'));
            setGiven(
              event.target.value.trim() !== '' && Number.isFinite(value)
                ? { value, at: snapshot?.iteration ?? 0 }
                : null,
            );
          }}
        />
      </div>
      <Result waiting={waiting} reveal={reveal} explanation={form.explanation} />
    </div>
  );
}

function SurfaceAnswer({
  prediction,
  snapshot,
  explanation,
}: {
  prediction: Prediction;
  snapshot: Snapshot | null;
  explanation: string | null;
}) {
  const { armed, guess, from } = prediction;
  let waiting: string | null = null;
  let reveal: string | null = null;
  if (guess && from && snapshot && snapshot.theta.length === guess.length) {
    const steps = snapshot.iteration - from.iteration;
    if (steps <= 0) {
      waiting = 'Your guess is marked on the loss surface (the hollow diamond). Now step or play.';
    } else {
      const moved = distance(snapshot.theta, from.theta);
      const off = distance(snapshot.theta, guess);
      reveal = `After ${formatCount(steps)} ${steps === 1 ? 'iteration' : 'iterations'}: ${surfaceCloseness(off, moved)}`;
    }
  }
  return (
    <div className="prediction">
      {armed ? (
        <>
          <p>
            Click or drag on the loss surface where you expect the weights to go (Shift with the
            arrow keys on the focused surface moves the guess), then step or play.
          </p>
          <button type="button" className="button button-small" onClick={prediction.cancel}>
            Done marking
          </button>
        </>
      ) : (
        <button type="button" className="button button-small" onClick={prediction.arm}>
          {guess ? 'Move your guess' : 'Mark your guess on the loss surface'}
        </button>
      )}
      {guess && !armed && (
        <button type="button" className="button button-small" onClick={prediction.clear}>
          Clear the guess
        </button>
      )}
      <Result waiting={waiting} reveal={reveal} explanation={explanation} />
    </div>
  );
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The chapter-1 answer read from the run: which way the first weight went. */
function signOfFirstWeight(snapshot: Snapshot): string {
  const w = snapshot.theta[1] ?? 0;
  return w > 0 ? 'up' : w < 0 ? 'down' : 'flat';
}

/** How close a guessed number is to the answer, in words. */
export function numberCloseness(guess: number, answer: number): string {
  const said = `you said ${formatSetting(guess)}`;
  const is = `it is ${formatSetting(answer)}`;
  const diff = Math.abs(guess - answer);
  if (diff <= 1e-9 * Math.max(1, Math.abs(answer))) return `Exactly right: ${is}.`;
  if (answer !== 0 && guess !== 0 && Math.sign(guess) !== Math.sign(answer)) {
    return `The sign is the other way: ${is}, ${said}.`;
  }
  const relative = answer === 0 ? Infinity : diff / Math.abs(answer);
  if (relative <= 0.1) return `Very close: ${is}, ${said}.`;
  if (relative <= 0.5) return `Close: ${is}, ${said}.`;
  return `Some way off: ${is}, ${said}.`;
}

/** How close a guessed count of steps is to the run's, in words. */
export function countCloseness(guess: number, steps: number): string {
  const needed = `It needed ${formatCount(steps)} ${steps === 1 ? 'step' : 'steps'}`;
  const off = Math.round(guess) - steps;
  if (off === 0) return `Exactly right: ${lowerFirst(needed)}.`;
  const by = `${formatCount(Math.abs(off))} ${off > 0 ? 'too many' : 'too few'}`;
  if (Math.abs(off) <= 2 || Math.abs(off) <= 0.25 * steps) {
    return `Close: ${lowerFirst(needed)}; you said ${formatSetting(guess)}, ${by}.`;
  }
  const times = guess > steps ? guess / steps : steps / Math.max(guess, 1);
  return `${needed}; you said ${formatSetting(guess)}: about ${formatSetting(times, 2)} times ${
    guess > steps ? 'as many as it needed' : 'fewer than it needed'
  }.`;
}

/** How close a mark on the surface was, measured against how far the weights moved. */
export function surfaceCloseness(off: number, moved: number): string {
  if (!(moved > 0)) {
    return off === 0
      ? 'the weights did not move, and your guess is on them.'
      : 'the weights did not move.';
  }
  const ratio = off / moved;
  if (ratio < 0.1) return 'very close: your guess is within a tenth of how far the weights moved.';
  if (ratio < 0.5)
    return 'close: your guess is off by less than half of how far the weights moved.';
  if (ratio < 1.5)
    return 'in the right area, but off by about as far as the weights moved (the dashed line).';
  return `far off: your guess is about ${formatSetting(ratio, 2)} times as far from the weights as they moved.`;
}
