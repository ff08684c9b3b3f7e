/**
 * The settings used less than the transport and the learning rate (loss, optimizer,
 * regularization, features, data, import, export, sharing) and the run in numbers: on the stage a
 * drawer over the mathematics' column, opened from the header, so changing a setting never moves
 * the figures; on a phone a section at the end of the page.
 *
 * Closed, its content stays mounted (hidden), so an import in progress or a message is not lost.
 */
import type { ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

export const SETTINGS_DRAWER_ID = 'settings-drawer';

export function SettingsToggle({
  open,
  onToggle,
}: {
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  return (
    <button
      type="button"
      className="button button-small settings-toggle"
      aria-expanded={open}
      aria-controls={SETTINGS_DRAWER_ID}
      onClick={() => onToggle(!open)}
    >
      Settings
    </button>
  );
}

interface SettingsDrawerProps {
  open: boolean;
  /** In the page's flow (a phone): always shown, no close button. */
  docked: boolean;
  /** False when a teacher hid every part of it. */
  hasContent: boolean;
  onClose: () => void;
  children: ReactNode;
}

export function SettingsDrawer({
  open,
  docked,
  hasContent,
  onClose,
  children,
}: SettingsDrawerProps) {
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  // Opened from the header, the keyboard follows into the drawer; Escape closes it from anywhere.
  useEffect(() => {
    if (!open || docked) return;
    ref.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, docked, onClose]);
  if (!hasContent) return null;
  return (
    <section
      ref={ref}
      id={SETTINGS_DRAWER_ID}
      className={docked ? 'panel drawer drawer-docked' : 'panel drawer'}
      aria-labelledby={titleId}
      hidden={!open}
      tabIndex={-1}
    >
      <div className="panel-heading">
        <h2 id={titleId} className="panel-title">
          Settings
        </h2>
        {!docked && (
          <button type="button" className="button button-small" onClick={onClose}>
            Close
          </button>
        )}
      </div>
      <p className="panel-caption">
        The run's parameters and settings: loss, optimizer, regularization, features, data and
        sharing, and a second run to compare with. Keys anywhere: Space plays or pauses, ← and →
        step, R resets.
      </p>
      <ErrorBoundary>{children}</ErrorBoundary>
    </section>
  );
}
