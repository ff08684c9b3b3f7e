/**
 * The loss surface: J on a G×G grid over two parameters, the others held at their current values.
 * The worker computes it; the parameter-space panel contours it.
 *
 * Each cell is sampled at its centre, so a grid of G cells spans [min, max] exactly and d3.contours
 * (which treats values as cell samples) scales by width/G.
 */
import type { Design } from './design';
import type { Objective } from './losses';
import { crossEntropyTerm, residualTerm } from './numeric';
import { penalty } from './regularization';

export interface SurfaceAxis {
  /** Index into θ = [b, w_1, …, w_p]: 0 is the bias. */
  readonly parameter: number;
  readonly min: number;
  readonly max: number;
}

export interface SurfaceSpec {
  /** The parameter along the grid's columns. */
  readonly x: SurfaceAxis;
  /** The parameter along the grid's rows. */
  readonly y: SurfaceAxis;
  /** G: cells per side. */
  readonly size: number;
}

/** The parameter value at the centre of cell `index` (0 … size − 1) along an axis. */
export function cellCenter(axis: SurfaceAxis, size: number, index: number): number {
  return axis.min + ((index + 0.5) * (axis.max - axis.min)) / size;
}

function checkSpec(spec: SurfaceSpec, parameterCount: number): void {
  const { x, y, size } = spec;
  for (const axis of [x, y]) {
    if (
      !Number.isInteger(axis.parameter) ||
      axis.parameter < 0 ||
      axis.parameter >= parameterCount
    ) {
      throw new RangeError(`No parameter ${axis.parameter}: θ has ${parameterCount} entries.`);
    }
    if (!(axis.max > axis.min) || !Number.isFinite(axis.min) || !Number.isFinite(axis.max)) {
      throw new RangeError('A surface axis needs finite bounds with min < max.');
    }
  }
  if (x.parameter === y.parameter)
    throw new RangeError('The two axes must be different parameters.');
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError('The grid size must be a positive integer.');
}

/**
 * J(θ) for θ equal to `theta` except θ[x.parameter] and θ[y.parameter], which take the values of
 * each cell's centre. Row r (y ascending from y.min), column c (x ascending from x.min) is at
 * values[r·G + c].
 *
 * z_i splits into a fixed part and the two varying terms, z_i = c_i + θ_x u_i + θ_y v_i, computed
 * once; each cell then costs one softplus (or sigmoid) per point.
 */
export function lossSurface(
  objective: Objective,
  design: Design,
  theta: Float64Array,
  spec: SurfaceSpec,
): Float64Array {
  const { X, y, n, p } = design;
  checkSpec(spec, p + 1);
  const G = spec.size;
  const ax = spec.x.parameter;
  const ay = spec.y.parameter;
  const feature = (i: number, parameter: number): number =>
    parameter === 0 ? 1 : X[i * p + parameter - 1];

  const fixed = new Float64Array(n);
  const u = new Float64Array(n);
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = theta[0];
    for (let j = 0; j < p; j++) z += theta[j + 1] * X[i * p + j];
    u[i] = feature(i, ax);
    v[i] = feature(i, ay);
    fixed[i] = z - theta[ax] * u[i] - theta[ay] * v[i];
  }

  const crossEntropy = objective.loss === 'crossEntropy';
  const values = new Float64Array(G * G);
  const cellTheta = Float64Array.from(theta);
  for (let r = 0; r < G; r++) {
    const ty = cellCenter(spec.y, G, r);
    cellTheta[ay] = ty;
    for (let c = 0; c < G; c++) {
      const tx = cellCenter(spec.x, G, c);
      cellTheta[ax] = tx;
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const z = fixed[i] + tx * u[i] + ty * v[i];
        const positive = y[i] === 1;
        const e = Math.exp(-Math.abs(z));
        if (crossEntropy) {
          sum += crossEntropyTerm(z, positive, e);
        } else {
          const r = residualTerm(z, positive, e, 1 / (1 + e));
          sum += r * r;
        }
      }
      values[r * G + c] =
        (crossEntropy ? sum / n : sum / (2 * n)) + penalty(objective.regularization, cellTheta);
    }
  }
  return values;
}
