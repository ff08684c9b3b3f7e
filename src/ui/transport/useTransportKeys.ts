/**
 * Keyboard control of the run, for the whole page: Space plays or pauses, → steps, ← steps back,
 * R resets. Keys a focused control uses itself are left to it: typing in a field, choosing in a
 * select, arrows on a slider, Space on a button reached with the keyboard (which presses it:
 * handling it here too would toggle twice). A button that has focus only because it was clicked
 * does not keep Space: after clicking Reset, Space plays, as documented. Focus moved on with the
 * keyboard (Tab) gives the button its Space back.
 */
import { useEffect } from 'react';
import type { TransportCommands } from './trainerConnection';

type Action = 'togglePlay' | 'step' | 'stepBack' | 'reset';

const ACTIONS: Record<string, Action> = {
  ' ': 'togglePlay',
  ArrowRight: 'step',
  ArrowLeft: 'stepBack',
  r: 'reset',
  R: 'reset',
};

/** The shortcuts as aria-keyshortcuts writes them, for the buttons that do the same. */
export const TRANSPORT_SHORTCUTS: Record<Action, string> = {
  togglePlay: 'Space',
  step: 'ArrowRight',
  stepBack: 'ArrowLeft',
  reset: 'R',
};

/** Keys that move a focused slider (input type="range"). */
const SLIDER_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/** Input types that act like buttons: Space presses them. */
const BUTTON_LIKE_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'image']);

/** The control last pressed with a pointer, while it keeps the focus the press gave it. */
let clicked: Element | null = null;

const onPointerDown = (event: PointerEvent) => {
  clicked =
    event.target instanceof Element
      ? event.target.closest('button, input, summary, a, [role="button"]')
      : null;
};
const onFocusIn = (event: FocusEvent) => {
  // Focus that comes with the press keeps `clicked`; focus moved elsewhere (Tab) clears it.
  if (event.target !== clicked) clicked = null;
};

/** Whether the element has focus only because it was clicked (or tapped). */
function focusedByPointer(target: HTMLElement): boolean {
  return target === clicked;
}

/** Whether the focused element has its own use for this key. */
export function focusedElementOwnsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (key === ' ' && isPressable(target) && focusedByPointer(target)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    if (target.type === 'range') return SLIDER_KEYS.has(key);
    // Radios move with arrows as well; every other input is a text field of some kind.
    if (BUTTON_LIKE_INPUTS.has(target.type)) return key === ' ' || target.type === 'radio';
    return true;
  }
  return isPressable(target) && key === ' ';
}

/** A button, link, summary or button-like input: what Space presses. */
function isPressable(target: HTMLElement): boolean {
  return (
    target instanceof HTMLButtonElement ||
    target instanceof HTMLAnchorElement ||
    target.tagName === 'SUMMARY' ||
    target.getAttribute('role') === 'button' ||
    (target instanceof HTMLInputElement && BUTTON_LIKE_INPUTS.has(target.type))
  );
}

export function useTransportKeys(commands: TransportCommands): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Leave browser and system shortcuts (Ctrl+R reloads) and keys already handled alone.
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const action = ACTIONS[event.key];
      if (!action || focusedElementOwnsKey(event.target, event.key)) return;
      // Holding an arrow steps on; holding Space or R would flicker play/pause or reset again.
      if (event.repeat && (action === 'togglePlay' || action === 'reset')) return;
      event.preventDefault(); // Space would also scroll the page.
      commands[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('focusin', onFocusIn, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('focusin', onFocusIn, true);
    };
  }, [commands]);
}
