/**
 * The data-space figure: the plot (its layers in PlotLayers), the pointer and keyboard on it, the
 * tooltip of the point shown, and one sentence describing the state, which is also the figure's
 * accessible description.
 *
 * Per snapshot it computes the Frame (z, p and weight of each point, p on the field's grid, the
 * level lines); what depends only on the data or the size is memoized.
 */
import { useCallback, useId, useMemo } from 'react';
import type { PreparedRun } from '../../worker/run';
import { formatCount, formatNumber } from '../text/format';
import type { RunContext } from '../app/runContext';
import { describeFigure } from './describe';
import type { DraggedPoint } from './dragPreview';
import { dragMarkOf, withMovedPoint } from './dragPreview';
import { tidyCoordinate } from './editing';
import { computeFrame, usableTheta } from './frame';
import type { DataGeometry, ScreenGeometry } from './geometry';
import { screenGeometry } from './geometry';
import { PlotLayers } from './PlotLayers';
import { PointTooltip } from './PointTooltip';
import type { RawEditing } from './useDataEditor';
import { useElementSize } from '../plot/useElementSize';
import { scaleMargin } from '../plot/figureType';
import { MARGIN } from './layout';
import type { PointEditing } from './usePointInteraction';
import { usePointInteraction } from './usePointInteraction';
import { useSketchDrawing } from './useSketchDrawing';
import { useFigureSlug } from '../export/figureSlugContext';

interface DataFigureProps {
  readonly run: RunContext;
  readonly prepared: PreparedRun;
  readonly geometry: DataGeometry;
  readonly showPull: boolean;
  readonly showQuartiles: boolean;
  /** Draw the model of the iteration shown (not while the drawn data cannot be trained). */
  readonly showModel: boolean;
  /** Said instead of the description while the model is not drawn. */
  readonly message: string | null;
  /** The edits of the data the gestures make, or null when the data cannot be drawn. */
  readonly editing: RawEditing | null;
  /** A point dragged over many points, drawn alone until the drop (dragPreview.ts). */
  readonly dragged?: DraggedPoint | null;
}

/** The figure's accessible name, by view. */
export const FIGURE_NAMES = {
  plane: 'Points, decision boundary and probability field',
  sigmoid: 'Points and the fitted sigmoid curve',
} as const;

const NO_POINTS = new Float64Array(0);
const NO_MARGIN = { top: 0, right: 0, bottom: 0, left: 0 };
const NO_DOMAINS = { x: [0, 1], y: [0, 1] } as const;

