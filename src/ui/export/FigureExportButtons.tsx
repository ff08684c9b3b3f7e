/**
 * The two buttons in a figure panel's heading that save the figure as a slide: "SVG" and "PNG" on
 * screen, "Export Data space as SVG" to a screen reader. The caption is taken from the iteration
 * shown when the button is pressed.
 */
import { useState, type MouseEvent } from 'react';
import type { RunContext } from '../app/runContext';
import type { ChosenTheme } from '../app/theme';
import { slideCaption } from './caption';
import './export.css';
import type { ExportFormat } from './fileName';
import { exportFigure, findFigure } from './exportFigure';

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
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [light, setLight] = useState(false);
  const snapshot = run.view.snapshot;
  // Slides go on a projector or a white page: a dark page can export on a light background.
  const offerLight = run.theme === 'dark' && setTheme !== undefined;

  const onExport = async (event: MouseEvent<HTMLButtonElement>, format: ExportFormat) => {
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
        learningRate: run.config.optimizer.learningRate,
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
          disabled={busy || !snapshot}
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
}
