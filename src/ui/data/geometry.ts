/**
 * From the run's data to the figure's coordinates, in two stages memoized apart: what depends on
 * the data alone (the axes' domains in raw units, φ of the field's grid and of the curve's
 * samples), and what also depends on the figure's width (the layout, the scales, the points'
 * pixel positions).
 */
import type { ScaleLinear } from 'd3-scale';
import { scaleLinear } from 'd3-scale';
import type { Dataset, Design, FeatureMap } from '../../engine';
import type { Domain } from './domain';
import { columnExtent, paddedDomain } from './domain';
import type { Margin, PlotLayout } from './layout';
import { plotLayout } from './layout';
import type { FieldGrid } from './probabilityField';
import { designOf, FIELD_CELLS_1D, FIELD_CELLS_2D, fieldGrid } from './probabilityField';
import type { MarkSizes } from './pull';
import { markSizes } from './pull';
import { JITTER, jitter, linspace } from './sigmoidView';

/** Two features: the plane x1, x2. One feature: x against y and p (the sigmoid view). */
export type FigureKind = 'plane' | 'sigmoid';

/** Samples of the fitted curve p(x) across the one-feature plot. */
export const CURVE_SAMPLES = 241;

/** The vertical axis of the sigmoid view, in units of y and p: room for the jittered points. */
export const SIGMOID_Y_DOMAIN: Domain = [-0.12, 1.12];

export interface DataGeometry {
  readonly kind: FigureKind;
  readonly xDomain: Domain;
  /** x2 in raw units (plane), or y and p (sigmoid). */
  readonly yDomain: Domain;
  readonly xLabel: string;
  readonly yLabel: string;
  /** The cells the probability field is evaluated on. */
  readonly grid: FieldGrid;
  /** Sigmoid view: the x values the curve is drawn through, and their φ. */
  readonly curve: { readonly xs: Float64Array; readonly design: Design } | null;
}

/** The stretch of raw values each axis shows: x1 (or the one feature), and x2 (null with one). */
export interface DataDomains {
  readonly x: Domain;
  readonly y: Domain | null;
}

/**
 * The axes' domains for the data: each column's range, padded (domain.ts). Given `atLeast` (the
 * domains when the user began drawing), they stay those, widened only to reach a point beyond
 * them: a point lands where it was clicked and the axes do not move under the pointer, and
 * clearing the points keeps the plot where it was.
 */
export function dataDomains(data: Dataset, atLeast: DataDomains | null = null): DataDomains {
  const { d, n } = data;
  if (!atLeast) {
    const x = paddedDomain(columnExtent(data.features, n, d, 0));
    const y = d === 2 ? paddedDomain(columnExtent(data.features, n, d, 1)) : null;
    return { x, y };
  }
  if (n === 0) return atLeast;
  const x = unionDomain(atLeast.x, columnExtent(data.features, n, d, 0));
  const y =
    d === 2 && atLeast.y ? unionDomain(atLeast.y, columnExtent(data.features, n, d, 1)) : null;
  return sameDomains(atLeast, x, y) ? atLeast : { x, y };
}

function sameDomains(a: DataDomains, x: Domain, y: Domain | null): boolean {
  const same = (u: Domain | null, v: Domain | null) =>
    u === v || (u !== null && v !== null && u[0] === v[0] && u[1] === v[1]);
  return same(a.x, x) && same(a.y, y);
}

function unionDomain(a: Domain, b: Domain): Domain {
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

/** What the figure needs of the data alone; null for data it cannot draw (three or more features). */
export function dataGeometry(
  data: Dataset,
  map: FeatureMap,
  domains: DataDomains = dataDomains(data),
): DataGeometry | null {
  return geometryOf(data.featureNames, map, domains);
}

/**
 * The same from the feature names and the domains alone: while a point is dragged the data change
 * with every move but these do not, so the field's grid is not rebuilt.
 */
export function geometryOf(
  featureNames: readonly string[],
  map: FeatureMap,
  domains: DataDomains,
): DataGeometry | null {
  const xDomain = domains.x;
  if (featureNames.length === 1) {
    const xs = linspace(xDomain[0], xDomain[1], CURVE_SAMPLES);
    return {
      kind: 'sigmoid',
      xDomain,
      yDomain: SIGMOID_Y_DOMAIN,
      xLabel: featureNames[0],
      yLabel: 'y, and p = σ(z)',
      grid: fieldGrid(map, xDomain, null, FIELD_CELLS_1D, 1),
      curve: { xs, design: designOf(map, xs, CURVE_SAMPLES) },
    };
  }
  if (featureNames.length !== 2 || !domains.y) return null;
  const yDomain = domains.y;
  return {
    kind: 'plane',
    xDomain,
    yDomain,
    xLabel: featureNames[0],
    yLabel: featureNames[1],
    grid: fieldGrid(map, xDomain, yDomain, FIELD_CELLS_2D, FIELD_CELLS_2D),
    curve: null,
  };
}

export interface ScreenGeometry {
  readonly layout: PlotLayout;
  /** Raw units to pixels inside the plotting area (origin at its top-left corner). */
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  /** Each point's pixel position in the plotting area: x then y. */
  readonly positions: Float64Array;
  readonly sizes: MarkSizes;
}

export function screenGeometry(
  data: Dataset,
  geometry: DataGeometry,
  width: number,
  /** The room in height (the stage), and the margins for the figures' text size. */
  fit: { readonly height?: number; readonly margin?: Margin } = {},
): ScreenGeometry {
  const layout = plotLayout(width, fit.margin, fit.height);
  const x = scaleLinear().domain(geometry.xDomain).range([0, layout.plotWidth]);
  const y = scaleLinear().domain(geometry.yDomain).range([layout.plotHeight, 0]);
  const positions = new Float64Array(2 * data.n);
  const { d } = data;
  for (let i = 0; i < data.n; i++) {
    positions[2 * i] = x(data.features[i * d]);
    positions[2 * i + 1] =
      geometry.kind === 'plane'
        ? y(data.features[i * d + 1])
        : y(data.labels[i] + JITTER * jitter(i));
  }
  return { layout, x, y, positions, sizes: markSizes(data.n) };
}
