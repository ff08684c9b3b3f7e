/**
 * Where a point's tooltip goes: beside the point, below-right by preference, else on whichever
 * side has room, and always inside the figure, so it never covers the point it describes when it
 * can help it and never makes the page scroll sideways.
 */

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Position {
  readonly left: number;
  readonly top: number;
}

/** Gap between the point and the tooltip, px. */
export const TOOLTIP_OFFSET = 12;

/** One axis: after the point if it fits, else before it if that fits, else clamped inside. */
function place(at: number, size: number, room: number): number {
  const after = at + TOOLTIP_OFFSET;
  const before = at - TOOLTIP_OFFSET - size;
  const start = after + size <= room ? after : before >= 0 ? before : after;
  return Math.max(0, Math.min(start, room - size));
}

/** The tooltip's top-left corner for a point at (x, y) in a figure of size `box`. */
export function tooltipPosition(x: number, y: number, tooltip: Size, box: Size): Position {
  return {
    left: place(x, tooltip.width, box.width),
    top: place(y, tooltip.height, box.height),
  };
}
