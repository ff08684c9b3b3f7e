import { scaleLinear, scaleLog } from 'd3-scale';
import { useEffect, useId, useMemo, useRef } from 'react';
import type { RunHistory } from '../../state/history';
import type { PlotColors } from '../plotColors';
import { PlotAxis } from '../surface/PlotAxis';
import { plotLayout } from '../plot/layout';
import { linearTicks, logTicks } from '../surface/ticks';
import { useElementSize } from '../surface/useElementSize';
import { CurrentIterationMarker } from './CurrentIterationMarker';
import { curveData } from './curveData';
import { drawCurve } from './drawCurve';
import { useScrub } from './useScrub';

interface LossChartProps {
  history: RunHistory | null;
  /** Changes whenever the history does (it is updated in place). */
  historyVersion: number;
  /** The iteration shown, its loss J and gradient norm ‖∇J‖. */
  iteration: number | null;
  loss: number | null;
  gradientNorm: number | null;
  logScale: boolean;
  colors: PlotColors;
  onSeek: (iteration: number) => void;
}

const MARGIN = { top: 10, right: 60, bottom: 36, left: 60 };
const PIXELS_PER_X_TICK = 80;
const PIXELS_PER_Y_TICK = 36;

/**
 * The loss and the gradient norm per iteration: both lines on a canvas (at most four points per
 * pixel column, redrawn only when the history or the size changes), the axes and the current
 * iteration in SVG over it. Dragging across it seeks, one command per animation frame.
 */
export function LossChart({
  history,
  historyVersion,
  iteration,
  loss,
  gradientNorm,
  logScale,
  colors,
  onSeek,
}: LossChartProps) {
  const descriptionId = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [frameRef, size] = useElementSize<HTMLDivElement>();
  const layout = useMemo(() => plotLayout(size.width, size.height, MARGIN), [size]);
  const { plotWidth, plotHeight, margin } = layout;

  const data = useMemo(
    () => curveData(history, logScale, plotWidth),
    // historyVersion: the history object is updated in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [history, historyVersion, logScale, plotWidth],
  );
  const scales = useMemo(() => {
    const x = scaleLinear().domain(data.iterations).range([0, plotWidth]);
    const lossDomain = [data.loss.min, data.loss.max];
    const y = logScale
      ? scaleLog().domain(lossDomain).range([plotHeight, 0]).nice()
      : scaleLinear().domain(lossDomain).range([plotHeight, 0]).nice();
    const norm = scaleLog()
      .domain([data.gradientNorm.min, data.gradientNorm.max])
      .range([plotHeight, 0])
      .nice();
    return { x, y, norm };
  }, [data, logScale, plotWidth, plotHeight]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || plotWidth <= 0 || plotHeight <= 0) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(plotWidth * ratio);
    const height = Math.round(plotHeight * ratio);
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawCurve(
      context,
      [
        {
          lines: data.gradientNormLines,
          y: scales.norm,
          color: colors.gradientNorm,
          width: 1.5,
          dash: [5, 3],
        },
        { lines: data.lossLines, y: scales.y, color: colors.loss, width: 2, dash: [] },
      ],
      scales.x,
      plotWidth,
      plotHeight,
    );
  }, [data, scales, colors, plotWidth, plotHeight]);

  const scrub = useScrub(history, data.iterations, onSeek);

  const ready = plotWidth > 0 && plotHeight > 0;
  const lossShown = loss !== null && Number.isFinite(loss) && (!logScale || loss > 0);
  const normShown = gradientNorm !== null && Number.isFinite(gradientNorm) && gradientNorm > 0;
  const iterationTicks = linearTicks(scales.x, plotWidth / PIXELS_PER_X_TICK).filter((tick) =>
    Number.isInteger(tick.value),
  );
  const yTickCount = Math.max(2, plotHeight / PIXELS_PER_Y_TICK);

  return (
    <figure className="loss-chart" aria-label="Loss per iteration" aria-describedby={descriptionId}>
      <div className="loss-chart-frame" ref={frameRef} data-export-figure="loss">
        {ready && (
          <>
            <canvas
              ref={canvasRef}
              className="loss-chart-canvas"
              aria-hidden="true"
              style={{ left: margin.left, top: margin.top, width: plotWidth, height: plotHeight }}
            />
            <svg
              className="loss-chart-svg"
              width={layout.width}
              height={layout.height}
              aria-hidden="true"
              focusable="false"
            >
              <PlotAxis
                side="bottom"
                ticks={iterationTicks}
                length={plotWidth}
                title="iteration"
                titleOffset={30}
                transform={`translate(${margin.left}, ${margin.top + plotHeight})`}
              />
              <PlotAxis
                side="left"
                className="loss-axis"
                ticks={
                  logScale ? logTicks(scales.y, yTickCount) : linearTicks(scales.y, yTickCount)
                }
                length={plotHeight}
                title={logScale ? 'loss J (log scale)' : 'loss J'}
                titleOffset={46}
                transform={`translate(${margin.left}, ${margin.top})`}
              />
              <PlotAxis
                side="right"
                className="gradient-norm-axis"
                ticks={logTicks(scales.norm, yTickCount)}
                length={plotHeight}
                title="‖∇J‖ (log scale)"
                titleOffset={46}
                transform={`translate(${margin.left + plotWidth}, ${margin.top})`}
              />
              <svg
                className={
                  scrub.dragging ? 'loss-chart-plot loss-chart-dragging' : 'loss-chart-plot'
                }
                x={margin.left}
                y={margin.top}
                width={plotWidth}
                height={plotHeight}
                // The current iteration's dots may sit on the plot's edge: let them show whole.
                overflow="visible"
                onPointerDown={scrub.onPointerDown}
                onPointerMove={scrub.onPointerMove}
                onPointerUp={scrub.onPointerUp}
                onPointerCancel={scrub.onPointerCancel}
              >
                <rect className="loss-chart-hit" width={plotWidth} height={plotHeight} />
                {data.loss.clipped && (
                  <text className="loss-chart-note" x={6} y={4} dy="0.71em">
                    {logScale
                      ? '↑ higher losses are off the scale'
                      : '↑ higher losses are off the scale (Log scale shows them)'}
                  </text>
                )}
                {iteration !== null && (
                  <CurrentIterationMarker
                    x={scales.x(iteration)}
                    lossY={lossShown ? scales.y(loss) : null}
                    gradientNormY={normShown ? scales.norm(gradientNorm) : null}
                    plotHeight={plotHeight}
                  />
                )}
              </svg>
            </svg>
          </>
        )}
      </div>
      <p id={descriptionId} className="visually-hidden">
        {data.description}
      </p>
    </figure>
  );
}
