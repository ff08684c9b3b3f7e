/**
 * The figures' text size for this screen and mode (plot/figureType.ts), kept on the page as the
 * custom property `--plot-font-size`, which the figures' stylesheets use for their labels.
 */
import { useLayoutEffect, useSyncExternalStore } from 'react';
import { plotFontSize } from '../plot/figureType';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

export function usePlotFont(presenting: boolean): number {
  const width = useSyncExternalStore(
    subscribe,
    () => window.innerWidth,
    () => 1280,
  );
  const size = plotFontSize(presenting, width);
  useLayoutEffect(() => {
    document.documentElement.style.setProperty('--plot-font-size', `${size}px`);
  }, [size]);
  return size;
}
