/**
 * Light or dark: the page follows the system's preference until the user chooses. Presentation
 * mode overrides both with the high-contrast theme, made for projectors. The theme is a
 * `data-theme` attribute on <html>, which app.css turns into colours. It is set while rendering,
 * before code that reads the colours (plotColors.ts) runs with the new theme.
 */
import { useCallback, useState } from 'react';

export type Theme = 'light' | 'dark' | 'contrast';
/** The themes a user chooses between; 'contrast' comes with presentation mode. */
export type ChosenTheme = 'light' | 'dark';

function systemTheme(): ChosenTheme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function apply(theme: Theme): Theme {
  // Idempotent, so setting it during render (and StrictMode's second render) is harmless.
  if (document.documentElement.dataset.theme !== theme) {
    document.documentElement.dataset.theme = theme;
  }
  return theme;
}

/** [the theme in force, the user's choice, set the choice]. */
export function useTheme(presenting = false): [Theme, ChosenTheme, (theme: ChosenTheme) => void] {
  const [chosen, setChosen] = useState<ChosenTheme>(systemTheme);
  const setTheme = useCallback((next: ChosenTheme) => setChosen(next), []);
  const theme = apply(presenting ? 'contrast' : chosen);
  return [theme, chosen, setTheme];
}
