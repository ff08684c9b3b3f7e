/**
 * Pointing at points and walking between them with the keyboard. The pointer (or a tap) picks the
 * nearest point within reach; on the focused plot the arrow keys move to the nearest point in that
 * direction, Home and End to the left-most and right-most, Escape hides the tooltip. Either way
 * the point becomes the page's highlighted point, the one the derivation follows.
 *
 * The arrow keys also step the run when nothing else claims them (useTransportKeys). Handling
 * them here marks the event defaultPrevented, which that page-wide listener checks first, so on
 * the focused plot an arrow moves between points and does not also step. Space and R are not
 * used here and still play and reset.
 */
import type { FocusEvent, KeyboardEvent, PointerEvent } from 'react';
import { useState } from 'react';
import type { Margin } from './layout';
import { nearestPoint, navigate } from './navigation';

/** How far from a point the pointer still picks it, px (a finger is less precise than a mouse). */
const POINTER_REACH = 14;
const TOUCH_REACH = 24;

interface PointInteractionOptions {
  /** Point positions in the plotting area, px. */
  readonly positions: Float64Array;
  /** Where the plotting area sits inside the element the handlers are attached to. */
  readonly margin: Margin;
  readonly highlighted: number;
  readonly setHighlighted: (index: number) => void;
  /** A sentence on a point for screen readers, said when the keyboard moves to it. */
  readonly describePoint: (index: number) => string;
}

export interface PointInteraction {
  /** The point whose tooltip is shown, or null. */
  readonly tooltipIndex: number | null;
  /** What a screen reader says after a keyboard move (a polite live region). */
  readonly announcement: string;
  readonly handlers: {
    readonly onPointerMove: (event: PointerEvent<HTMLElement>) => void;
    readonly onPointerDown: (event: PointerEvent<HTMLElement>) => void;
    readonly onPointerLeave: (event: PointerEvent<HTMLElement>) => void;
    readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
    readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
    readonly onBlur: () => void;
  };
}

export function usePointInteraction(options: PointInteractionOptions): PointInteraction {
  const { positions, margin, highlighted, setHighlighted, describePoint } = options;
  const count = positions.length / 2;
  /** The point under the pointer. */
  const [hovered, setHovered] = useState<number | null>(null);
  /** The plot has keyboard focus (focused by Tab, or an arrow pressed on it). */
  const [keyboard, setKeyboard] = useState(false);
  /** Escape hid the tooltip; the next move shows it again. */
  const [dismissed, setDismissed] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const highlight = (index: number) => {
    if (index !== highlighted) setHighlighted(index);
  };

  const point = (event: PointerEvent<HTMLElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left - margin.left;
    const y = event.clientY - box.top - margin.top;
    const reach = event.pointerType === 'touch' ? TOUCH_REACH : POINTER_REACH;
    const index = nearestPoint(positions, x, y, reach);
    setHovered(index >= 0 ? index : null);
    setDismissed(false);
    if (index >= 0) highlight(index);
  };

  const handlers = {
    onPointerMove: point,
    // A tap on a touch screen has no hover before it.
    onPointerDown: point,
    // A finger lifts right after a tap: its tooltip stays until a tap elsewhere.
    onPointerLeave: (event: PointerEvent<HTMLElement>) => {
      if (event.pointerType !== 'touch') setHovered(null);
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape') {
        setDismissed(true);
        return;
      }
      const next = navigate(positions, highlighted, event.key);
      if (next === null) return;
      // Claims the key: no page scroll, and the page-wide transport keys leave it alone.
      event.preventDefault();
      setKeyboard(true);
      setDismissed(false);
      highlight(next);
      setAnnouncement(describePoint(next));
    },
    onFocus: (event: FocusEvent<HTMLElement>) => {
      // A click focuses the plot too; only keyboard focus shows the highlighted point's numbers.
      if (event.currentTarget.matches(':focus-visible')) setKeyboard(true);
    },
    onBlur: () => setKeyboard(false),
  };

  const shown = hovered ?? (keyboard ? highlighted : null);
  const tooltipIndex = !dismissed && shown !== null && shown >= 0 && shown < count ? shown : null;
  return { tooltipIndex, announcement, handlers };
}
