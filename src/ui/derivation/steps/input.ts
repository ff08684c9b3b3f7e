import type { LiveNumbers } from '../liveNumbers';
import type { HighlightColors } from '../tex';

/** What every step builder is given. */
export interface StepInput {
  /** This iteration's numbers, from the engine. */
  readonly live: LiveNumbers;
  /** The parameters' names, "intercept" first, then the features' (user text: escape it). */
  readonly names: readonly string[];
  /** Whether φ standardizes each feature to mean 0 and standard deviation 1. */
  readonly standardized: boolean;
  /** The highlight box's colours in the current theme. */
  readonly colors: HighlightColors;
}
