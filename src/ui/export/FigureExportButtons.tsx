/**
 * The two buttons in a figure panel's heading that save the figure as a slide: "SVG" and "PNG" on
 * screen, "Export Data space as SVG" to a screen reader. The caption is taken from the iteration
 * shown when the button is pressed.
 */
import { useState, type MouseEvent } from 'react';
import type { RunContext } from '../app/runContext';
import { slideCaption } from './caption';
import './export.css';
import type { ExportFormat } from './fileName';
import { exportFigure, findFigure } from './exportFigure';

interface FigureExportButtonsProps {
  /** The figure's name, as its panel's title says it. */
  readonly title: string;
  readonly run: RunContext;
}

const FORMATS: readonly ExportFormat[] = ['svg', 'png'];

export function FigureExportButtons({ title, run }: FigureExportButtonsProps) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const snapshot = run.view.snapshot;

  const onExport = async (event: MouseEvent<HTMLButtonElement>, format: ExportFormat) => {
    const root = findFigure(title, event.currentTarget);
    if (!root) {
      setFailure(`The ${title} figure is not drawn yet.`);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const caption = slideCaption({
        iteration: snapshot?.iteration ?? null,
        loss: snapshot?.loss ?? null,
        learningRate: run.config.optimizer.learningRate,
      });
      await exportFigure(root, { title, caption, iteration: snapshot?.iteration ?? null }, format);
    } catch (error) {
      setFailure(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
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
      {failure && (
        <span className="export-failure" role="alert">
          {failure}
        </span>
      )}
    </>
  );
}
