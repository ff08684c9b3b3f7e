/**
 * The point being dragged over many points (dragPreview.ts): its mark where the pointer is, over a
 * dashed trail from where it was, which the canvas still draws until the drop.
 */
import type { DragMark as Mark } from './dragPreview';
import { trianglePath } from './marks';

export function DragMark({ mark, radius }: { mark: Mark; radius: number }) {
  const { x, y, fromX, fromY, label, heldOut } = mark;
  const held = heldOut ? ' data-point-held-out' : '';
  return (
    <g className="data-drag-mark" aria-hidden="true">
      <line className="data-drag-trail" x1={fromX} y1={fromY} x2={x} y2={y} />
      {label === 1 ? (
        <path className={`data-point data-point-1${held}`} d={trianglePath(x, y, radius)} />
      ) : (
        <circle className={`data-point data-point-0${held}`} cx={x} cy={y} r={radius} />
      )}
    </g>
  );
}
