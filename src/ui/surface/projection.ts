/**
 * From the parameter plane to the screen and back: the figure's layout (margins for the axes), the
 * scales θ ↦ pixel, and θ with the two axis parameters set from a pixel (a click on the surface).
 */
import type { ScaleLinear } from 'd3-scale';
import { scaleLinear } from 'd3-scale';
import type { AxisPair } from './axes';
import type { PlotLayout } from '../plot/layout';
import type { PlanePoint, PlaneRange } from './range';

export type { Margin, PlotLayout } from '../plot/layout';
export { plotLayout } from '../plot/layout';

/** θ ↦ pixel within the plot area: x grows rightwards, y upwards (the pixel y downwards). */
export interface PlaneScales {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
}

export function planeScales(range: PlaneRange, layout: PlotLayout): PlaneScales {
  return {
    x: scaleLinear().domain([range.x.min, range.x.max]).range([0, layout.plotWidth]),
    y: scaleLinear().domain([range.y.min, range.y.max]).range([layout.plotHeight, 0]),
  };
}

/** The point of the plane under a pixel of the plot area. */
export function pixelToPlane(scales: PlaneScales, px: number, py: number): PlanePoint {
  return { x: scales.x.invert(px), y: scales.y.invert(py) };
}

/** θ projected on the two axes. */
export function projectTheta(theta: ArrayLike<number>, axes: AxisPair): PlanePoint {
  return { x: theta[axes.x], y: theta[axes.y] };
}

/** θ with its two axis parameters replaced by a point of the plane, the others kept. */
export function thetaAt(theta: ArrayLike<number>, axes: AxisPair, point: PlanePoint): number[] {
  const out = Array.from(theta);
  out[axes.x] = point.x;
  out[axes.y] = point.y;
  return out;
}
