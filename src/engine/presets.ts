/**
 * Seeded generators of the preset data sets. The same kind, size, noise and seed always give the
 * same points, so a preset is fully described by those four values (and a shared link need not
 * carry the points).
 */
import type { Dataset } from './dataset';
import type { Rng } from './rng';
import { createRng, mixSeed, seededPermutation } from './rng';

export type PresetKind =
  | 'twoBlobs'
  | 'overlapping'
  | 'unbalanced'
  | 'outliers'
  | 'separable'
  | 'circles'
  | 'xor'
  | 'oneFeature';

export const PRESET_KINDS: readonly PresetKind[] = [
  'twoBlobs',
  'overlapping',
  'unbalanced',
  'outliers',
  'separable',
  'circles',
  'xor',
  'oneFeature',
];

export interface PresetOptions {
  /** Number of points, at least 2. */
  readonly n: number;
  /** Spread of the classes relative to the preset's default: 0 (none) to 2 (twice). */
  readonly noise: number;
  readonly seed: number;
}

export const DEFAULT_PRESET_OPTIONS: PresetOptions = { n: 100, noise: 1, seed: 1 };

/** A labelled point before shuffling. */
type Draw = (rng: Rng, label: 0 | 1, noise: number) => number[];

const gaussian = (rng: Rng, centre: readonly number[], sd: number): number[] =>
  centre.map((c) => c + sd * rng.nextNormal());

interface Recipe {
  /** Fraction of points with label 1. */
  readonly positiveShare: number;
  readonly dimensions: 1 | 2;
  readonly draw: Draw;
}

const RECIPES: Record<PresetKind, Recipe> = {
  twoBlobs: {
    positiveShare: 0.5,
    dimensions: 2,
    draw: (rng, label, noise) => gaussian(rng, label ? [1.25, 0.75] : [-1.25, -0.75], noise),
  },
  overlapping: {
    positiveShare: 0.5,
    dimensions: 2,
    draw: (rng, label, noise) => gaussian(rng, label ? [0.5, 0.3] : [-0.5, -0.3], noise),
  },
  unbalanced: {
    positiveShare: 0.15,
    dimensions: 2,
    draw: (rng, label, noise) => gaussian(rng, label ? [1.2, 0.8] : [-0.6, -0.4], 0.9 * noise),
  },
  outliers: {
    positiveShare: 0.5,
    dimensions: 2,
    // One positive point in six sits deep among the negatives: a confidently wrong point whose pull
    // the cross-entropy keeps and squared error silences.
    draw: (rng, label, noise) =>
      label && rng.nextFloat() < 1 / 6
        ? gaussian(rng, [-3.5, -2.5], 0.4 * noise)
        : gaussian(rng, label ? [1.25, 0.75] : [-1.25, -0.75], 0.7 * noise),
  },
  separable: {
    positiveShare: 0.5,
    dimensions: 2,
    // Rejection keeps every point at least 0.4 from the line x1 + x2 = 0 on its own side, so the
    // classes are separable at any noise.
    draw: (rng, label, noise) => {
      for (;;) {
        const point = gaussian(rng, label ? [1.5, 1] : [-1.5, -1], 0.6 * noise + 1e-3);
        const side = (point[0] + point[1]) / Math.SQRT2;
        if (label ? side > 0.4 : side < -0.4) return point;
      }
    },
  },
  circles: {
    positiveShare: 0.5,
    dimensions: 2,
    draw: (rng, label, noise) => {
      const radius = (label ? 1 : 2.2) + 0.35 * noise * rng.nextNormal();
      const angle = 2 * Math.PI * rng.nextFloat();
      return [radius * Math.cos(angle), radius * Math.sin(angle)];
    },
  },
  xor: {
    positiveShare: 0.5,
    dimensions: 2,
    // Positives in the first and third quadrants, negatives in the second and fourth.
    draw: (rng, label, noise) => {
      const flip = rng.nextFloat() < 0.5 ? 1 : -1;
      const centre = label ? [1.2 * flip, 1.2 * flip] : [1.2 * flip, -1.2 * flip];
      return gaussian(rng, centre, 0.7 * noise);
    },
  },
  oneFeature: {
    positiveShare: 0.5,
    dimensions: 1,
    draw: (rng, label, noise) => gaussian(rng, label ? [1] : [-1], noise),
  },
};

export function generatePreset(
  kind: PresetKind,
  options: PresetOptions = DEFAULT_PRESET_OPTIONS,
): Dataset {
  const { n, noise, seed } = options;
  if (!Number.isInteger(n) || n < 2) throw new RangeError('A preset needs at least 2 points.');
  if (!(noise >= 0) || !Number.isFinite(noise)) throw new RangeError('Noise must be a number ≥ 0.');
  const recipe = RECIPES[kind];
  const d = recipe.dimensions;
  // Exact class counts, at least one of each, so every preset has both classes.
  const positives = Math.min(n - 1, Math.max(1, Math.round(recipe.positiveShare * n)));
  const rng = createRng(mixSeed(seed, PRESET_KINDS.indexOf(kind)));
  const order = seededPermutation(n, mixSeed(seed, 0x5eed));
  const features = new Float64Array(n * d);
  const labels = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const label = k < positives ? 1 : 0;
    const point = recipe.draw(rng, label, noise);
    const i = order[k];
    labels[i] = label;
    for (let j = 0; j < d; j++) features[i * d + j] = point[j];
  }
  return { features, labels, n, d, featureNames: d === 1 ? ['x'] : ['x1', 'x2'] };
}
