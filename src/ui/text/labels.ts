/**
 * The words the page uses for the engine's names: one table per kind, typed as Records so a new
 * preset or loss cannot be added to the engine without a name here (an update rule's name is in
 * its own table, ui/rules/ruleViews.ts).
 */
import type { LossKind, PresetKind } from '../../engine';

export const PRESET_NAMES: Record<PresetKind, string> = {
  twoBlobs: 'Two blobs',
  overlapping: 'Overlapping blobs',
  unbalanced: 'Unbalanced',
  outliers: 'With outliers',
  separable: 'Separable',
  circles: 'Circles',
  xor: 'XOR',
  oneFeature: 'One feature',
};

export const LOSS_NAMES: Record<LossKind, string> = {
  crossEntropy: 'cross-entropy',
  squaredError: 'squared error',
};

/** The sizes offered for the preset data sets. */
export const POINT_COUNTS: readonly number[] = [20, 50, 100, 200, 500, 1000, 10000];
