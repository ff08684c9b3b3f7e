/**
 * Where things go on a 16:9 slide: the figure's title as a heading at the top, a caption line at
 * the bottom, and the figure between them, scaled uniformly to fill the space left and centred in
 * it. Pure arithmetic, in slide pixels.
 */

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The slide and its type sizes. 1920 × 1080 is what a 1080p projector shows, pixel for pixel. */
export interface SlideSpec extends Size {
  /** Empty border on every side. */
  readonly padding: number;
  readonly titleSize: number;
  readonly captionSize: number;
  /** Space between the heading and the figure, and between the figure and the caption. */
  readonly gap: number;
}

export const SLIDE: SlideSpec = {
  width: 1920,
  height: 1080,
  padding: 64,
  titleSize: 56,
  captionSize: 30,
  gap: 28,
};

export interface TextPlacement {
  readonly x: number;
  /** The text's baseline. */
  readonly y: number;
  readonly size: number;
}

export interface SlideLayout extends Size {
  readonly title: TextPlacement;
  readonly caption: TextPlacement;
  /** Where the legend's lines start (their first line's top), above the caption. */
  readonly legendTop: number;
  /** The figure's top-left corner on the slide and its scale (slide px per figure px). */
  readonly figure: { readonly x: number; readonly y: number; readonly scale: number };
}

/** A line of text takes about 1.25 times its font size; its baseline sits at about 0.8 of that. */
const LINE = 1.25;
const BASELINE = 0.8 * LINE;

export function slideLayout(
  figure: Size,
  slide: SlideSpec = SLIDE,
  /** Lines of legend to make room for, above the caption. */
  legendLines = 0,
): SlideLayout {
  if (!(figure.width > 0 && figure.height > 0)) {
    throw new RangeError(`The figure has no area (${figure.width} × ${figure.height}).`);
  }
  const { width, height, padding, titleSize, captionSize, gap } = slide;
  const top = padding + titleSize * LINE + gap;
  const legendHeight = legendLines * captionSize * LINE;
  const bottom = height - padding - captionSize * LINE - gap - legendHeight;
  const room = { width: width - 2 * padding, height: bottom - top };
  const scale = Math.min(room.width / figure.width, room.height / figure.height);
  return {
    width,
    height,
    title: { x: padding, y: padding + titleSize * BASELINE, size: titleSize },
    caption: {
      x: padding,
      y: height - padding - captionSize * (LINE - BASELINE),
      size: captionSize,
    },
    legendTop: bottom + gap / 2,
    figure: {
      x: padding + (room.width - figure.width * scale) / 2,
      y: top + (room.height - figure.height * scale) / 2,
      scale,
    },
  };
}
