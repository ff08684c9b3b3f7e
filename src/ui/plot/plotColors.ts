/**
 * The figures' colours as canvas code needs them: read from the CSS custom properties of the
 * current theme (app.css), so SVG (which uses var(--plot-…) directly) and canvas agree.
 */
import { useMemo } from 'react';
import type { Theme } from '../app/theme';

export interface PlotColors {
  readonly class0: string;
  readonly class1: string;
  readonly fieldAlpha: number;
  readonly boundary: string;
  readonly contour: string;
  readonly path: string;
  readonly current: string;
  readonly gradient: string;
  readonly optimum: string;
  readonly axis: string;
  readonly grid: string;
  readonly loss: string;
  /** The held-out loss on the loss chart. */
  readonly heldOut: string;
  readonly gradientNorm: string;
  readonly surfaceLow: string;
  readonly surfaceHigh: string;
}

export function readPlotColors(element: Element = document.documentElement): PlotColors {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(`--plot-${name}`).trim();
  return {
    class0: read('class0'),
    class1: read('class1'),
    fieldAlpha: Number(read('field-alpha')) || 0.28,
    boundary: read('boundary'),
    contour: read('contour'),
    path: read('path'),
    current: read('current'),
    gradient: read('gradient'),
    optimum: read('optimum'),
    axis: read('axis'),
    grid: read('grid'),
    loss: read('loss'),
    heldOut: read('held-out'),
    gradientNorm: read('gradient-norm'),
    surfaceLow: read('surface-low'),
    surfaceHigh: read('surface-high'),
  };
}

/** The colours of the theme in force (theme.ts sets it before the render that reads them). */
export function usePlotColors(theme: Theme): PlotColors {
  // The theme is the key: the colours are read from the document, which it has already changed.
  return useMemo(() => readPlotColors(), [theme]); // eslint-disable-line react-hooks/exhaustive-deps
}
