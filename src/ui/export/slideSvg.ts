/**
 * The slide as one standalone SVG document: a background, the figure's title as a heading, the
 * figure's layers (SVG markup already carrying its own styles, canvases as PNG images) placed and
 * scaled by slideLayout, and a caption line. Pure string building; the text given here is escaped,
 * the layers' markup comes from XMLSerializer and is well-formed already.
 */
import type { SlideLayout, Size } from './slideLayout';

/** A layer of the figure, at its place in the figure's own CSS pixels. */
interface LayerBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SvgLayer extends LayerBox {
  readonly kind: 'svg';
  /** A serialized <svg> element whose x, y, width and height are this box. */
  readonly markup: string;
}

export interface ImageLayer extends LayerBox {
  readonly kind: 'image';
  /** The canvas as a data: URL (image/png), at its full backing-store resolution. */
  readonly href: string;
}

export type FigureLayer = SvgLayer | ImageLayer;

/** A figure taken apart: its size in CSS pixels and its layers, bottom first. */
export interface FigureLayers extends Size {
  readonly layers: readonly FigureLayer[];
}

export interface SlideStyle {
  readonly background: string;
  readonly titleColor: string;
  readonly captionColor: string;
  readonly fontFamily: string;
}

export interface SlideText {
  readonly title: string;
  readonly caption: string;
  /** What the marks mean (the figure's legend), a line each, above the caption. */
  readonly legend?: readonly string[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text and attribute values for XML: the five characters with a meaning in markup, escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Numbers in the markup: at most three decimals, no "-0" or exponent noise. */
function n(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function layerMarkup(layer: FigureLayer): string {
  if (layer.kind === 'svg') return layer.markup;
  const { x, y, width, height, href } = layer;
  return `<image x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" preserveAspectRatio="none" href="${escapeXml(href)}"/>`;
}

function textMarkup(
  text: string,
  at: { x: number; y: number; size: number },
  color: string,
  fontFamily: string,
  weight: number,
): string {
  return `<text x="${n(at.x)}" y="${n(at.y)}" fill="${escapeXml(color)}" font-family="${escapeXml(fontFamily)}" font-size="${n(at.size)}" font-weight="${weight}">${escapeXml(text)}</text>`;
}

export function slideSvg(
  figure: FigureLayers,
  text: SlideText,
  style: SlideStyle,
  layout: SlideLayout,
): string {
  const { width, height } = layout;
  const { x, y, scale } = layout.figure;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(style.background)}"/>`,
    textMarkup(text.title, layout.title, style.titleColor, style.fontFamily, 600),
    `<g transform="translate(${n(x)} ${n(y)}) scale(${Number(scale.toPrecision(6))})">`,
    ...figure.layers.map(layerMarkup),
    '</g>',
    ...(text.legend ?? []).map((line, k) =>
      textMarkup(
        line,
        { ...layout.caption, y: layout.legendTop + (k + 0.8) * layout.caption.size * 1.25 },
        style.captionColor,
        style.fontFamily,
        400,
      ),
    ),
    textMarkup(text.caption, layout.caption, style.captionColor, style.fontFamily, 400),
    '</svg>',
  ].join('\n');
}
