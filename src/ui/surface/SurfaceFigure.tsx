import { useId, useMemo, useState } from 'react';
import type { RunContext } from '../runContext';
import type { AxisPair } from './axes';
import { axisTitle } from './axes';
import { ContourCanvas } from './ContourCanvas';
import { gridExtent } from './contours';
import { surfaceDescription, surfaceName } from './describe';
import { stepArrow } from './gradientArrow';
import { PathTracer } from './pathTrace';
import { planeScales, plotLayout, projectTheta } from './projection';
import type { PlanePoint } from './range';
import { fitAspect } from './range';
import { sameRequest, sliceRequest } from './sliceSchedule';
import { SurfaceLegend } from './SurfaceLegend';
import { SurfaceMarks } from './SurfaceMarks';
import { SurfacePlot } from './SurfacePlot';
import { useElementSize } from './useElementSize';
import { useStableRange } from './useStableRange';
import { useSurfacePointer } from './useSurfacePointer';
import { useSurfaceSlice } from './useSurfaceSlice';

/** Room for the tick labels and the axis titles. */
const MARGIN = { top: 8, right: 10, bottom: 40, left: 52 };

const NO_OPTIMUM = {
  separable: 'the classes are separable, so the weights grow without bound',
  notFound: 'Newton’s method did not find it',
  unavailable: 'it is computed for the cross-entropy with no penalty or L2 only',
} as const;

interface SurfaceFigureProps {
  run: RunContext;
  axes: AxisPair;
}

/**
 * The loss surface J over two parameters with the optimizer on it: filled contours on a canvas,
 * and in SVG over them the axes, the path, the optimum, the gradient step and the current θ.
 */
export function SurfaceFigure({ run, axes }: SurfaceFigureProps) {
  const { view, config, commands, colors } = run;
  const { info, snapshot, history, historyVersion } = view;
  const parameterNames = info?.parameterNames ?? [];
  const standardized = info?.source.features.standardize ?? false;
  const descriptionId = useId();

  const [frameRef, size] = useElementSize<HTMLDivElement>();
  const layout = useMemo(() => plotLayout(size.width, size.height, MARGIN), [size]);

  const [tracer] = useState(() => new PathTracer());
  const path = useMemo(
    () => tracer.update(history, axes),
    // historyVersion: the history object is updated in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [tracer, history, historyVersion, axes],
  );

  // The snapshot may belong to the previous run for a moment after a load: match by length.
  const theta = snapshot && snapshot.theta.length === parameterNames.length ? snapshot.theta : null;
  const current = theta ? projectTheta(theta, axes) : null;
  const optimumSummary = info?.analysis.optimum;
  const optimum =
    optimumSummary?.status === 'found' ? projectTheta(optimumSummary.theta, axes) : null;

  const mustInclude = [current, optimum].filter((p): p is PlanePoint => p !== null);
  const baseRange = useStableRange(
    theta && info ? `${info.generation}|${axes.x},${axes.y}` : null,
    mustInclude,
    () => (path.bounds ? [path.bounds.min, path.bounds.max] : []),
  );
  const range = useMemo(
    () => fitAspect(baseRange, layout.plotWidth, layout.plotHeight),
    [baseRange, layout],
  );
  const scales = useMemo(() => planeScales(range, layout), [range, layout]);

  const desired = useMemo(
    () =>
      theta && layout.plotWidth > 0 ? sliceRequest(config.objective, theta, axes, range) : null,
    [theta, layout.plotWidth, config.objective, axes, range],
  );
  const slice = useSurfaceSlice(info?.source ?? null, desired, snapshot?.playing ?? false);
  const extent = useMemo(() => (slice.grid ? gridExtent(slice.grid.values) : null), [slice.grid]);

  const eta = config.optimizer.learningRate;
  const arrow =
    current && snapshot && snapshot.gradient.length === parameterNames.length
      ? stepArrow(
          current,
          { x: -eta * snapshot.gradient[axes.x], y: -eta * snapshot.gradient[axes.y] },
          scales,
          Math.hypot(layout.plotWidth, layout.plotHeight) / 2,
        )
      : null;

  const pointer = useSurfacePointer({
    theta,
    axes,
    scales,
    range,
    setParameters: commands.setParameters,
  });

  const noOptimum =
    optimumSummary && optimumSummary.status !== 'found' ? NO_OPTIMUM[optimumSummary.status] : null;
  const name = surfaceName(axes);
  const description = surfaceDescription({
    axes,
    parameterNames,
    standardized,
    theta,
    iteration: snapshot?.iteration ?? null,
    loss: snapshot?.loss ?? null,
    optimum,
    noOptimum,
  });

  const { margin } = layout;
  const ready = layout.plotWidth > 0 && layout.plotHeight > 0;
  const status = slice.error
    ? `The surface could not be computed: ${slice.error}`
    : !slice.grid && theta
      ? 'Computing the surface…'
      : null;

  // For tests and anyone inspecting the page: whether the full grid of the slice shown is drawn.
  const gridState = !slice.grid
    ? 'none'
    : !slice.grid.coarse && desired && sameRequest(slice.grid.request, desired)
      ? 'current'
      : 'pending';

  return (
    <figure
      className="surface-figure"
      tabIndex={0}
      aria-label={name}
      aria-describedby={descriptionId}
      onKeyDown={pointer.onKeyDown}
    >
      <div
        className="surface-frame"
        ref={frameRef}
        data-surface={gridState}
        data-export-figure="parameter-space"
      >
        {ready && (
          <>
            <ContourCanvas
              grid={slice.grid}
              extent={extent}
              layout={layout}
              scales={scales}
              colors={colors}
            />
            <SurfacePlot
              layout={layout}
              scales={scales}
              xTitle={axisTitle(axes.x, parameterNames, standardized)}
              yTitle={axisTitle(axes.y, parameterNames, standardized)}
              pointer={pointer}
            >
              <SurfaceMarks
                path={path}
                iteration={snapshot?.iteration ?? 0}
                current={current}
                arrow={arrow}
                optimum={optimum}
                scales={scales}
              />
            </SurfacePlot>
            {status && (
              <p className="surface-status" style={{ left: margin.left + 8, top: margin.top + 6 }}>
                {status}
              </p>
            )}
          </>
        )}
      </div>
      <p id={descriptionId} className="visually-hidden">
        {description}
      </p>
      <SurfaceLegend
        axes={axes}
        theta={theta}
        iteration={snapshot?.iteration ?? null}
        arrowScale={arrow?.scale ?? null}
        learningRate={eta}
        optimumShown={optimum !== null}
        noOptimum={noOptimum}
        extent={extent}
        parameterCount={parameterNames.length}
      />
    </figure>
  );
}
