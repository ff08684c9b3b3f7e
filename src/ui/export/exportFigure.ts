/**
 * One figure of the page as a slide file: its layers collected, composed on a 16:9 slide in the
 * current theme's colours with its title and a caption, and saved as SVG or as PNG.
 */
import { downloadText } from '../io/download';
import { collectLayers } from './collectLayers';
import { downloadBlob } from '../io/download';
import type { ExportFormat } from './fileName';
import { figureFileName, figureSlug } from './fileName';
import { svgToPng } from './rasterize';
import { SLIDE, slideLayout } from './slideLayout';
import type { SlideStyle } from './slideSvg';
import { slideSvg } from './slideSvg';

/** The attribute that marks a figure's root element: the box its layers are stacked in. */
export const FIGURE_ATTRIBUTE = 'data-export-figure';

export interface FigureExport {
  /** The figure's name: the slide's heading and the file's name ("Data space"). */
  readonly title: string;
  readonly caption: string;
  readonly iteration: number | null;
}

/**
 * The figure's root: the element marked with its slug, preferably inside `near` (the panel of the
 * button pressed), so that a page with two copies of a figure exports the one beside the button.
 */
export function findFigure(title: string, near: Element | null): HTMLElement | null {
  const selector = `[${FIGURE_ATTRIBUTE}="${figureSlug(title)}"]`;
  return (
    near?.closest('section')?.querySelector<HTMLElement>(selector) ??
    document.querySelector<HTMLElement>(selector)
  );
}

/** The theme in force, from app.css's custom properties: the slide matches the figure's colours. */
function slideStyle(element: Element): SlideStyle {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--color-surface', '#ffffff'),
    titleColor: read('--color-text', '#1b1f29'),
    captionColor: read('--color-text-muted', '#545b6b'),
    fontFamily: 'sans-serif',
  };
}

/** The slide's SVG document for the figure as it is on screen now. */
export function figureSlideSvg(root: HTMLElement, figure: FigureExport): string {
  const layers = collectLayers(root);
  const layout = slideLayout(layers, SLIDE);
  return slideSvg(layers, figure, slideStyle(root), layout);
}

export async function exportFigure(
  root: HTMLElement,
  figure: FigureExport,
  format: ExportFormat,
): Promise<void> {
  const svg = figureSlideSvg(root, figure);
  const fileName = figureFileName(figure.title, figure.iteration, format);
  if (format === 'svg') {
    downloadText(fileName, svg, 'image/svg+xml;charset=utf-8');
  } else {
    downloadBlob(fileName, await svgToPng(svg, SLIDE.width, SLIDE.height));
  }
}
