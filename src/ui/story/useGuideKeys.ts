/**
 * The keys a presentation clicker sends: PageDown and PageUp move to the next and previous scene
 * whenever the guide is open (or open it). In presentation mode the arrow keys do the same; outside
 * it they step the run (useTransportKeys). Listening in the capture phase and marking the event
 * handled keeps the page-wide transport keys from also acting on it.
 */
import { useEffect } from 'react';
import type { Guide } from './useGuide';

// Up and down are left to scroll the page, which large type makes longer.
const FORWARD = new Set(['PageDown', 'ArrowRight']);
const BACKWARD = new Set(['PageUp', 'ArrowLeft']);
const PAGE_KEYS = new Set(['PageDown', 'PageUp']);

/** Fields, menus and sliders keep their own keys. */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement ||
    target.getAttribute('role') === 'slider' ||
    // Plots that move a highlight or the weights with arrows (they are focusable application areas).
    (target.tabIndex >= 0 && target.getAttribute('role') === 'application')
  );
}

export function useGuideKeys(guide: Guide, presenting: boolean): void {
  const { next, previous, position } = guide;
  const open = position !== null;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const forward = FORWARD.has(event.key);
      if (!forward && !BACKWARD.has(event.key)) return;
      if (!PAGE_KEYS.has(event.key) && !presenting) return;
      if ((!open && !forward) || ownsKeys(event.target)) return;
      event.preventDefault();
      if (forward) next();
      else previous();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [next, previous, presenting, open]);
}
