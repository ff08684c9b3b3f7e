/**
 * The one canvas redrawn every frame, bottom to top: the probability field, each point's halo of
 * pull, the points when there are thousands of them, and the rings around misclassified points.
 * The points go above the halos; with thousands of points the rings go above the points, drawn
 * tight and thin, since dense points would bury them and wide rings would merge into a dark mass.
 *
 * One canvas rather than one per layer (issue 16): every canvas changed in a frame costs the
 * browser its own flush and its own compositing, and these all change together. The dense points,
 * which do not change with θ, are drawn once per data or size on an off-screen canvas and copied
 * in each frame.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { PlotColors } from '../plot/plotColors';
import {
  drawField,
  drawMisclassifiedRings,
  drawPixels,
  drawPoints,
  sizeCanvas,
} from './canvasLayers';
import { colorMask, haloScale, maskHalos } from './haloRaster';
import type { Frame } from './frame';
import { paintField, parseColor } from './probabilityField';
import type { MarkSizes } from './pull';

/** Opacity of the halos, over the field and under the points. */
const HALO_OPACITY = 0.4;

/** Gap between a point's edge and its misclassification ring, px. */
const RING_GAP = 2.5;
const DENSE_RING_GAP = 0.9;

export interface FrameCanvasProps {
  /** The plotting area, CSS px. */
  readonly width: number;
  readonly height: number;
  /** The model's view at the iteration shown, or null (nothing but the dense points is drawn). */
  readonly frame: Frame | null;
  /** The field's grid. */
  readonly cols: number;
  readonly rows: number;
  readonly positions: Float64Array;
  readonly labels: Float64Array;
  readonly sizes: MarkSizes;
  readonly colors: PlotColors;
  /** 1 for a held-out point, row for row: hollow, and with no halo (it pulls on nothing). */
  readonly heldOut: Uint8Array | null;
  readonly showPull: boolean;
  /** Thousands of points: drawn here (SVG would be too slow), under the rings. */
  readonly dense: boolean;
}

export function FrameCanvas(props: FrameCanvasProps) {
  const { width, height, frame, cols, rows, positions, labels, sizes, colors, heldOut } = props;
  const { showPull, dense } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const field = useFieldLayer(cols, rows, colors);
  const halos = useHaloLayer(width, height, positions, sizes, heldOut, colors);
  const points = useMemo(() => document.createElement('canvas'), []);

  // The dense points: once per data, size or theme, not per frame.
  useLayoutEffect(() => {
    if (!dense) return;
    const context = sizeCanvas(points, width, height);
    if (context) drawPoints(context, positions, labels, sizes.pointRadius, colors, heldOut);
  }, [dense, points, width, height, positions, labels, sizes.pointRadius, colors, heldOut]);

  useLayoutEffect(() => {
    const context = ref.current && sizeCanvas(ref.current, width, height);
    if (!context) return;
    if (frame) field(context, frame.field, width, height);
    if (frame && showPull) halos(context, frame.contributions.weight);
    if (dense) context.drawImage(points, 0, 0, width, height);
    if (frame) {
      drawMisclassifiedRings(
        context,
        positions,
        frame.contributions.z,
        labels,
        sizes.pointRadius + (dense ? DENSE_RING_GAP : RING_GAP),
        colors.boundary,
        dense ? 0.75 : 1.5,
        // Hundreds of rings in an overlap would otherwise hide the points' colours.
        dense ? 0.6 : 1,
      );
    }
  }, [
    width,
    height,
    frame,
    field,
    halos,
    showPull,
    dense,
    points,
    positions,
    labels,
    sizes.pointRadius,
    colors.boundary,
    heldOut,
    colors,
  ]);
  return <canvas ref={ref} className="data-layer" aria-hidden="true" />;
}

type DrawFieldLayer = (
  context: CanvasRenderingContext2D,
  field: Float64Array,
  width: number,
  height: number,
) => void;

/** Draws the field's grid of p, coloured, stretched smoothly over the plotting area. */
function useFieldLayer(cols: number, rows: number, colors: PlotColors): DrawFieldLayer {
  // The small canvas holding one pixel per cell, reused frame after frame.
  const cells = useMemo(() => document.createElement('canvas'), []);
  return useMemo(() => {
    const class0 = parseColor(colors.class0);
    const class1 = parseColor(colors.class1);
    return (context, field, width, height) => {
      const pixels = paintField(field, class0, class1, colors.fieldAlpha);
      drawField(context, cells, pixels, cols, rows, width, height);
    };
  }, [cells, cols, rows, colors]);
}

/**
 * Draws each training point's pull as a halo. Held-out points pull on nothing (they are not
 * trained on), so they get none.
 */
function useHaloLayer(
  width: number,
  height: number,
  positions: Float64Array,
  sizes: MarkSizes,
  heldOut: Uint8Array | null,
  colors: PlotColors,
): (context: CanvasRenderingContext2D, weight: Float64Array) => void {
  const scratch = useMemo(() => document.createElement('canvas'), []);
  // The weights with the held-out points' set to 0, refilled every frame in one buffer.
  const trainingWeight = useRef<Float64Array | null>(null);
  return useMemo(() => {
    const scale = haloScale(positions.length / 2);
    const maskWidth = Math.ceil(width * scale);
    const maskHeight = Math.ceil(height * scale);
    // One mask and one pixel buffer per size, refilled every frame.
    const mask = new Uint8Array(maskWidth * maskHeight);
    const pixels = new Uint8ClampedArray(maskWidth * maskHeight * 4);
    const color = parseColor(colors.gradient);
    return (context, weight) => {
      mask.fill(0);
      let shown = weight;
      if (heldOut && heldOut.length === weight.length) {
        if (trainingWeight.current?.length !== weight.length) {
          trainingWeight.current = new Float64Array(weight.length);
        }
        shown = trainingWeight.current;
        for (let i = 0; i < weight.length; i++) shown[i] = heldOut[i] === 1 ? 0 : weight[i];
      }
      maskHalos(mask, maskWidth, maskHeight, positions, shown, sizes, scale);
      colorMask(mask, pixels, color, HALO_OPACITY);
      drawPixels(context, scratch, pixels, maskWidth, maskHeight, width, height);
    };
  }, [scratch, width, height, positions, sizes, heldOut, colors.gradient]);
}
