/**
 * The keys a presentation clicker sends: PageDown and PageUp move to the next and previous scene
 * whenever the guide is open (or open it). In presentation mode the arrow keys do the same; outside
 * it they step the run (useTransportKeys). Listening in the capture phase and marking the event
 * handled keeps the page-wide transport keys from also acting on it.
 */
import { useEffect } from 'react';
import { focusedElementOwnsKey } from '../transport/useTransportKeys';
import type { Guide } from './useGuide';

// Up and down are left to scroll the page, which large type makes longer.
const FORWARD = new Set(['PageDown', 'ArrowRight']);
const BACKWARD = new Set(['PageUp', 'ArrowLeft']);
const PAGE_KEYS = new Set(['PageDown', 'PageUp']);

/**
 * Whether the focused element keeps this key: what the transport keys leave alone (fields,
 * menus, sliders), and the arrows on the figures that move between points or weights with them.
 * Their own handlers run after this capture-phase listener, so they must be left the key here; a
 * clicker's PageDown still moves on with a figure focused.
 */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (focusedElementOwnsKey(target, key)) return true;
  return (
    key.startsWith('Arrow') &&
    target instanceof HTMLElement &&
    target.tabIndex >= 0 &&
    target.matches('figure, [role="application"]')
  );
}

export function useGuideKeys(guide: Guide, presenting: boolean): void {
  const { next, previous, position } = guide;
  const open = position !== null;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Shift is taken too: Shift with an arrow moves the weights on the focused loss surface.
      if (
        event.defaultPrevented ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        event.shiftKey
      ) {
        return;
      }
      const forward = FORWARD.has(event.key);
      if (!forward && !BACKWARD.has(event.key)) return;
      if (!PAGE_KEYS.has(event.key) && !presenting) return;
      if ((!open && !forward) || ownsKey(event.target, event.key)) return;
      event.preventDefault();
      if (forward) next();
      else previous();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [next, previous, presenting, open]);
}
