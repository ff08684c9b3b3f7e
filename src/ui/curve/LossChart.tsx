import { scaleLinear, scaleLog } from 'd3-scale';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { RunHistory } from '../../state/history';
import type { RunColors } from '../compare/compareColors';
import { RUN_DASH } from '../compare/compareColors';
import type { PlotColors } from '../plot/plotColors';
import { PlotAxis } from '../plot/PlotAxis';
import { plotLayout } from '../plot/layout';
import { formatTick, linearTicks, logTicks } from '../plot/ticks';
import { BASE_PLOT_FONT, scaleMargin } from '../plot/figureType';
import { useElementSize } from '../plot/useElementSize';
import { CurrentIterationMarker } from './CurrentIterationMarker';
import { EarlyStoppingMark, HELD_OUT_DASH } from './EarlyStoppingMark';
import { comparisonCurveData, curveData } from './curveData';
import type { CurveSeries } from './drawCurve';
import { drawCurve } from './drawCurve';
import { useScrub } from './useScrub';
import { clampPixel, finitePixels } from '../plot/pixels';
import { useFigureSlug } from '../export/figureSlugContext';
import { HistoryBlocks } from './seriesBlocks';

interface LossChartProps {
  history: RunHistory | null;
  /** Changes whenever the history does (it is updated in place). */
  historyVersion: number;
  /** The iteration shown, its loss J and gradient norm ‖∇J‖. */
  iteration: number | null;
  loss: number | null;
  /** The held-out loss at the iteration shown (null: nothing is held out). */
  heldOutLoss?: number | null;
  gradientNorm: number | null;
  logScale: boolean;
  colors: PlotColors;
  onSeek: (iteration: number) => void;
  /** Compare runs: run B's loss drawn beside run A's (the gradient norm is then left out). */
  comparison?: ComparisonSeries | null;
  /** The figures' text size, px: the margins, ticks and titles are laid out for it. */
  fontSize: number;
}

