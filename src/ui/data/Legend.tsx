/**
 * What the marks mean: the two classes (colour and shape), the rings, the halos, the boundary or
 * curve, the shading, the reader's sketch of the boundary, and the derivation's point.
 */
import type { ReactNode } from 'react';
import { memo } from 'react';
import type { LossKind } from '../../engine';
import type { FigureKind } from './geometry';
import { HighlightMark } from './HighlightMark';
import { trianglePath } from './marks';
import { ERROR_FORMULA } from './PointTooltip';

interface LegendProps {
  readonly kind: FigureKind;
  readonly loss: LossKind;
  readonly showPull: boolean;
  /** Some points are held out for testing (drawn hollow). */
  readonly heldOut?: boolean;
  /** The reader has sketched the boundary (predict, then see). */
  readonly showSketch?: boolean;
}

const SWATCH = 16;
const C = SWATCH / 2;

function Item({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li className="data-legend-item">
      <svg className="data-legend-swatch" width={SWATCH} height={SWATCH} aria-hidden="true">
        {swatch}
      </svg>
      <span>{children}</span>
    </li>
  );
}

/** Memoized: the panel renders on every snapshot, the legend only when what it shows changes. */
export const Legend = memo(function Legend({
  kind,
  loss,
  showPull,
  heldOut = false,
  showSketch = false,
}: LegendProps) {
  return (
    <ul className="data-legend" aria-label="Legend">
      <Item swatch={<circle className="data-point data-point-0" cx={C} cy={C} r={4.5} />}>
        y = 0
      </Item>
      <Item swatch={<path className="data-point data-point-1" d={trianglePath(C, C + 1, 4.5)} />}>
        y = 1
      </Item>
      {heldOut && (
        <Item
          swatch={
            <>
              <circle
                className="data-point data-point-0 data-point-held-out"
                cx={5}
                cy={C}
                r={3.5}
              />
              <path
                className="data-point data-point-1 data-point-held-out"
                d={trianglePath(11.5, C + 1, 3.5)}
              />
            </>
          }
        >
          hollow: held out for testing (not trained on)
        </Item>
      )}
      <Item swatch={<circle className="data-legend-ring" cx={C} cy={C} r={6} />}>
        misclassified
      </Item>
      {kind === 'plane' ? (
        <Item
          swatch={<line className="data-boundary" x1={1} y1={SWATCH - 2} x2={SWATCH - 1} y2={2} />}
        >
          boundary p = 0.5
        </Item>
      ) : (
        <Item
          swatch={<path className="data-curve" d={`M1,${SWATCH - 3}C9,${SWATCH - 3} 7,3 15,3`} />}
        >
          p = σ(z)
        </Item>
      )}
      {showSketch && (
        <Item
          swatch={
            <path
              className="data-sketch"
              d={`M1,${SWATCH - 4}Q${C},0 ${SWATCH - 1},${SWATCH - 4}`}
            />
          }
        >
          your sketch
        </Item>
      )}
      <li className="data-legend-item">
        <span className="data-legend-field" aria-hidden="true" />
        <span>shade: p from 0 to 1</span>
      </li>
      {showPull && (
        <Item swatch={<circle className="data-legend-halo" cx={C} cy={C} r={7} />}>
          halo: pull |{ERROR_FORMULA[loss]}|
        </Item>
      )}
      <Item swatch={<HighlightMark x={C} y={C} radius={4} tick={3.5} />}>
        the derivation’s point
      </Item>
    </ul>
  );
});
