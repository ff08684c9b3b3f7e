/**
 * The numbers of one point, beside it: its raw features, its label y, and, at the iteration shown,
 * z = θ·φ(x), p = σ(z) and its error in the gradient (its pull on the boundary).
 */
import { useLayoutEffect, useRef } from 'react';
import type { Dataset, LossKind } from '../../engine';
import { formatCount, formatNumber } from '../text/format';
import type { Frame } from './frame';
import type { Size } from './tooltipPlacement';
import { tooltipPosition } from './tooltipPlacement';

/**
 * How each loss writes a point's error g_i in ∇J = (1/N) Σ g_i φ̃_i: the error p − y itself under
 * the cross-entropy, the error times the sigmoid's slope under squared error. (Never called the
 * point's "weight": the weights are w.)
 */
export const ERROR_FORMULA: Record<LossKind, string> = {
  crossEntropy: 'p − y',
  squaredError: '(p − y)·p(1 − p)',
};

/** What each loss calls g_i in the tooltip. */
export const ERROR_NAME: Record<LossKind, string> = {
  crossEntropy: 'error',
  squaredError: 'error signal',
};

interface PointTooltipProps {
  readonly id: string;
  readonly index: number;
  readonly data: Dataset;
  readonly frame: Frame | null;
  readonly loss: LossKind;
  /** The point, in figure pixels, and the figure's size: the tooltip stays inside it. */
  readonly x: number;
  readonly y: number;
  readonly box: Size;
}

function Row({ name, value }: { name: string; value: string }) {
  return (
    <>
      <dt>{name}</dt>
      <dd>{value}</dd>
    </>
  );
}

export function PointTooltip({ id, index, data, frame, loss, x, y, box }: PointTooltipProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Placed after layout, from its own measured size, on every render (its numbers change width).
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const size = { width: element.offsetWidth, height: element.offsetHeight };
    const { left, top } = tooltipPosition(x, y, size, box);
    element.style.left = `${left}px`;
    element.style.top = `${top}px`;
    element.style.visibility = 'visible';
  });
  const c = frame?.contributions;
  return (
    <div id={id} ref={ref} className="data-tooltip" role="tooltip">
      <p className="data-tooltip-title">
        Point {formatCount(index + 1)} of {formatCount(data.n)}
      </p>
      <dl>
        {data.featureNames.map((name, j) => (
          <Row key={j} name={name} value={formatNumber(data.features[index * data.d + j])} />
        ))}
        <Row name="y" value={formatCount(data.labels[index])} />
        {c && (
          <>
            <Row name="z" value={formatNumber(c.z[index])} />
            <Row name="p" value={formatNumber(c.p[index])} />
            <Row
              name={`${ERROR_NAME[loss]} ${ERROR_FORMULA[loss]}`}
              value={formatNumber(c.weight[index])}
            />
          </>
        )}
      </dl>
    </div>
  );
}
