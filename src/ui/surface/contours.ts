/**
 * The loss surface's filled contours on the page's side: their colours and where grid units land in
 * the plot. The contours themselves are computed in the surface worker (worker/surfaceContours.ts).
 */
import { interpolateLab } from 'd3-interpolate';
import type { SurfaceSpec } from '../../engine';
import type { PlaneScales } from './projection';

export type { ContourLevel, GridExtent } from '../../worker/surfaceContours';

/** Colour of each level, from surfaceLow (the lowest J) to surfaceHigh. */
export function levelColors(count: number, low: string, high: string): string[] {
  const interpolate = interpolateLab(low, high);
  return Array.from({ length: count }, (_, k) => interpolate(count <= 1 ? 0 : k / (count - 1)));
}

/**
 * Grid units → plot pixels, as the affine map it is (the scales are linear): px = x0 + kx·gx,
 * py = y0 + ky·gy. A grid of G cells spans [min, max] exactly (cells are sampled at their
 * centres), so grid coordinate g lies at min + g·(max − min)/G: the scale is width/G, not
 * width/(G − 1) (TOOLCHAIN.md).
 */
export interface GridAffine {
  readonly x0: number;
  readonly kx: number;
  readonly y0: number;
  readonly ky: number;
}

export function gridAffine(spec: SurfaceSpec, scales: PlaneScales): GridAffine {
  const { x, y, size } = spec;
  const x0 = scales.x(x.min);
  const y0 = scales.y(y.min);
  return { x0, kx: (scales.x(x.max) - x0) / size, y0, ky: (scales.y(y.max) - y0) / size };
}
