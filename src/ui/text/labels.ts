/**
 * The words the page uses for the engine's names: one table per kind, typed as Records so a new
 * preset, loss or rule cannot be added to the engine without a name here.
 */
import type { LossKind, PresetKind, UpdateRule } from '../../engine';

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

export const RULE_NAMES: Record<UpdateRule, string> = {
  gradientDescent: 'gradient descent',
  momentum: 'momentum',
  newton: 'Newton’s method',
};

/** The sizes offered for the preset data sets. */
export const POINT_COUNTS: readonly number[] = [20, 50, 100, 200, 500, 1000, 10000];
