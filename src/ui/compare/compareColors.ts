/**
 * The two runs' colours for canvas code, read from compare.css's custom properties of the theme in
 * force (the same way plotColors.ts reads the figures' colours), so canvas and SVG agree.
 */
import { useMemo } from 'react';
import type { Theme } from '../app/theme';

export interface RunColors {
  readonly a: string;
  readonly b: string;
}

/** Canvas line dashes: run A solid, run B dashed (compare.css draws the swatches the same way). */
export const RUN_DASH = { a: [] as number[], b: [7, 4] } as const;

export function readRunColors(element: Element = document.documentElement): RunColors {
  const style = getComputedStyle(element);
  return {
    a: style.getPropertyValue('--plot-run-a').trim(),
    b: style.getPropertyValue('--plot-run-b').trim(),
  };
}

export function useRunColors(theme: Theme): RunColors {
  // The theme is the key: the colours are read from the document, which it has already changed.
  return useMemo(() => readRunColors(), [theme]); // eslint-disable-line react-hooks/exhaustive-deps
}
