import type { Theme } from './theme';
import { ThemeToggle } from './ThemeToggle';

interface HeaderProps {
  theme: Theme;
  onThemeChange: (theme: Theme) => void;
}

/** The app's name and what it is for, at the top of the page, with the page-wide settings. */
export function Header({ theme, onThemeChange }: HeaderProps) {
  return (
    <header className="app-header">
      <div className="app-header-text">
        <h1>Gradient descent for logistic regression</h1>
        <p className="app-subtitle">
          Watch a classifier learn, one step at a time: in the data, on the loss surface and in the
          mathematics.
        </p>
      </div>
      <ThemeToggle theme={theme} onChange={onThemeChange} />
    </header>
  );
}
