/**
 * Pointing at points and walking between them with the keyboard. The pointer (or a tap) picks the
 * nearest point within reach; on the focused plot the arrow keys move to the nearest point in that
 * direction, Home and End to the left-most and right-most, Escape hides the tooltip. Either way
 * the point becomes the page's highlighted point, the one the derivation follows.
 *
 * With `editing`, the same gestures draw the data: a click (or tap) on empty space adds a point,
 * dragging a point moves it (the pointer is captured, so the drag goes on outside the plot), and a
 * Shift-click, a long press on a touch screen, or Delete or Backspace on the focused plot removes
 * one. Positions go out in the plotting area's pixels; the figure turns them into feature values.
 *
 * The arrow keys also step the run when nothing else claims them (useTransportKeys). Handling
 * them here marks the event defaultPrevented, which that page-wide listener checks first, so on
 * the focused plot an arrow moves between points and does not also step. Space and R are not
 * used here and still play and reset.
 */
import type { FocusEvent, KeyboardEvent, MouseEvent, PointerEvent } from 'react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Margin } from './layout';
import { nearestPoint, navigate } from './navigation';

/** How far from a point the pointer still picks it, px (a finger is less precise than a mouse). */
const POINTER_REACH = 14;
const TOUCH_REACH = 24;

/** A press that moves less than this (px) is a click; further, a drag. A finger wobbles more. */
const CLICK_SLOP = 4;
const TOUCH_SLOP = 10;

/** How long a finger rests on a point to remove it, ms. */
export const LONG_PRESS_MS = 500;

/** What the gestures do to the data; positions are in the plotting area, px. */
export interface PointEditing {
  readonly add: (x: number, y: number) => void;
  /** A point is being dragged to (x, y): show it there. */
  readonly drag: (index: number, x: number, y: number) => void;
  /** The drag ended at (x, y): the move is one edit. */
  readonly drop: (index: number, x: number, y: number) => void;
  /** The drag was cancelled (the browser took the pointer): the point goes back. */
  readonly cancelDrag: () => void;
  readonly remove: (index: number) => void;
}

/** A press of the primary button or a finger, followed from down to up. */
interface Gesture {
  readonly pointerId: number;
  /** The point pressed on, or −1 for empty space. */
  readonly index: number;
  readonly startX: number;
  readonly startY: number;
  readonly slop: number;
  moved: boolean;
  /** A long press removed the point: the rest of the gesture does nothing. */
  done: boolean;
  longPress: number | null;
}

interface PointInteractionOptions {
  /** Point positions in the plotting area, px. */
  readonly positions: Float64Array;
  /** Where the plotting area sits inside the element the handlers are attached to. */
  readonly margin: Margin;
  readonly highlighted: number;
  readonly setHighlighted: (index: number) => void;
  /** A sentence on a point for screen readers, said when the keyboard moves to it. */
  readonly describePoint: (index: number) => string;
  /** Set when the data can be drawn (the gestures add, move and remove points). */
  readonly editing?: PointEditing | null;
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
    readonly onPointerUp: (event: PointerEvent<HTMLElement>) => void;
    readonly onPointerCancel: (event: PointerEvent<HTMLElement>) => void;
    readonly onLostPointerCapture: (event: PointerEvent<HTMLElement>) => void;
    readonly onContextMenu: (event: MouseEvent<HTMLElement>) => void;
    readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
    readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
    readonly onBlur: () => void;
  };
}

