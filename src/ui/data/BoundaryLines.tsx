/**
 * The two-feature view's level lines: the decision boundary p = 0.5, and, when asked for, the
 * lines p = 0.25 and p = 0.75 (dashed) where the model is three-to-one sure. Their labels are a
 * separate layer, drawn above the points so no point hides them.
 */
import type { Frame } from './frame';
import type { GridPoint, Isoline } from './isolines';
import { isolinePath, labelAnchor } from './isolines';
import type { PlotLayout } from './layout';

interface BoundaryLinesProps {
  readonly frame: Frame;
  readonly layout: PlotLayout;
  readonly cols: number;
  readonly rows: number;
}

/** Half the size of a "p = 0.25" label at the figure's font size, px. */
const LABEL_HALF_WIDTH = 30;
const LABEL_HALF_HEIGHT = 9;

/** d3-contour's grid units: cell k spans [k, k + 1], so a unit is width / cols pixels. */
function gridScale({ layout, cols, rows }: BoundaryLinesProps): [number, number] {
  return [layout.plotWidth / cols, layout.plotHeight / rows];
}

export function BoundaryLines(props: BoundaryLinesProps) {
  const { frame } = props;
  const [sx, sy] = gridScale(props);
  const boundary = isolinePath(frame.boundary, sx, sy);
  const quartiles = isolinePath([...frame.lowQuartile, ...frame.highQuartile], sx, sy);
  return (
    <g aria-hidden="true">
      {quartiles && <path className="data-quartile" d={quartiles} />}
      {boundary && (
        <>
          <path className="data-boundary-casing" d={boundary} />
          <path className="data-boundary" d={boundary} />
        </>
      )}
    </g>
  );
}

/**
 * "p = 0.25" and "p = 0.75" on their lines, near opposite ends: the two run side by side with the
 * boundary between them, so labels at the same place would collide.
 */
export function QuartileLabels(props: BoundaryLinesProps) {
  const { frame } = props;
  const [sx, sy] = gridScale(props);
  const { plotWidth, plotHeight } = props.layout;
  // Centred on a vertex far enough from the edges for the whole text to show.
  const fits = ([x, y]: GridPoint) =>
    x * sx >= LABEL_HALF_WIDTH &&
    x * sx <= plotWidth - LABEL_HALF_WIDTH &&
    y * sy >= LABEL_HALF_HEIGHT &&
    y * sy <= plotHeight - LABEL_HALF_HEIGHT;
  const label = (lines: readonly Isoline[], text: string, along: number) => {
    const anchor = labelAnchor(lines, along, fits);
    if (!anchor) return null;
    return (
      <text
        className="data-line-label"
        x={anchor[0] * sx}
        y={anchor[1] * sy}
        dy="0.32em"
        textAnchor="middle"
      >
        {text}
      </text>
    );
  };
  return (
    <g aria-hidden="true">
      {label(frame.lowQuartile, 'p = 0.25', 0.12)}
      {label(frame.highQuartile, 'p = 0.75', 0.88)}
    </g>
  );
}