/** Run B on the loss chart, and the names and colours of both runs. */
export interface ComparisonSeries {
  readonly history: RunHistory | null;
  readonly historyVersion: number;
  readonly iteration: number | null;
  readonly loss: number | null;
  readonly labelA: string;
  readonly labelB: string;
  readonly colors: RunColors;
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
  heldOutLoss = null,
  gradientNorm,
  logScale,
  colors,
  onSeek,
  comparison = null,
  fontSize,
}: LossChartProps) {
  const k = fontSize / BASE_PLOT_FONT;
  const exportSlug = useFigureSlug();
  const descriptionId = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [frameRef, size] = useElementSize<HTMLDivElement>();
  const layout = useMemo(
    () => plotLayout(size.width, size.height, scaleMargin(MARGIN, fontSize)),
    [size, fontSize],
  );
  const { plotWidth, plotHeight, margin } = layout;

  const historyB = comparison?.history ?? null;
  const labelA = comparison?.labelA ?? '';
  const labelB = comparison?.labelB ?? '';
  const comparing = comparison !== null;
  // The history's block summaries, kept across frames: each frame sums up only the new entries.
  const [blocks] = useState(() => new HistoryBlocks());
  const data = useMemo(
    () => curveData(comparing ? null : history, logScale, plotWidth, blocks),
    // historyVersion: the history object is updated in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [comparing, history, historyVersion, logScale, plotWidth, blocks],
  );
  const pair = useMemo(
    () =>
      comparing
        ? comparisonCurveData(
            { history, label: labelA },
            { history: historyB, label: labelB },
            logScale,
            plotWidth,
          )
        : null,
    // The history objects are updated in place: their versions say when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      comparing,
      history,
      historyVersion,
      historyB,
      comparison?.historyVersion,
      labelA,
      labelB,
      logScale,
      plotWidth,
    ],
  );
  const iterationDomain = pair?.iterations ?? data.iterations;
  const lossDomain = pair?.loss ?? data.loss;
  const scales = useMemo(() => {
    const x = scaleLinear().domain(iterationDomain).range([0, plotWidth]);
    const lossRange = [lossDomain.min, lossDomain.max];
    const y = logScale
      ? scaleLog().domain(lossRange).range([plotHeight, 0]).nice()
      : scaleLinear().domain(lossRange).range([plotHeight, 0]).nice();
    const norm = scaleLog()
      .domain([data.gradientNorm.min, data.gradientNorm.max])
      .range([plotHeight, 0])
      .nice();
    return { x, y, norm };
  }, [data, iterationDomain, lossDomain, logScale, plotWidth, plotHeight]);

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
    const runColors = comparison?.colors;
    const series: CurveSeries[] =
      pair && runColors
        ? [
            // B under A: where the lines coincide (the same start) A's solid line shows.
            { lines: pair.b.lines, y: scales.y, color: runColors.b, width: 2.5, dash: RUN_DASH.b },
            { lines: pair.a.lines, y: scales.y, color: runColors.a, width: 2, dash: RUN_DASH.a },
          ]
        : [
            {
              lines: data.gradientNormLines,
              y: scales.norm,
              color: colors.gradientNorm,
              width: 1.5,
              dash: [5, 3],
            },
            {
              lines: data.heldOutLines,
              y: scales.y,
              color: colors.heldOut,
              width: 2,
              dash: HELD_OUT_DASH,
            },
            { lines: data.lossLines, y: scales.y, color: colors.loss, width: 2, dash: [] },
          ];
    drawCurve(context, series, scales.x, plotWidth, plotHeight);
  }, [data, pair, comparison?.colors, scales, colors, plotWidth, plotHeight]);

  // Seeks snap to the recorded iterations of the longer run, so the whole chart can be scrubbed.
  const scrubHistory =
    historyB &&
    historyB.length > 0 &&
    (!history || lastIteration(historyB) > lastIteration(history))
      ? historyB
      : history;
  const scrub = useScrub(scrubHistory, iterationDomain, onSeek);

  const ready = plotWidth > 0 && plotHeight > 0;
  const lossShown = loss !== null && Number.isFinite(loss) && (!logScale || loss > 0);
  const normShown =
    !comparing && gradientNorm !== null && Number.isFinite(gradientNorm) && gradientNorm > 0;
  const heldOutShown =
    !comparing &&
    heldOutLoss !== null &&
    Number.isFinite(heldOutLoss) &&
    (!logScale || heldOutLoss > 0);
  const lowest = comparing ? null : data.lowestHeldOut;
  const lossB = comparison?.loss ?? null;
  const iterationB = comparison?.iteration ?? null;
  const lossBShown = lossB !== null && Number.isFinite(lossB) && (!logScale || lossB > 0);
  // Iterations are whole numbers: only whole ticks, labelled as such ("3", not the "3.0" that a
  // step of 0.5 between the ticks d3 chose would print).
  const iterationTicks = linearTicks(scales.x, plotWidth / (PIXELS_PER_X_TICK * k))
    .filter((tick) => Number.isInteger(tick.value))
    .map((tick) => ({ ...tick, label: formatTick(tick.value, 1) }));
  const yTickCount = Math.max(2, plotHeight / (PIXELS_PER_Y_TICK * k));

  return (
    <figure
      className={comparing ? 'loss-chart loss-chart-compare' : 'loss-chart'}
      aria-label={comparing ? 'Loss per iteration of runs A and B' : 'Loss per iteration'}
      aria-describedby={descriptionId}
    >
      <div className="loss-chart-frame" ref={frameRef} data-export-figure={exportSlug}>
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
                titleOffset={30 * k}
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
                titleOffset={46 * k}
                transform={`translate(${margin.left}, ${margin.top})`}
              />
              {!comparing && (
                <PlotAxis
                  side="right"
                  className="gradient-norm-axis"
                  ticks={logTicks(scales.norm, yTickCount)}
                  length={plotHeight}
                  title="‖∇J‖ (log scale)"
                  titleOffset={46 * k}
                  transform={`translate(${margin.left + plotWidth}, ${margin.top})`}
                />
              )}
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
                {lossDomain.clipped && (
                  <text className="loss-chart-note" x={6} y={4} dy="0.71em">
                    {logScale
                      ? '↑ higher losses are off the scale'
                      : '↑ higher losses are off the scale (Log scale shows them)'}
                  </text>
                )}
                {iterationB !== null && (
                  <RunBMarker
                    x={scales.x(iterationB)}
                    y={lossBShown ? scales.y(lossB) : null}
                    plotHeight={plotHeight}
                    ruled={iterationB !== iteration}
                  />
                )}
                {lowest && (!logScale || lowest.loss > 0) && (
                  <EarlyStoppingMark
                    x={scales.x(lowest.iteration)}
                    y={scales.y(lowest.loss)}
                    iteration={lowest.iteration}
                    plotWidth={plotWidth}
                    plotHeight={plotHeight}
                  />
                )}
                {iteration !== null && (
                  <CurrentIterationMarker
                    x={scales.x(iteration)}
                    lossY={lossShown ? scales.y(loss) : null}
                    heldOutY={heldOutShown ? scales.y(heldOutLoss) : null}
                    gradientNormY={normShown ? scales.norm(gradientNorm) : null}
                    plotHeight={plotHeight}
                  />
                )}
              </svg>
            </svg>
          </>
        )}
      </div>
      {/* Not rendered, yet the figure's description (aria-describedby reads a hidden element):
          its text changes with every snapshot, and a visually hidden one would be shaped and
          laid out each time (issue 16), as the surface's is not either. */}
      <p id={descriptionId} hidden>
        {pair?.description ?? data.description}
      </p>
    </figure>
  );
}

const lastIteration = (history: RunHistory) =>
  history.length > 0 ? history.iteration(history.length - 1) : -Infinity;

/** Run B's iteration on the comparison chart: a diamond on its line (and a rule where A's is not). */
function RunBMarker({
  x: column,
  y,
  plotHeight,
  ruled,
}: {
  x: number;
  y: number | null;
  plotHeight: number;
  ruled: boolean;
}) {
  const row = y === null || !finitePixels(y) ? null : Math.max(2, Math.min(plotHeight - 2, y));
  if (!finitePixels(column)) return null;
  const x = clampPixel(column);
  return (
    <g className="loss-chart-current loss-chart-current-b">
      {ruled && <line x1={x} x2={x} y1={0} y2={plotHeight} />}
      {row !== null && (
        <path
          className="loss-chart-b-dot"
          d={`M${x},${row - 6}L${x + 6},${row}L${x},${row + 6}L${x - 6},${row}Z`}
        />
      )}
    </g>
  );
}
