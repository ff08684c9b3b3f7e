/**
 * Presentation mode: full screen where the browser allows it, large type and the high-contrast
 * theme (app.css, keyed on <html data-presentation>), and the clicker's keys. Leaving full screen
 * (Escape) leaves the mode too, so a presenter is never stuck in large type.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Guide } from './useGuide';

export interface Presentation {
  readonly presenting: boolean;
  /** Call from a click: browsers grant full screen only in answer to the user's gesture. */
  readonly enter: () => void;
  readonly exit: () => void;
}

export function usePresentation(guide: Guide): Presentation {
  const { presenting } = guide.page;
  const { setPresenting } = guide;
  /** Whether this mode put the page in full screen (a link opening in presentation did not). */
  const ownsFullscreen = useRef(false);

  useEffect(() => {
    const root = document.documentElement;
    if (presenting) root.dataset.presentation = 'on';
    else delete root.dataset.presentation;
  }, [presenting]);

  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement) return;
      if (ownsFullscreen.current) {
        ownsFullscreen.current = false;
        setPresenting(false);
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [setPresenting]);

  const enter = useCallback(() => {
    setPresenting(true);
    const root = document.documentElement;
    // Absent (iOS Safari) or refused (an iframe without permission): the mode works without it.
    if (!document.fullscreenElement && root.requestFullscreen) {
      root.requestFullscreen().then(
        () => {
          ownsFullscreen.current = true;
        },
        () => {
          ownsFullscreen.current = false;
        },
      );
    }
  }, [setPresenting]);

  const exit = useCallback(() => {
    setPresenting(false);
    if (document.fullscreenElement && ownsFullscreen.current) {
      ownsFullscreen.current = false;
      void document.exitFullscreen().catch(() => undefined);
    }
  }, [setPresenting]);

  return { presenting, enter, exit };
}
