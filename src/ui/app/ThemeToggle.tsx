import type { ChosenTheme } from './theme';

interface ThemeToggleProps {
  theme: ChosenTheme;
  onChange: (theme: ChosenTheme) => void;
}

/** A switch between the light and the dark theme. */
export function ThemeToggle({ theme, onChange }: ThemeToggleProps) {
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="button button-small theme-toggle"
      aria-pressed={dark}
      onClick={() => onChange(dark ? 'light' : 'dark')}
    >
      Dark theme
    </button>
  );
}
