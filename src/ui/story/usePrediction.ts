/**
 * Predict, then see: the reader marks on the loss surface where they expect the weights to go,
 * then steps or plays and reads how close the guess was. While armed, a click or drag on the
 * surface moves the guess instead of restarting the run from there (SurfaceFigure routes it).
 */
import { useCallback, useState } from 'react';
import type { TrainerView } from '../../worker/client';

export interface Prediction {
  /** The surface places the guess (instead of setting θ) while this is on. */
  readonly armed: boolean;
  /** The guessed θ, on the optimizer's features, or null. */
  readonly guess: readonly number[] | null;
  /** Where the weights were when the guess was made. */
  readonly from: { readonly iteration: number; readonly theta: readonly number[] } | null;
  readonly arm: () => void;
  readonly cancel: () => void;
  readonly place: (theta: readonly number[]) => void;
  readonly clear: () => void;
}

interface Guess {
  readonly theta: readonly number[];
  readonly from: { readonly iteration: number; readonly theta: readonly number[] };
  /** The run it was made on: a new run (other data, a chapter) makes it meaningless. */
  readonly info: TrainerView['info'];
}

export function usePrediction(view: TrainerView): Prediction {
  /** The iteration at which marking began: stepping or playing on from it ends the marking. */
  const [armedAt, setArmedAt] = useState<number | null>(null);
  const [guess, setGuess] = useState<Guess | null>(null);
  const { snapshot, info } = view;
  const iteration = snapshot?.iteration ?? null;
  const armed = armedAt !== null && armedAt === iteration;

  const arm = useCallback(() => setArmedAt(iteration), [iteration]);
  const cancel = useCallback(() => setArmedAt(null), []);
  const clear = useCallback(() => {
    setArmedAt(null);
    setGuess(null);
  }, []);
  const place = useCallback(
    (theta: readonly number[]) => {
      if (!snapshot) return;
      setGuess({
        theta: [...theta],
        from: { iteration: snapshot.iteration, theta: Array.from(snapshot.theta) },
        info,
      });
    },
    [snapshot, info],
  );

  const valid = guess !== null && guess.info === info;
  return {
    armed,
    guess: valid ? guess.theta : null,
    from: valid ? guess.from : null,
    arm,
    cancel,
    place,
    clear,
  };
}

/** The Euclidean distance between two parameter vectors of the same length. */
export function distance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < a.length; k++) sum += (a[k] - b[k]) ** 2;
  return Math.sqrt(sum);
}
