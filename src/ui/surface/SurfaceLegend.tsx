import type { ReactNode } from 'react';
import { formatCount, formatNumber } from '../text/format';
import type { AxisPair } from './axes';
import { fixedParameters, parameterSymbol } from './axes';
import type { GridExtent } from './contours';
import { useLayoutBoundary } from '../app/useLayoutBoundary';

interface SurfaceLegendProps {
  axes: AxisPair;
  theta: ArrayLike<number> | null;
  iteration: number | null;
  /** Drawn ÷ true length of the step arrow (1: to scale), or null when no arrow is drawn. */
  arrowScale: number | null;
  /** The step's true length in the plane of the two axes, θ units. */
  stepLength: number | null;
  /** The rule's step in symbols ("step −η∇J", "Newton’s step −H⁻¹∇J"). */
  stepLabel: string;
  /** The settings it uses ("η = 0.5"), or ''. */
  stepSettings: string;
  optimumShown: boolean;
  noOptimum: string | null;
  extent: GridExtent | null;
  parameterCount: number;
  /** What the path is ("path of θ"; with runs compared, which run's). */
  pathLabel?: string;
  /** Compare runs on one surface: run B's dashed path, named. */
  overlayLabel?: string | null;
  /** The zoom buttons, at the end of the legend's line (over a small plot they would hide it). */
  zoom?: ReactNode;
}

/**
 * What the arrow's length means when it is not to scale: a tiny step is lengthened to be seen and
 * a long one shortened to fit, so the arrow shows the direction, and the step's true length is
 * said in θ units (not "drawn 721596× longer", a factor nobody can picture).
 */
export function arrowNote(scale: number | null, length: number | null): string {
  if (scale === null || Math.abs(scale - 1) < 1e-9) return '';
  const true_ =
    length !== null && Number.isFinite(length) ? `; true length ${formatNumber(length)}` : '';
  if (scale < 1) return ` (shortened${true_})`;
  return ` (lengthened${true_})`;
}

/** Where the slice is taken: the values held fixed. */
function sliceNote(
  axes: AxisPair,
  theta: ArrayLike<number> | null,
  count: number,
  optimumShown: boolean,
): string | null {
  const fixed = fixedParameters(axes, count);
  if (fixed.length === 0) return null;
  // The slice passes through the current θ, not θ*: its lowest point need not be at the star.
  const caveat = optimumShown ? ', so its lowest point need not be at θ*' : '';
  if (fixed.length === 1) {
    const k = fixed[0];
    return `Slice at ${parameterSymbol(k)} = ${theta ? formatNumber(theta[k]) : '—'} (its current value)${caveat}.`;
  }
  return `Slice through the current values of the other ${formatCount(fixed.length)} parameters${caveat}.`;
}

const Swatch = ({ children }: { children: ReactNode }) => (
  <svg
    className="surface-legend-swatch"
    width="22"
    height="12"
    viewBox="0 0 22 12"
    aria-hidden="true"
  >
    {children}
  </svg>
);

/**
 * What the marks mean, under the figure: the path, the current θ, the step arrow (and whether it
 * is to scale), the optimum or why there is none, the colours' J range and the slice.
 */
export function SurfaceLegend({
  axes,
  theta,
  iteration,
  arrowScale,
  stepLength,
  stepLabel,
  stepSettings,
  optimumShown,
  noOptimum,
  extent,
  parameterCount,
  pathLabel = 'path of θ',
  overlayLabel = null,
  zoom = null,
}: SurfaceLegendProps) {
  const slice = sliceNote(axes, theta, parameterCount, optimumShown);
  const contentRef = useLayoutBoundary<HTMLDivElement>();
  return (
    <figcaption className="surface-legend">
      {/* The numbers in it change with every snapshot: laid out in the box, not the page. */}
      <div className="surface-legend-box">
        <div className="surface-legend-content" ref={contentRef}>
          <ul className="surface-legend-items">
            <li>
              <Swatch>
                <line className="surface-path" x1="1" y1="9" x2="21" y2="3" />
              </Swatch>
              {pathLabel}
            </li>
            {overlayLabel && (
              <li>
                <Swatch>
                  <line className="surface-path surface-path-b" x1="1" y1="9" x2="21" y2="3" />
                  <path className="surface-current-b" d="M11,1.5L15.5,6L11,10.5L6.5,6Z" />
                </Swatch>
                {overlayLabel}
              </li>
            )}
            <li>
              <Swatch>
                <circle className="surface-current" cx="11" cy="6" r="4.5" />
              </Swatch>
              θ at iteration {iteration === null ? '—' : formatCount(iteration)}
            </li>
            <li>
              <Swatch>
                <g className="surface-arrow">
                  <line x1="1" y1="6" x2="15" y2="6" />
                  <polygon points="21,6 14,2.5 14,9.5" />
                </g>
              </Swatch>
              {stepLabel}
              {stepSettings && `, ${stepSettings}`}
              {arrowNote(arrowScale, stepLength)}
            </li>
            {optimumShown && (
              <li>
                <Swatch>
                  <path
                    className="surface-optimum"
                    d="M11,0.5L12.6,4.3L16.7,4.6L13.6,7.2L14.5,11.2L11,9.1L7.5,11.2L8.4,7.2L5.3,4.6L9.4,4.3Z"
                  />
                </Swatch>
                optimum θ*
              </li>
            )}
            {zoom && <li className="surface-legend-zoom">{zoom}</li>}
          </ul>
          <p className="surface-legend-notes">
            {extent && (
              <span className="surface-legend-ramp-label">
                J from {formatNumber(extent.min)}
                <span className="surface-legend-ramp" aria-hidden="true" />
                to {formatNumber(extent.max)}.{' '}
              </span>
            )}
            {slice}
            {noOptimum && <> No optimum marked: {noOptimum}.</>}
          </p>
        </div>
      </div>
    </figcaption>
  );
}
