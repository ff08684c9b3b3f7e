import type { Theme } from './theme';

interface ThemeToggleProps {
  theme: Theme;
  onChange: (theme: Theme) => void;
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