export function usePointInteraction(options: PointInteractionOptions): PointInteraction {
  const { positions, margin, highlighted, setHighlighted, describePoint, editing } = options;
  const count = positions.length / 2;
  /** The point under the pointer. */
  const [hovered, setHovered] = useState<number | null>(null);
  /** The plot has keyboard focus (focused by Tab, or an arrow pressed on it). */
  const [keyboard, setKeyboard] = useState(false);
  /** Escape hid the tooltip; the next move shows it again. */
  const [dismissed, setDismissed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  /** The press being followed; only read and written in event handlers. */
  const gesture = useRef<Gesture | null>(null);
  /** The kind of pointer pressed last ('mouse', 'touch', 'pen'). */
  const lastPointer = useRef('mouse');
  /** The latest editing callbacks, for a long press that fires after later renders. */
  const latestEditing = useRef(editing);
  useLayoutEffect(() => {
    latestEditing.current = editing;
  });

  const clearLongPress = () => {
    const current = gesture.current;
    if (current?.longPress != null) window.clearTimeout(current.longPress);
    if (current) current.longPress = null;
  };
  // A long press still pending when the figure goes away must not fire.
  useEffect(() => clearLongPress, []);

  const highlight = (index: number) => {
    if (index !== highlighted) setHighlighted(index);
  };

  /** Where the pointer is in the plotting area, px. */
  const at = (event: PointerEvent<HTMLElement>): [number, number] => {
    const box = event.currentTarget.getBoundingClientRect();
    return [event.clientX - box.left - margin.left, event.clientY - box.top - margin.top];
  };

  const point = (event: PointerEvent<HTMLElement>): number => {
    const [x, y] = at(event);
    const reach = event.pointerType === 'touch' ? TOUCH_REACH : POINTER_REACH;
    const index = nearestPoint(positions, x, y, reach);
    setHovered(index >= 0 ? index : null);
    setDismissed(false);
    if (index >= 0) highlight(index);
    return index;
  };

  /** Ends the gesture; a drag not dropped puts its point back. */
  const endGesture = (event: PointerEvent<HTMLElement>, drop: boolean) => {
    const current = gesture.current;
    if (!current || current.pointerId !== event.pointerId) return;
    clearLongPress();
    gesture.current = null;
    if (!editing || current.done) return;
    const [x, y] = at(event);
    if (current.index >= 0 && current.moved) {
      if (drop) editing.drop(current.index, x, y);
      else editing.cancelDrag();
    } else if (drop && current.index < 0 && !current.moved) {
      editing.add(current.startX, current.startY);
    }
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    // A tap on a touch screen has no hover before it.
    const index = point(event);
    lastPointer.current = event.pointerType;
    if (!editing || !event.isPrimary || event.button !== 0) return;
    if (index >= 0 && event.shiftKey) {
      editing.remove(index);
      setHovered(null);
      return;
    }
    const [x, y] = at(event);
    const touch = event.pointerType !== 'mouse';
    const started: Gesture = {
      pointerId: event.pointerId,
      index,
      startX: x,
      startY: y,
      slop: touch ? TOUCH_SLOP : CLICK_SLOP,
      moved: false,
      done: false,
      longPress: null,
    };
    if (index >= 0 && touch) {
      started.longPress = window.setTimeout(() => {
        started.longPress = null;
        started.done = true;
        latestEditing.current?.remove(index);
        setHovered(null);
      }, LONG_PRESS_MS);
    }
    gesture.current = started;
    // Moves keep coming to the plot when the pointer leaves it, and the page does not scroll.
    event.currentTarget.setPointerCapture?.(event.pointerId);
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const current = gesture.current;
    if (!current || current.pointerId !== event.pointerId) {
      point(event);
      return;
    }
    if (current.done) return;
    const [x, y] = at(event);
    if (!current.moved && Math.hypot(x - current.startX, y - current.startY) > current.slop) {
      current.moved = true;
      clearLongPress();
    }
    if (current.moved && current.index >= 0) editing?.drag(current.index, x, y);
  };

  const handlers = {
    onPointerMove,
    onPointerDown,
    onPointerUp: (event: PointerEvent<HTMLElement>) => endGesture(event, true),
    onPointerCancel: (event: PointerEvent<HTMLElement>) => endGesture(event, false),
    // Capture lost without a pointerup (the element re-rendered away, the window lost focus).
    onLostPointerCapture: (event: PointerEvent<HTMLElement>) => endGesture(event, false),
    // A finger held on a point removes it; the browser's menu for a long press would cover that.
    onContextMenu: (event: MouseEvent<HTMLElement>) => {
      if (editing && lastPointer.current !== 'mouse') event.preventDefault();
    },
    // A finger lifts right after a tap: its tooltip stays until a tap elsewhere.
    onPointerLeave: (event: PointerEvent<HTMLElement>) => {
      if (event.pointerType !== 'touch' && !gesture.current) setHovered(null);
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape') {
        setDismissed(true);
        return;
      }
      if (editing && (event.key === 'Delete' || event.key === 'Backspace')) {
        if (highlighted < 0 || highlighted >= count) return;
        event.preventDefault();
        editing.remove(highlighted);
        setAnnouncement(`Point ${highlighted + 1} removed.`);
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
