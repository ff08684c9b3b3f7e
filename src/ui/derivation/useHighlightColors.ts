import { useMemo } from 'react';
import type { Theme } from '../app/theme';
import type { HighlightColors } from './tex';

/**
 * The highlight box's colours in the current theme, read from app.css's custom properties (the
 * warning pair: a strong frame on a tinted ground), so TeX, which needs literal colours, follows
 * the theme. texHighlight validates them before they go into TeX.
 */
export function useHighlightColors(theme: Theme): HighlightColors {
  // The theme is the key: theme.ts has already applied it to the document when this runs.
  return useMemo(() => {
    const style = getComputedStyle(document.documentElement);
    return {
      border: style.getPropertyValue('--color-warning').trim(),
      background: style.getPropertyValue('--color-warning-bg').trim(),
    };
  }, [theme]); // eslint-disable-line react-hooks/exhaustive-deps
}
