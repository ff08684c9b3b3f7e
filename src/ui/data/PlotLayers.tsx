/**
 * The plot's stacked layers, bottom to top: grid lines (SVG); the field, the halos and, for
 * thousands of points, the points and then the misclassification rings (one canvas,
 * FrameCanvases.tsx); and the lines, the points when few, the reader's sketch of the boundary, the
 * highlighted point and the axes (SVG). Nothing here takes pointer events: the plot finds the
 * point under the pointer itself.
 */
import { useMemo } from 'react';
import type { PreparedRun } from '../../worker/run';
import type { PlotColors } from '../plot/plotColors';
import { AxisMarks, GridLines } from './Axes';
import { BoundaryLines, QuartileLabels } from './BoundaryLines';
import type { DragMark as DragMarkValue } from './dragPreview';
import { DragMark } from './DragMark';
import type { Frame } from './frame';
import { FrameCanvas } from './FrameCanvases';
import type { DataGeometry, ScreenGeometry } from './geometry';
import { HighlightMark } from './HighlightMark';
import { SVG_POINT_LIMIT, SvgPoints } from './PointMarks';
import { SigmoidLines } from './SigmoidLines';
import { SketchLine } from './SketchLine';
import type { DataPoint } from '../story/sketchCloseness';

/** The sigmoid view's vertical ticks, in units of y and p. */
const SIGMOID_TICKS = [0, 0.25, 0.5, 0.75, 1];

/** The highlighted point's ring, outside the misclassification ring. */
const HIGHLIGHT_GAP = 6;

export interface PlotLayersProps {
  readonly screen: ScreenGeometry;
  readonly geometry: DataGeometry;
  readonly prepared: PreparedRun;
  readonly frame: Frame | null;
  readonly colors: PlotColors;
  readonly showPull: boolean;
  readonly showQuartiles: boolean;
  readonly highlighted: number | null;
  readonly clipId: string;
  /** The figures' text size, px. */
  readonly fontSize: number;
  /** The reader's sketch of the boundary and the keyboard's cursor drawing it (plane only). */
  readonly sketch?: {
    readonly line: readonly DataPoint[] | null;
    readonly cursor: DataPoint | null;
  } | null;
  /** A point dragged over many points, drawn where it is now (dragPreview.ts). */
  readonly dragMark?: DragMarkValue | null;
}

export function PlotLayers(props: PlotLayersProps) {
  const {
    screen,
    geometry,
    prepared,
    frame,
    colors,
    showPull,
    showQuartiles,
    highlighted,
    clipId,
    fontSize,
    sketch = null,
    dragMark = null,
  } = props;
  const { layout, x, y, positions, sizes } = screen;
  const { data } = prepared;
  const { plotWidth: w, plotHeight: h, margin } = layout;
  const { xLabel, yLabel, kind } = geometry;
  // Stable between frames, so the memoized axes are not redrawn with every step.
  const axes = useMemo(
    () => ({
      layout,
      x,
      y,
      xLabel,
      yLabel,
      yTicks: kind === 'sigmoid' ? SIGMOID_TICKS : undefined,
      fontSize,
    }),
    [layout, x, y, xLabel, yLabel, kind, fontSize],
  );
  const onCanvas = data.n > SVG_POINT_LIMIT;
  const inPlot = `translate(${margin.left}, ${margin.top})`;
  const layerStyle = { left: margin.left, top: margin.top };
  return (
    <>
      <svg className="data-svg" width={layout.width} height={layout.height} aria-hidden="true">
        <g transform={inPlot}>
          <GridLines {...axes} />
        </g>
      </svg>
      <div className="data-layer-box" style={layerStyle}>
        <FrameCanvas
          width={w}
          height={h}
          frame={frame}
          cols={geometry.grid.cols}
          rows={geometry.grid.rows}
          positions={positions}
          labels={data.labels}
          sizes={sizes}
          colors={colors}
          heldOut={prepared.heldOut}
          showPull={showPull}
          dense={onCanvas}
        />
      </div>
      <svg className="data-svg" width={layout.width} height={layout.height} aria-hidden="true">
        <defs>
          <clipPath id={clipId}>
            <rect width={w} height={h} />
          </clipPath>
        </defs>
        <g transform={inPlot}>
          <g clipPath={`url(#${clipId})`}>
            {frame && geometry.kind === 'plane' && (
              <BoundaryLines
                frame={frame}
                layout={layout}
                cols={geometry.grid.cols}
                rows={geometry.grid.rows}
              />
            )}
            {frame && geometry.curve && (
              <SigmoidLines
                frame={frame}
                layout={layout}
                x={x}
                y={y}
                xs={geometry.curve.xs}
                featureName={geometry.xLabel}
                showQuartiles={showQuartiles}
              />
            )}
          </g>
          {!onCanvas && (
            <SvgPoints
              positions={positions}
              labels={data.labels}
              radius={sizes.pointRadius}
              heldOut={prepared.heldOut}
            />
          )}
          {frame && geometry.kind === 'plane' && showQuartiles && (
            <g clipPath={`url(#${clipId})`}>
              <QuartileLabels
                frame={frame}
                layout={layout}
                cols={geometry.grid.cols}
                rows={geometry.grid.rows}
              />
            </g>
          )}
          {sketch && geometry.kind === 'plane' && (sketch.line || sketch.cursor) && (
            <g clipPath={`url(#${clipId})`}>
              <SketchLine line={sketch.line} cursor={sketch.cursor} screen={screen} />
            </g>
          )}
          {dragMark && <DragMark mark={dragMark} radius={sizes.pointRadius} />}
          {highlighted !== null && (
            <HighlightMark
              x={dragMark?.index === highlighted ? dragMark.x : positions[2 * highlighted]}
              y={dragMark?.index === highlighted ? dragMark.y : positions[2 * highlighted + 1]}
              radius={sizes.pointRadius + HIGHLIGHT_GAP}
            />
          )}
          <AxisMarks {...axes} />
        </g>
      </svg>
    </>
  );
}
