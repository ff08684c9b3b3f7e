/**
 * Drawing the sketch of the boundary on the data figure (predict, then see; story/useSketch.ts)
 * while it is armed. A drag with a mouse, a finger or a pen draws one freehand stroke, which
 * replaces the sketch when the pointer lifts; the stroke being drawn is kept here, so only this
 * figure redraws while it grows. On the focused plot the arrow keys move a cursor (Shift: in
 * bigger steps), Enter adds a vertex at it, Backspace or Delete takes the last one back, and
 * Escape ends the drawing: a keyboard-only reader draws the same polyline, corner by corner.
 *
 * The arrow keys also step the run (useTransportKeys); handling them here marks the event
 * defaultPrevented, which that page-wide listener checks first.
 */
import type { KeyboardEvent, PointerEvent } from 'react';
import { useRef, useState } from 'react';
import { formatNumber } from '../text/format';
import type { DataPoint, PlotDomains } from '../story/sketchCloseness';
import type { Sketch } from '../story/useSketch';
import type { ScreenGeometry } from './geometry';
import type { Margin } from './layout';

/** A new vertex of a stroke once the pointer has moved this far from the last one, px. */
const STROKE_SPACING = 3;

/** An arrow key moves the cursor by this share of the plot; with Shift, by the larger one. */
export const CURSOR_STEP = 1 / 40;
export const CURSOR_STEP_LARGE = 1 / 8;

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

export interface SketchDrawing {
  /** What to draw: the stroke under the pointer while drawing, else the sketch. */
  readonly line: readonly DataPoint[] | null;
  /** The keyboard's cursor, shown while the armed plot has the focus. */
  readonly cursor: DataPoint | null;
  readonly announcement: string;
  readonly handlers: {
    readonly onPointerDown: (event: PointerEvent<HTMLElement>) => void;
    readonly onPointerMove: (event: PointerEvent<HTMLElement>) => void;
    readonly onPointerUp: (event: PointerEvent<HTMLElement>) => void;
    readonly onPointerCancel: (event: PointerEvent<HTMLElement>) => void;
    readonly onLostPointerCapture: (event: PointerEvent<HTMLElement>) => void;
    readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
    readonly onFocus: () => void;
    readonly onBlur: () => void;
  };
}

/** A raw value kept inside its axis. */
const clampTo = ([lo, hi]: readonly [number, number], v: number) => Math.min(hi, Math.max(lo, v));

export function useSketchDrawing(
  sketch: Sketch,
  screen: ScreenGeometry | null,
  domains: PlotDomains,
  margin: Margin,
): SketchDrawing {
  const [stroke, setStroke] = useState<DataPoint[] | null>(null);
  const [cursor, setCursor] = useState<DataPoint | null>(null);
  const [focused, setFocused] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  /** The pointer drawing, and the last vertex in pixels; read and written in handlers only. */
  const drawing = useRef<{
    pointerId: number;
    lastX: number;
    lastY: number;
    /** The stroke so far, also here: a pointerup may come before the last move's render. */
    points: DataPoint[];
  } | null>(null);

  /** Where the pointer is: pixels in the plotting area, and raw values inside the axes. */
  const at = (event: PointerEvent<HTMLElement>): { px: number; py: number; point: DataPoint } => {
    const box = event.currentTarget.getBoundingClientRect();
    const px = event.clientX - box.left - margin.left;
    const py = event.clientY - box.top - margin.top;
    const point: DataPoint = screen
      ? [clampTo(domains.x, screen.x.invert(px)), clampTo(domains.y, screen.y.invert(py))]
      : [0, 0];
    return { px, py, point };
  };

  const finish = (event: PointerEvent<HTMLElement>) => {
    const current = drawing.current;
    if (!current || current.pointerId !== event.pointerId) return;
    drawing.current = null;
    // A click (no drag) draws nothing and keeps the sketch there is.
    if (current.points.length >= 2) {
      sketch.draw(current.points, domains);
      setAnnouncement(`Sketch drawn, ${current.points.length} vertices.`);
    }
    setStroke(null);
  };

  const say = (point: DataPoint) =>
    `x1 = ${formatNumber(point[0])}, x2 = ${formatNumber(point[1])}`;
  const centre: DataPoint = [(domains.x[0] + domains.x[1]) / 2, (domains.y[0] + domains.y[1]) / 2];

  return {
    line: stroke ?? sketch.points,
    cursor: focused && sketch.armed ? (cursor ?? centre) : null,
    announcement,
    handlers: {
      onPointerDown: (event) => {
        if (!screen || !event.isPrimary || event.button !== 0) return;
        const { px, py, point } = at(event);
        drawing.current = { pointerId: event.pointerId, lastX: px, lastY: py, points: [point] };
        setStroke([point]);
        // Moves keep coming when the pointer leaves the plot, and a finger does not scroll.
        event.currentTarget.setPointerCapture?.(event.pointerId);
      },
      onPointerMove: (event) => {
        const current = drawing.current;
        if (!current || current.pointerId !== event.pointerId) return;
        const { px, py, point } = at(event);
        if (Math.hypot(px - current.lastX, py - current.lastY) < STROKE_SPACING) return;
        current.lastX = px;
        current.lastY = py;
        current.points = [...current.points, point];
        setStroke(current.points);
      },
      onPointerUp: finish,
      onPointerCancel: finish,
      onLostPointerCapture: finish,
      onKeyDown: (event) => {
        if (event.ctrlKey || event.metaKey || event.altKey) return;
        const here = cursor ?? centre;
        const arrow = ARROWS[event.key];
        if (arrow) {
          event.preventDefault();
          const step = event.shiftKey ? CURSOR_STEP_LARGE : CURSOR_STEP;
          const next: DataPoint = [
            clampTo(domains.x, here[0] + arrow[0] * step * (domains.x[1] - domains.x[0])),
            clampTo(domains.y, here[1] + arrow[1] * step * (domains.y[1] - domains.y[0])),
          ];
          setCursor(next);
          setAnnouncement(`Cursor at ${say(next)}.`);
          return;
        }
        if (event.key === 'Enter') {
          event.preventDefault();
          const points = [...(sketch.points ?? []), here];
          sketch.draw(points, domains);
          setAnnouncement(`Vertex ${points.length} at ${say(here)}.`);
          return;
        }
        if (event.key === 'Backspace' || event.key === 'Delete') {
          event.preventDefault();
          const points = (sketch.points ?? []).slice(0, -1);
          sketch.draw(points, domains);
          setAnnouncement(
            points.length > 0 ? `Vertex removed; ${points.length} left.` : 'Sketch cleared.',
          );
          return;
        }
        if (event.key === 'Escape') {
          event.preventDefault();
          sketch.done();
          setAnnouncement('Done sketching.');
        }
      },
      onFocus: () => setFocused(true),
      onBlur: () => setFocused(false),
    },
  };
}
