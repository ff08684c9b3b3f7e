/**
 * Light or dark: the page follows the system's preference until the user chooses. The choice is a
 * `data-theme` attribute on <html>, which app.css turns into colours. It is set before React
 * renders with the new theme, so code that reads the colours while rendering (plotColors.ts)
 * reads the right ones.
 */
import { useCallback, useState } from 'react';

export type Theme = 'light' | 'dark';

function systemTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function apply(theme: Theme): Theme {
  document.documentElement.dataset.theme = theme;
  return theme;
}

export function useTheme(): [Theme, (theme: Theme) => void] {
  // Setting the attribute again on StrictMode's second call is harmless: it is the same value.
  const [theme, setState] = useState<Theme>(() => apply(systemTheme()));
  const setTheme = useCallback((next: Theme) => setState(apply(next)), []);
  return [theme, setTheme];
}
