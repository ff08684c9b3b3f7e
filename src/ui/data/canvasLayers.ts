/**
 * Drawing on the figure's canvases: the probability field, the halos of pull, the rings of
 * misclassified points and (for many points) the points themselves. Each function draws one thing
 * into a context already sized to the plotting area (see sizeCanvas).
 */
import type { PlotColors } from '../plot/plotColors';
import { triangleCorners } from './marks';
import { verdict } from './pull';

/**
 * Gives a canvas `width` × `height` CSS pixels at the screen's pixel density, clears it, and
 * returns its context scaled so that drawing is in CSS pixels.
 */
export function sizeCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1;
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  // Only on a change: setting a canvas's size clears it and restyling invalidates layout.
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const cssWidth = `${width}px`;
  const cssHeight = `${height}px`;
  if (canvas.style.width !== cssWidth) canvas.style.width = cssWidth;
  if (canvas.style.height !== cssHeight) canvas.style.height = cssHeight;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  return context;
}

/**
 * The field's pixels (one per grid cell) put on a small canvas and stretched over the plotting
 * area with smoothing, so the cells blend into a continuous shading. Bilinear ('low') rather than
 * 'high' (bicubic): on a software canvas 'high' took 2.5× as long per frame (6.2 against 2.5 ms at
 * 4× throttling, 46 against 13 ms at a phone's pixel ratio of 3), and over cells of 4 px or more
 * of a smooth field the two look the same (issue 16).
 */
export function drawField(
  context: CanvasRenderingContext2D,
  cells: HTMLCanvasElement,
  pixels: Uint8ClampedArray<ArrayBuffer>,
  cols: number,
  rows: number,
  width: number,
  height: number,
): void {
  // Only on a change: setting a canvas's size reallocates and clears it.
  if (cells.width !== cols) cells.width = cols;
  if (cells.height !== rows) cells.height = rows;
  cells.getContext('2d')?.putImageData(new ImageData(pixels, cols, rows), 0, 0);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'low';
  context.drawImage(cells, 0, 0, width, height);
}

/**
 * Draws a buffer of RGBA pixels (columns × rows, as colorMask writes it) stretched over the whole
 * plotting area (width × height CSS pixels), through a small canvas so that the context's scale
 * for the screen's pixel density applies.
 */
export function drawPixels(
  context: CanvasRenderingContext2D,
  scratch: HTMLCanvasElement,
  pixels: Uint8ClampedArray<ArrayBuffer>,
  columns: number,
  rows: number,
  width: number,
  height: number,
): void {
  if (scratch.width !== columns) scratch.width = columns;
  if (scratch.height !== rows) scratch.height = rows;
  scratch.getContext('2d')?.putImageData(new ImageData(pixels, columns, rows), 0, 0);
  context.imageSmoothingEnabled = true;
  // Said, not inherited: the field, drawn before on the same context, sets it too.
  context.imageSmoothingQuality = 'low';
  context.drawImage(scratch, 0, 0, width, height);
}

/** A ring around every point on the wrong side of the boundary. */
export function drawMisclassifiedRings(
  context: CanvasRenderingContext2D,
  positions: Float64Array,
  z: Float64Array,
  labels: Float64Array,
  radius: number,
  color: string,
  lineWidth: number,
  opacity = 1,
): void {
  context.beginPath();
  for (let i = 0; i < labels.length; i++) {
    if (verdict(z[i], labels[i]) !== 'wrong') continue;
    const x = positions[2 * i];
    const y = positions[2 * i + 1];
    context.moveTo(x + radius, y);
    context.arc(x, y, radius, 0, 2 * Math.PI);
  }
  context.globalAlpha = opacity;
  context.strokeStyle = color;
  context.lineWidth = lineWidth;
  context.stroke();
  context.globalAlpha = 1;
}

/**
 * Every point as its class's shape and colour (for point counts too large for SVG), in index
 * order as the SVG draws them: drawing one class after the other would bury the first class
 * wherever they overlap. Consecutive points of one class share a path, one fill per run.
 * Held-out points (`heldOut[i] === 1`) are outlined in their class's colour instead of filled.
 */
/** The outline of a held-out point, px: as `.data-point-held-out` draws it in SVG. */
const HELD_OUT_STROKE = 2;

export function drawPoints(
  context: CanvasRenderingContext2D,
  positions: Float64Array,
  labels: Float64Array,
  radius: number,
  colors: PlotColors,
  heldOut: Uint8Array | null = null,
): void {
  let i = 0;
  while (i < labels.length) {
    const label = labels[i];
    const held = heldOut?.[i] ?? 0;
    context.beginPath();
    for (; i < labels.length && labels[i] === label && (heldOut?.[i] ?? 0) === held; i++) {
      const x = positions[2 * i];
      const y = positions[2 * i + 1];
      if (label === 1) {
        const [a, b, c] = triangleCorners(x, y, radius);
        context.moveTo(a[0], a[1]);
        context.lineTo(b[0], b[1]);
        context.lineTo(c[0], c[1]);
        context.closePath();
      } else {
        context.moveTo(x + radius, y);
        context.arc(x, y, radius, 0, 2 * Math.PI);
      }
    }
    const color = label === 1 ? colors.class1 : colors.class0;
    if (held === 1) {
      context.strokeStyle = color;
      context.lineWidth = HELD_OUT_STROKE;
      context.stroke();
    } else {
      context.fillStyle = color;
      context.fill();
    }
  }
}
