import { useCallback, useId, useMemo, useState } from 'react';
import type { TrainerView } from '../../worker/client';
import { RunSwatch } from '../compare/RunSwatch';
import type { RunContext } from '../app/runContext';
import type { AxisPair } from './axes';
import { axisTitle, parameterSymbol } from './axes';
import { formatCount, formatNumber, formatSetting } from '../text/format';
import { auxAt } from '../run/auxAt';
import { ruleStep } from './ruleStep';
import { ContourCanvas } from './ContourCanvas';
import { surfaceDescription, surfaceName } from './describe';
import { stepArrow } from './gradientArrow';
import { PathTracer } from './pathTrace';
import { planeScales, plotLayout, projectTheta } from './projection';
import type { PlanePoint } from './range';
import { fitAspect } from './range';
import { sameRequest, sliceRequest } from './sliceSchedule';
import { SurfaceLegend } from './SurfaceLegend';
import { GuessMark } from './GuessMark';
import { SurfaceMarks } from './SurfaceMarks';
import { RunBMarks } from './RunBMarks';
import { SurfacePlot } from './SurfacePlot';
import { scaleMargin } from '../plot/figureType';
import { useElementSize } from '../plot/useElementSize';
import { useStableRange } from './useStableRange';
import { useSurfaceZoom } from './useSurfaceZoom';
import { ZoomControls } from './ZoomControls';
import { useSurfacePointer } from './useSurfacePointer';
import { useSurfaceSlice } from './useSurfaceSlice';
import { useFigureSlug } from '../export/figureSlugContext';

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
  /** Compare runs on one surface: run B's path and θ drawn over this run's. */
  overlay?: { readonly view: TrainerView; readonly label: string } | null;
  /** Compare runs on two surfaces: which run this figure shows, and its setting. */
  compared?: { readonly run: 'a' | 'b'; readonly label: string } | null;
}

/**
 * The loss surface J over two parameters with the optimizer on it: filled contours on a canvas,
 * and in SVG over them the axes, the path, the optimum, the gradient step and the current θ.
 */
