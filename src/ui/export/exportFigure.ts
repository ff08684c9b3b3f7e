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
  /** What the marks mean, a line each (legendLines). */
  readonly legend?: readonly string[];
}

/** Characters per legend line on the slide (its caption's type across 1920 px). */
const LEGEND_LINE = 95;

/**
 * The figure's legend as it reads under it on the page (the halos, the star, the arrow, the dashed
 * path…), as lines of text for the slide: the items joined with " · ", wrapped.
 */
export function legendLines(root: Element): string[] {
  const panel = root.closest('section') ?? root;
  const items = [
    ...panel.querySelectorAll(
      '.data-legend li, .surface-legend-items li:not(.surface-legend-zoom), .loss-legend li',
    ),
  ]
    .map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const next = line === '' ? item : `${line} · ${item}`;
    if (next.length > LEGEND_LINE && line !== '') {
      lines.push(line);
      line = item;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines.slice(0, 4);
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
  const layout = slideLayout(layers, SLIDE, figure.legend?.length ?? 0);
  return slideSvg(layers, figure, slideStyle(root), layout);
}

/** The widest figure a slide takes as it is: a wider one (the loss chart on the stage) is redrawn. */
export const MAX_EXPORT_ASPECT = 2.2;

const nextFrames = (count: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(count);
  });

/** The drawn layers (svg, canvas) of a figure that are not simply as tall as its box. */
function innerDrawings(root: HTMLElement): Map<Element, number> {
  const boxHeight = root.getBoundingClientRect().height;
  const heights = new Map<Element, number>();
  for (const element of root.querySelectorAll('svg, canvas')) {
    const { height } = element.getBoundingClientRect();
    if (height > 0 && height < boxHeight - 1) heights.set(element, height);
  }
  return heights;
}

/**
 * Gives a figure drawn as a thin strip (the loss chart under the stage's controls) a usable aspect
 * for the slide: its box made 2:1 for a few frames, so it redraws at that size, then restored.
 */
async function withSlideAspect<T>(root: HTMLElement, work: () => T): Promise<T> {
  const { width, height } = root.getBoundingClientRect();
  if (!(height > 0) || width / height <= MAX_EXPORT_ASPECT) return work();
  const previous = root.style.cssText;
  const before = innerDrawings(root);
  root.style.height = `${Math.round(width / 2)}px`;
  root.style.flex = 'none';
  root.style.maxHeight = 'none';
  try {
    // Redrawn when its size observer (after layout, in a later frame) and React have caught up:
    // the plot inside grows. Waited for, up to a second's worth of frames, not assumed.
    const grown = () =>
      [...before].some(([element, height]) => element.getBoundingClientRect().height > height + 1);
    for (let frame = 0; frame < 60 && before.size > 0 && !grown(); frame++) await nextFrames(1);
    await nextFrames(1);
    return work();
  } finally {
    root.style.cssText = previous;
  }
}

export async function exportFigure(
  root: HTMLElement,
  figure: FigureExport,
  format: ExportFormat,
): Promise<void> {
  const svg = await withSlideAspect(root, () =>
    figureSlideSvg(root, { ...figure, legend: figure.legend ?? legendLines(root) }),
  );
  const fileName = figureFileName(figure.title, figure.iteration, format);
  if (format === 'svg') {
    downloadText(fileName, svg, 'image/svg+xml;charset=utf-8');
  } else {
    downloadBlob(fileName, await svgToPng(svg, SLIDE.width, SLIDE.height));
  }
}