export function DataFigure(props: DataFigureProps) {
  const { run, prepared, geometry, showPull, showQuartiles, showModel, message, editing } = props;
  const dragged = props.dragged ?? null;
  const { data, design } = prepared;
  const exportSlug = useFigureSlug();
  const [boxRef, box] = useElementSize<HTMLDivElement>();
  const { stage, fontSize } = run.figure;
  const { width } = box;
  const height = stage ? box.height : Infinity;
  const screen = useMemo(
    () =>
      width > 0 && height > 0
        ? screenGeometry(data, geometry, width, { height, margin: scaleMargin(MARGIN, fontSize) })
        : null,
    [data, geometry, width, height, fontSize],
  );

  const snapshot = showModel ? run.view.snapshot : null;
  const parameterCount = design.p + 1;
  const theta = snapshot && usableTheta(snapshot.theta, parameterCount) ? snapshot.theta : null;
  const invalid = snapshot !== null && snapshot.theta.length === parameterCount && !theta;
  const loss = run.config.objective.loss;
  const frame = useMemo(
    () => (theta ? computeFrame(prepared, geometry, theta, loss, showQuartiles) : null),
    [prepared, geometry, theta, loss, showQuartiles],
  );

  const description =
    message ??
    describeFigure({
      iteration: snapshot?.iteration ?? null,
      summary: frame?.summary ?? null,
      boundaryInView: (frame?.boundary.length ?? 0) > 0,
      crossings: geometry.kind === 'sigmoid' ? (frame?.crossings ?? []) : undefined,
      featureName: geometry.xLabel,
      invalid,
    });

  const describePoint = useCallback(
    (i: number) => {
      const features = data.featureNames
        .map((name, j) => `${name} = ${formatNumber(data.features[i * data.d + j])}`)
        .join(', ');
      const p = frame ? `, p = ${formatNumber(frame.contributions.p[i])}` : '';
      return `Point ${formatCount(i + 1)} of ${formatCount(data.n)}: ${features}, y = ${formatCount(data.labels[i])}${p}.`;
    },
    [data, frame],
  );

  const positions = screen?.positions ?? NO_POINTS;
  const dragMark = useMemo(
    () =>
      screen && dragged ? dragMarkOf(dragged, screen, geometry, data, prepared.heldOut) : null,
    [screen, dragged, geometry, data, prepared.heldOut],
  );
  const pointEditing = useMemo(
    () => (screen && editing ? inPixels(editing, screen, geometry) : null),
    [screen, editing, geometry],
  );
  const interaction = usePointInteraction({
    positions,
    margin: screen?.layout.margin ?? NO_MARGIN,
    highlighted: run.highlightedPoint,
    setHighlighted: run.setHighlightedPoint,
    describePoint,
    editing: pointEditing,
  });

  // While the reader sketches the boundary (predict, then see), the pointer and the keys draw the
  // sketch; the points cannot be edited or walked through until "Done sketching".
  const sketchDrawing = useSketchDrawing(
    run.sketch,
    screen,
    geometry.kind === 'plane' ? { x: geometry.xDomain, y: geometry.yDomain } : NO_DOMAINS,
    screen?.layout.margin ?? NO_MARGIN,
  );
  const sketching = run.sketch.armed && geometry.kind === 'plane';

  const descriptionId = useId();
  const sketchHelpId = useId();
  const tooltipId = useId();
  const clipId = useId();
  // After a change to fewer points the shared index may point past the end: draw no highlight.
  const highlighted =
    run.highlightedPoint >= 0 && run.highlightedPoint < data.n ? run.highlightedPoint : null;

  return (
    <figure
      className="data-figure"
      aria-label={FIGURE_NAMES[geometry.kind]}
      aria-describedby={descriptionId}
    >
      <div ref={boxRef} className="data-figure-box">
        {screen && (
          <div
            className="data-plot"
            data-export-figure={exportSlug}
            style={{ width: screen.layout.width, height: screen.layout.height }}
            role="application"
            aria-label="Data points; arrow keys move between points"
            aria-describedby={
              sketching
                ? sketchHelpId
                : interaction.tooltipIndex !== null
                  ? tooltipId
                  : descriptionId
            }
            tabIndex={0}
            data-sketching={sketching ? '' : undefined}
            {...(sketching ? sketchDrawing.handlers : interaction.handlers)}
          >
            <PlotLayers
              screen={screen}
              geometry={geometry}
              prepared={prepared}
              frame={frame}
              colors={run.colors}
              showPull={showPull}
              showQuartiles={showQuartiles}
              highlighted={highlighted}
              clipId={clipId}
              fontSize={fontSize}
              sketch={sketchDrawing}
              dragMark={dragMark}
            />
            {!sketching &&
              interaction.tooltipIndex !== null &&
              (dragMark && dragged && dragMark.index === interaction.tooltipIndex ? (
                // The dragged point's own numbers where it is now; z and p come with the drop.
                <PointTooltip
                  id={tooltipId}
                  index={dragMark.index}
                  data={withMovedPoint(data, dragMark.index, dragged.x)}
                  heldOut={prepared.heldOut}
                  frame={null}
                  loss={loss}
                  x={screen.layout.margin.left + dragMark.x}
                  y={screen.layout.margin.top + dragMark.y}
                  box={screen.layout}
                />
              ) : (
                <PointTooltip
                  id={tooltipId}
                  index={interaction.tooltipIndex}
                  data={data}
                  heldOut={prepared.heldOut}
                  frame={frame}
                  loss={loss}
                  x={screen.layout.margin.left + positions[2 * interaction.tooltipIndex]}
                  y={screen.layout.margin.top + positions[2 * interaction.tooltipIndex + 1]}
                  box={screen.layout}
                />
              ))}
          </div>
        )}
      </div>
      <figcaption id={descriptionId} className="data-description">
        {/* Its own box: on the stage, one line laid out alone (stage.css). */}
        <span className="data-description-text">{description}</span>
      </figcaption>
      {sketching && (
        <p id={sketchHelpId} className="visually-hidden">
          Sketching the boundary: drag to draw, or move the cursor with the arrow keys and press
          Enter to add a corner, Backspace to remove the last one, Escape to finish.
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {sketching ? sketchDrawing.announcement : interaction.announcement}
      </p>
    </figure>
  );
}

/** The figure's edits in pixels of the plotting area, made feature values inside the axes. */
function inPixels(
  editing: RawEditing,
  screen: ScreenGeometry,
  geometry: DataGeometry,
): PointEditing {
  const value = (scale: ScreenGeometry['x'], [lo, hi]: readonly [number, number], px: number) =>
    tidyCoordinate(Math.min(hi, Math.max(lo, scale.invert(px))), hi - lo);
  // One feature: x is the feature; the height of a point is its label, which a click does not set.
  const raw = (x: number, y: number): number[] =>
    geometry.kind === 'sigmoid'
      ? [value(screen.x, geometry.xDomain, x)]
      : [value(screen.x, geometry.xDomain, x), value(screen.y, geometry.yDomain, y)];
  return {
    add: (x, y) => editing.add(raw(x, y)),
    drag: (index, x, y) => editing.drag(index, raw(x, y)),
    drop: (index, x, y) => editing.drop(index, raw(x, y)),
    cancelDrag: editing.cancelDrag,
    remove: editing.remove,
  };
}