export function SurfaceFigure({ run, axes, overlay = null, compared = null }: SurfaceFigureProps) {
  const { view, config, commands, colors } = run;
  const exportSlug = useFigureSlug();
  const { info, snapshot, history, historyVersion } = view;
  const parameterNames = info?.parameterNames ?? [];
  const standardized = info?.source.features.standardize ?? false;
  const descriptionId = useId();

  const [frameRef, size] = useElementSize<HTMLDivElement>();
  const { fontSize } = run.figure;
  const layout = useMemo(
    () => plotLayout(size.width, size.height, scaleMargin(MARGIN, fontSize)),
    [size, fontSize],
  );

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

  // Run B over this surface: its own tracer, its θ where it has the same parameters.
  const [tracerB] = useState(() => new PathTracer());
  const historyB = overlay?.view.history ?? null;
  const pathB = useMemo(
    () => tracerB.update(historyB, axes),
    // historyVersion: the history object is updated in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [tracerB, historyB, overlay?.view.historyVersion, axes],
  );
  const snapshotB = overlay?.view.snapshot ?? null;
  const thetaB =
    snapshotB && snapshotB.theta.length === parameterNames.length ? snapshotB.theta : null;
  const currentB = thetaB ? projectTheta(thetaB, axes) : null;
  const optimumSummary = info?.analysis.optimum;
  const optimum =
    optimumSummary?.status === 'found' ? projectTheta(optimumSummary.theta, axes) : null;

  const mustInclude = [current, currentB, optimum].filter((p): p is PlanePoint => p !== null);
  // A run started afresh (Reset, a new start) frames its own start and optimum, not the range a
  // run before it grew (one that diverged, momentum's overshoot). Counted when the run comes back
  // to its start, so a drag of the start across the surface does not reframe at every move; not
  // with a run B on this surface, which may have moved on.
  // A start the reader placed on the surface (a click, a drag) is not reframed: the view must not
  // jump away from under the pointer that chose it.
  const fresh = snapshot?.iteration === 0 && (history?.length ?? 0) <= 1 && !overlay;
  const [starts, setStarts] = useState({ fresh, count: 0, placed: false });
  if (fresh !== starts.fresh) {
    setStarts({ fresh, count: starts.count + (fresh && !starts.placed ? 1 : 0), placed: false });
  }
  const { setParameters } = commands;
  const placeStart = useCallback(
    (parameters: readonly number[]) => {
      setStarts((previous) => ({ ...previous, placed: true }));
      setParameters(parameters);
    },
    [setParameters],
  );
  const rangeKey = theta && info ? `${info.generation}|${starts.count}|${axes.x},${axes.y}` : null;
  const baseRange = useStableRange(rangeKey, mustInclude, () =>
    [path.bounds, pathB.bounds].flatMap((b) => (b ? [b.min, b.max] : [])),
  );
  // The reader's zoom, on the current θ, on top of the run's own framing.
  const zoom = useSurfaceZoom(rangeKey, baseRange, current);
  const range = useMemo(
    () => fitAspect(zoom.range, layout.plotWidth, layout.plotHeight),
    [zoom.range, layout],
  );
  const scales = useMemo(() => planeScales(range, layout), [range, layout]);

  const desired = useMemo(
    () =>
      theta && layout.plotWidth > 0 ? sliceRequest(config.objective, theta, axes, range) : null,
    [theta, layout.plotWidth, config.objective, axes, range],
  );
  const slice = useSurfaceSlice(info?.source ?? null, desired, snapshot?.playing ?? false);
  const extent = slice.grid?.contours.extent ?? null;

  // The rule's own next step: −η∇J, momentum's −η(βv + ∇J), Newton's −H⁻¹∇J.
  const design = run.prepared?.design ?? null;
  const { objective, optimizer } = config;
  const next = useMemo(
    () =>
      theta && snapshot && snapshot.gradient.length === theta.length
        ? ruleStep(
            objective,
            optimizer,
            design,
            theta,
            snapshot.gradient,
            auxAt(history, snapshot),
            formatSetting,
          )
        : null,
    // historyVersion: the history object is updated in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [objective, optimizer, design, theta, snapshot, history, historyVersion],
  );
  const arrow =
    current && next
      ? stepArrow(
          current,
          { x: next.step[axes.x], y: next.step[axes.y] },
          scales,
          Math.hypot(layout.plotWidth, layout.plotHeight) / 2,
        )
      : null;
  const stepLength = next ? Math.hypot(next.step[axes.x], next.step[axes.y]) : null;

  const pointer = useSurfacePointer({
    theta,
    axes,
    scales,
    range,
    // While the reader marks a guess (predict, then see), the pointer moves the guess instead.
    setParameters: run.prediction.armed ? run.prediction.place : placeStart,
  });
  const guess =
    run.prediction.guess && run.prediction.guess.length === parameterNames.length
      ? projectTheta(run.prediction.guess, axes)
      : null;

  const noOptimum =
    optimumSummary && optimumSummary.status !== 'found' ? NO_OPTIMUM[optimumSummary.status] : null;
  const description = surfaceDescription({
    axes,
    parameterNames,
    standardized,
    theta,
    iteration: snapshot?.iteration ?? null,
    loss: snapshot?.loss ?? null,
    optimum,
    noOptimum,
    stepLabel: next?.label,
  });
  const fullDescription = overlay
    ? `${description} ${runBText(overlay.label, axes, snapshotB?.iteration ?? null, currentB)}`
    : description;
  const name = compared
    ? `${surfaceName(axes)}, run ${compared.run.toUpperCase()} (${compared.label})`
    : overlay
      ? `${surfaceName(axes)}, runs A and B`
      : surfaceName(axes);

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
      className={compared?.run === 'b' ? 'surface-figure surface-figure-b' : 'surface-figure'}
      tabIndex={0}
      aria-label={name}
      aria-describedby={descriptionId}
      onKeyDown={pointer.onKeyDown}
    >
      {compared && (
        <p className="surface-figure-title" aria-hidden="true">
          <RunSwatch run={compared.run} />
          Run {compared.run.toUpperCase()}: {compared.label}
        </p>
      )}
      {/* The frame keeps its aspect inside whatever box the layout gives (stage.css). */}
      <div className="surface-fit">
        <div
          className="surface-frame"
          ref={frameRef}
          data-surface={gridState}
          data-export-figure={exportSlug}
        >
          {ready && (
            <>
              <ContourCanvas grid={slice.grid} layout={layout} scales={scales} colors={colors} />
              <SurfacePlot
                layout={layout}
                scales={scales}
                xTitle={axisTitle(axes.x, parameterNames, standardized)}
                yTitle={axisTitle(axes.y, parameterNames, standardized)}
                pointer={pointer}
                fontSize={fontSize}
              >
                {overlay && (
                  <RunBMarks
                    path={pathB}
                    iteration={snapshotB?.iteration ?? 0}
                    current={currentB}
                    scales={scales}
                  />
                )}
                <SurfaceMarks
                  path={path}
                  iteration={snapshot?.iteration ?? 0}
                  current={current}
                  arrow={arrow}
                  optimum={optimum}
                  scales={scales}
                />
                {guess && !compared && (
                  <GuessMark guess={guess} current={current} scales={scales} />
                )}
              </SurfacePlot>
              {status && (
                <p
                  className="surface-status"
                  style={{ left: margin.left + 8, top: margin.top + 6 }}
                >
                  {status}
                </p>
              )}
            </>
          )}
        </div>
      </div>
      {/* Not rendered (display: none), yet the figure's description all the same: aria-describedby
          reads a hidden element it points to. Its text changes with every snapshot, and a
          visually-hidden paragraph would be re-shaped and laid out each time (issue 16). */}
      <p id={descriptionId} hidden>
        {fullDescription}
      </p>
      <SurfaceLegend
        axes={axes}
        theta={theta}
        iteration={snapshot?.iteration ?? null}
        arrowScale={arrow?.scale ?? null}
        stepLength={stepLength}
        stepLabel={next?.label ?? 'step −η∇J'}
        stepSettings={next?.settings ?? ''}
        optimumShown={optimum !== null}
        noOptimum={noOptimum}
        extent={extent}
        parameterCount={parameterNames.length}
        pathLabel={
          compared
            ? `path of run ${compared.run.toUpperCase()}: ${compared.label}`
            : overlay
              ? `path of run A: ${run.comparison?.labelA ?? ''}`
              : 'path of θ'
        }
        overlayLabel={overlay ? `path of run B: ${overlay.label}` : null}
        zoom={<ZoomControls zoom={zoom} />}
      />
    </figure>
  );
}

/** Where run B is, for the description of a surface it is drawn over. */
function runBText(
  label: string,
  axes: AxisPair,
  iteration: number | null,
  current: PlanePoint | null,
): string {
  if (iteration === null || !current) return `Run B (${label}) has not started yet.`;
  return `Run B (${label}), a dashed path, is at iteration ${formatCount(iteration)}: ${parameterSymbol(axes.x)} = ${formatNumber(current.x)}, ${parameterSymbol(axes.y)} = ${formatNumber(current.y)}.`;
}
