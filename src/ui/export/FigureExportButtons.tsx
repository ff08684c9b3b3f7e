/**
 * The two buttons in a figure panel's heading that save the figure as a slide: "SVG" and "PNG" on
 * screen, "Export Data space as SVG" to a screen reader. The caption is taken from the iteration
 * shown when the button is pressed.
 */
import { memo, useState, type MouseEvent } from 'react';
import { useStableHandler } from '../app/useStableHandler';
import type { RunContext } from '../app/runContext';
import type { ChosenTheme } from '../app/theme';
import { slideCaption } from './caption';
import './export.css';
import type { ExportFormat } from './fileName';
import { exportFigure, findFigure } from './exportFigure';
import type { Snapshot } from '../../worker/protocol';

interface FigureExportButtonsProps {
  /** The figure's name, as its panel's title says it. */
  readonly title: string;
  readonly run: RunContext;
  /** Switches the page's theme: a dark page exports on a light background when asked. */
  readonly setTheme?: (theme: ChosenTheme) => void;
}

/** Frames to wait after switching the theme: the canvases redraw in the light colours. */
const THEME_FRAMES = 4;

const nextFrames = (count: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(count);
  });

const FORMATS: readonly ExportFormat[] = ['svg', 'png'];

export function FigureExportButtons({ title, run, setTheme }: FigureExportButtonsProps) {
  // Renders on every snapshot (App places it in the run's frame); the buttons below only when
  // one of their props changes: the caption's numbers are read when a button is pressed.
  const snapshot = run.view.snapshot;
  const learningRate = run.config.optimizer.learningRate;
  const shown = useStableHandler(() => ({ snapshot, learningRate }));
  // Slides go on a projector or a white page: a dark page can export on a light background.
  const offerLight = run.theme === 'dark' && setTheme !== undefined;
  return (
    <ExportButtons
      title={title}
      ready={snapshot !== null}
      shown={shown}
      setTheme={offerLight ? setTheme : undefined}
    />
  );
}

interface ExportButtonsProps {
  readonly title: string;
  /** Whether there is an iteration to export. */
  readonly ready: boolean;
  /** The iteration shown and the learning rate, when the button is pressed. */
  readonly shown: () => { readonly snapshot: Snapshot | null; readonly learningRate: number };
  /** Given when the page is dark: the buttons offer a light background. */
  readonly setTheme: ((theme: ChosenTheme) => void) | undefined;
}

const ExportButtons = memo(function ExportButtons({
  title,
  ready,
  shown,
  setTheme,
}: ExportButtonsProps) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [light, setLight] = useState(false);
  const offerLight = setTheme !== undefined;

  const onExport = async (event: MouseEvent<HTMLButtonElement>, format: ExportFormat) => {
    // The iteration shown when the button is pressed (the run may go on while the theme switches).
    const { snapshot, learningRate } = shown();
    const root = findFigure(title, event.currentTarget);
    if (!root) {
      setFailure(`The ${title} figure is not drawn yet.`);
      return;
    }
    setBusy(true);
    setFailure(null);
    const relight = offerLight && light;
    try {
      if (relight) {
        setTheme('light');
        await nextFrames(THEME_FRAMES);
      }
      const caption = slideCaption({
        iteration: snapshot?.iteration ?? null,
        loss: snapshot?.loss ?? null,
        learningRate,
      });
      await exportFigure(root, { title, caption, iteration: snapshot?.iteration ?? null }, format);
    } catch (error) {
      setFailure(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      if (relight) setTheme('dark');
      setBusy(false);
    }
  };

  return (
    <>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="button button-small export-button"
          aria-label={`Export ${title} as ${format.toUpperCase()}`}
          title={`Save ${title} as a 1920 × 1080 ${format.toUpperCase()} slide`}
          disabled={busy || !ready}
          onClick={(event) => void onExport(event, format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
      {offerLight && (
        <label className="export-light" title="Export on a light background">
          <input
            type="checkbox"
            checked={light}
            onChange={(event) => setLight(event.target.checked)}
          />
          Light<span className="visually-hidden"> background for exported {title}</span>
        </label>
      )}
      {failure && (
        <span className="export-failure" role="alert">
          {failure}
        </span>
      )}
    </>
  );
});
