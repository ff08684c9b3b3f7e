interface CurrentIterationMarkerProps {
  /** The marker's column in plot pixels. */
  x: number;
  /** Pixel rows of the loss and the gradient norm, or null when the axis cannot show them. */
  lossY: number | null;
  gradientNormY: number | null;
  plotHeight: number;
}

/** Dots whose value is off the axis are kept this far inside the plot. */
const EDGE = 2;

/** The iteration shown on the loss chart: a vertical rule, a dot on each line. */
export function CurrentIterationMarker({
  x,
  lossY,
  gradientNormY,
  plotHeight,
}: CurrentIterationMarkerProps) {
  const clampRow = (v: number) => Math.max(EDGE, Math.min(plotHeight - EDGE, v));
  return (
    <g className="loss-chart-current">
      <line x1={x} x2={x} y1={0} y2={plotHeight} />
      {gradientNormY !== null && (
        <circle className="loss-chart-norm-dot" cx={x} cy={clampRow(gradientNormY)} r={3.5} />
      )}
      {lossY !== null && (
        <circle className="loss-chart-loss-dot" cx={x} cy={clampRow(lossY)} r={4.5} />
      )}
    </g>
  );
}
