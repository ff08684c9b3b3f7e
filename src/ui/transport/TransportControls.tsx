import type { ReactNode } from 'react';
import type { TransportCommands } from './trainerConnection';
import { TRANSPORT_SHORTCUTS } from './useTransportKeys';

interface TransportControlsProps {
  commands: TransportCommands;
  playing: boolean;
  /** False until the first snapshot arrives: there is nothing to play yet. */
  ready: boolean;
  /** At the first recorded iteration there is nothing to step back to. */
  atStart: boolean;
}

/** Inline icons (no icon font: the app works offline); decorative, the button text names them. */
const ICONS = {
  play: <path d="M5 3.5v13l11-6.5z" />,
  pause: <path d="M5 3.5h3.5v13H5zM11.5 3.5H15v13h-3.5z" />,
  step: <path d="M3.5 3.5v13l9-6.5zM13.5 3.5H17v13h-3.5z" />,
  stepBack: <path d="M16.5 3.5v13l-9-6.5zM6.5 3.5H3v13h3.5z" />,
  reset: <path d="M10 3.5a6.5 6.5 0 1 1-6.2 8.5h2.1A4.6 4.6 0 1 0 10 5.4V8L5.8 4.5 10 1z" />,
};

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="button-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** Play/pause, step back, step and reset: the buttons that drive the run. */
export function TransportControls({ commands, playing, ready, atStart }: TransportControlsProps) {
  return (
    <div className="transport" role="group" aria-label="Run">
      <button
        type="button"
        className="button button-primary transport-play"
        onClick={commands.togglePlay}
        disabled={!ready}
        aria-keyshortcuts={TRANSPORT_SHORTCUTS.togglePlay}
        title="Play or pause (Space)"
      >
        <Icon>{playing ? ICONS.pause : ICONS.play}</Icon>
        {playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        className="button"
        onClick={commands.stepBack}
        disabled={!ready || atStart}
        aria-keyshortcuts={TRANSPORT_SHORTCUTS.stepBack}
        title="Back one iteration (←)"
      >
        <Icon>{ICONS.stepBack}</Icon>
        Step back
      </button>
      <button
        type="button"
        className="button"
        onClick={commands.step}
        disabled={!ready}
        aria-keyshortcuts={TRANSPORT_SHORTCUTS.step}
        title="One iteration forward (→)"
      >
        <Icon>{ICONS.step}</Icon>
        Step
      </button>
      <button
        type="button"
        className="button"
        onClick={commands.reset}
        disabled={!ready}
        aria-keyshortcuts={TRANSPORT_SHORTCUTS.reset}
        title="Back to the initial weights (R)"
      >
        <Icon>{ICONS.reset}</Icon>
        Reset
      </button>
    </div>
  );
}
