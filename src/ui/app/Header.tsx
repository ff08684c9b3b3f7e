import type { ReactNode } from 'react';
import type { ChosenTheme } from './theme';
import { ThemeToggle } from './ThemeToggle';

interface HeaderProps {
  theme: ChosenTheme;
  onThemeChange: (theme: ChosenTheme) => void;
  /** More page-wide controls (the presenter's). */
  children?: ReactNode;
}

/** The app's name and what it is for, at the top of the page, with the page-wide settings. */
export function Header({ theme, onThemeChange, children }: HeaderProps) {
  return (
    <header className="app-header">
      <div className="app-header-text">
        <h1>Gradient descent for logistic regression</h1>
        <p className="app-subtitle">
          Watch a classifier learn, one step at a time: in the data, on the loss surface and in the
          mathematics.
        </p>
      </div>
      <div className="app-header-controls">
        {children}
        <ThemeToggle theme={theme} onChange={onThemeChange} />
      </div>
    </header>
  );
}
