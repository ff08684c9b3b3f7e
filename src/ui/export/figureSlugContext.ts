/**
 * The slug that marks a panel's figure for export (`data-export-figure`), given by the panel it
 * is in (app/panels.tsx: figureSlug of the panel's title). The figure reads it rather than
 * spelling it, so the export button, which looks the figure up by its panel's title
 * (exportFigure.ts), always finds it.
 */
import { createContext, useContext } from 'react';

export const FigureSlugContext = createContext<string | undefined>(undefined);

/** The value for the figure's `data-export-figure`, or undefined outside an exported panel. */
export function useFigureSlug(): string | undefined {
  return useContext(FigureSlugContext);
}
