/** A figure's box: its size, the margins for the axes, and the plotting area inside them. */

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface PlotLayout {
  /** The whole figure, axes included, in CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  /** The plotting area inside the margins. */
  readonly plotWidth: number;
  readonly plotHeight: number;
}

export function plotLayout(width: number, height: number, margin: Margin): PlotLayout {
  return {
    width,
    height,
    margin,
    plotWidth: Math.max(0, width - margin.left - margin.right),
    plotHeight: Math.max(0, height - margin.top - margin.bottom),
  };
}
