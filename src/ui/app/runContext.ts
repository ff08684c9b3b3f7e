/**
 * What every panel of the page is given: the run as the worker reports it, the settings as the
 * controls show them, the page's own copy of the run's data and design (to draw the points and
 * fill in the derivation with the engine's functions), the commands, and which point is
 * highlighted (shared by the data panel and the derivation).
 */
import { useMemo } from 'react';
import type { DataSource, Initialization, TrainingConfig } from '../../state/config';
import type { ActiveComparison } from '../compare/useComparison';
import type { TrainerView } from '../../worker/client';
import type { RunInfo } from '../../worker/protocol';
import type { PreparedRun } from '../../worker/run';
import { prepareRun } from '../../worker/run';
import type { PlotColors } from '../plot/plotColors';
import type { SlowMotion } from '../slowMotion/useSlowMotion';
import type { Prediction } from '../story/usePrediction';
import type { Sketch } from '../story/useSketch';
import type { Theme } from './theme';

export interface RunCommands {
  readonly seek: (iteration: number) => void;
  /** Starts afresh from θ, on the optimizer's features (a click on the loss surface). */
  readonly setParameters: (theta: readonly number[]) => void;
  /**
   * Starts a new run on data drawn by hand from `initialization`, every other setting kept; a
   * playing run goes on playing.
   */
  readonly editData: (data: DataSource, initialization: Initialization) => void;
}

export interface RunContext {
  readonly view: TrainerView;
  /** The configuration as the controls show it: its objective and optimizer are in force. */
  readonly config: TrainingConfig;
  /** The data, feature map and design of the run in `view.info`, rebuilt on the page. */
  readonly prepared: PreparedRun | null;
  readonly commands: RunCommands;
  /** The point the derivation follows; the data panel sets it on hover or focus. */
  readonly highlightedPoint: number;
  readonly setHighlightedPoint: (index: number) => void;
  readonly theme: Theme;
  /** The reader's guess of where the weights go (predict, then see), marked on the surface. */
  readonly prediction: Prediction;
  /** The reader's sketch of the boundary (predict, then see), drawn on the data figure. */
  readonly sketch: Sketch;
  /** The phase of slow motion showing (the slowest speed), or null: see slowMotion/phases.ts. */
  readonly slowMotion: SlowMotion | null;
  readonly colors: PlotColors;
  /** Compare runs: run B beside this run (the loss chart and the surface show it), when on. */
  readonly comparison?: ActiveComparison | null;
  /** How the figures are laid out and lettered. */
  readonly figure: FigureSetting;
}

export interface FigureSetting {
  /** On the stage a figure fits its box in both directions; in the page's flow, its width. */
  readonly stage: boolean;
  /** The size of the text drawn in figures, px (plot/figureType.ts). */
  readonly fontSize: number;
  /** Whether the data can be drawn by hand (not in presentation mode). */
  readonly editable: boolean;
}

/**
 * The page's copy of the run's data and design: the same function the workers call, on the
 * configuration the worker accepted, so the numbers are the same.
 */
export function usePreparedRun(info: RunInfo | null): PreparedRun | null {
  const source = info?.source;
  return useMemo(() => (source ? prepareRun(source) : null), [source]);
}
