import { clampPixel, finitePixels } from '../plot/pixels';

interface CurrentIterationMarkerProps {
  /** The marker's column in plot pixels. */
  x: number;
  /** Pixel rows of the loss and the gradient norm, or null when the axis cannot show them. */
  lossY: number | null;
  /** The held-out loss's row (null when nothing is held out or the axis cannot show it). */
  heldOutY?: number | null;
  gradientNormY: number | null;
  plotHeight: number;
}

/** Dots whose value is off the axis are kept this far inside the plot. */
const EDGE = 2;

/** The iteration shown on the loss chart: a vertical rule, a dot on each line. */
export function CurrentIterationMarker({
  x: column,
  lossY,
  heldOutY = null,
  gradientNormY,
  plotHeight,
}: CurrentIterationMarkerProps) {
  const clampRow = (v: number) => Math.max(EDGE, Math.min(plotHeight - EDGE, v));
  // A column that is no number (a degenerate iteration axis) is not drawn (plot/pixels.ts).
  if (!finitePixels(column)) return null;
  const x = clampPixel(column);
  return (
    <g className="loss-chart-current">
      <line x1={x} x2={x} y1={0} y2={plotHeight} />
      {gradientNormY !== null && finitePixels(gradientNormY) && (
        <circle className="loss-chart-norm-dot" cx={x} cy={clampRow(gradientNormY)} r={3.5} />
      )}
      {heldOutY !== null && finitePixels(heldOutY) && (
        <circle className="loss-chart-held-out-dot" cx={x} cy={clampRow(heldOutY)} r={4} />
      )}
      {lossY !== null && finitePixels(lossY) && (
        <circle className="loss-chart-loss-dot" cx={x} cy={clampRow(lossY)} r={4.5} />
      )}
    </g>
  );
}
