/**
 * The canvases redrawn every frame, bottom to top: the probability field, each point's halo of
 * pull, and the rings around misclassified points. The points go above the halos; with thousands
 * of points (a canvas of their own) the rings go above the points, drawn tight and thin, since
 * dense points would bury them and wide rings would merge into a dark mass.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { PlotColors } from '../plot/plotColors';
import { drawField, drawMisclassifiedRings, drawPixels, sizeCanvas } from './canvasLayers';
import { colorMask, haloScale, maskHalos } from './haloRaster';
import type { Frame } from './frame';
import { paintField, parseColor } from './probabilityField';
import type { MarkSizes } from './pull';

interface CanvasSize {
  readonly width: number;
  readonly height: number;
}

interface FieldCanvasProps extends CanvasSize {
  readonly field: Float64Array | null;
  readonly cols: number;
  readonly rows: number;
  readonly colors: PlotColors;
}

export function FieldCanvas({ width, height, field, cols, rows, colors }: FieldCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  // The small canvas holding one pixel per cell, reused frame after frame.
  const cells = useMemo(() => document.createElement('canvas'), []);
  const [class0, class1] = useMemo(
    () => [parseColor(colors.class0), parseColor(colors.class1)],
    [colors],
  );
  useLayoutEffect(() => {
    const context = ref.current && sizeCanvas(ref.current, width, height);
    if (!context || !field) return;
    const pixels = paintField(field, class0, class1, colors.fieldAlpha);
    drawField(context, cells, pixels, cols, rows, width, height);
  }, [width, height, field, cols, rows, cells, class0, class1, colors.fieldAlpha]);
  return <canvas ref={ref} className="data-layer" aria-hidden="true" />;
}

interface PointLayerProps extends CanvasSize {
  readonly frame: Frame | null;
  readonly positions: Float64Array;
  readonly sizes: MarkSizes;
  readonly colors: PlotColors;
}

/** Opacity of the halos, over the field and under the points. */
const HALO_OPACITY = 0.4;

/**
 * Each training point's pull as a halo. Held-out points (`heldOut`) pull on nothing (they are not
 * trained on), so they get none.
 */
export function HaloCanvas({
  width,
  height,
  frame,
  positions,
  sizes,
  colors,
  heldOut = null,
}: PointLayerProps & { readonly heldOut?: Uint8Array | null }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const scratch = useMemo(() => document.createElement('canvas'), []);
  const scale = haloScale(positions.length / 2);
  const maskWidth = Math.ceil(width * scale);
  const maskHeight = Math.ceil(height * scale);
  // One mask and one pixel buffer per size, refilled every frame.
  const mask = useMemo(() => new Uint8Array(maskWidth * maskHeight), [maskWidth, maskHeight]);
  const pixels = useMemo(
    () => new Uint8ClampedArray(maskWidth * maskHeight * 4),
    [maskWidth, maskHeight],
  );
  const color = useMemo(() => parseColor(colors.gradient), [colors.gradient]);
  // The weights with the held-out points' set to 0, refilled every frame in one buffer.
  const trainingWeight = useRef<Float64Array | null>(null);
  useLayoutEffect(() => {
    const context = ref.current && sizeCanvas(ref.current, width, height);
    if (!context || !frame) return;
    mask.fill(0);
    let { weight } = frame.contributions;
    if (heldOut && heldOut.length === weight.length) {
      if (trainingWeight.current?.length !== weight.length) {
        trainingWeight.current = new Float64Array(weight.length);
      }
      const shown = trainingWeight.current;
      for (let i = 0; i < weight.length; i++) shown[i] = heldOut[i] === 1 ? 0 : weight[i];
      weight = shown;
    }
    maskHalos(mask, maskWidth, maskHeight, positions, weight, sizes, scale);
    colorMask(mask, pixels, color, HALO_OPACITY);
    drawPixels(context, scratch, pixels, maskWidth, maskHeight, width, height);
  }, [
    heldOut,
    width,
    height,
    frame,
    positions,
    sizes,
    color,
    mask,
    pixels,
    scratch,
    scale,
    maskWidth,
    maskHeight,
  ]);
  return <canvas ref={ref} className="data-layer" aria-hidden="true" />;
}

interface RingCanvasProps extends PointLayerProps {
  readonly labels: Float64Array;
  /** Rings drawn over densely packed points: hugging the marker, with a hairline. */
  readonly dense: boolean;
}

/** Gap between a point's edge and its misclassification ring, px. */
const RING_GAP = 2.5;
const DENSE_RING_GAP = 0.9;

export function RingCanvas(props: RingCanvasProps) {
  const { width, height, frame, positions, labels, sizes, colors, dense } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const context = ref.current && sizeCanvas(ref.current, width, height);
    if (!context || !frame) return;
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
  }, [width, height, frame, positions, labels, sizes, colors.boundary, dense]);
  return <canvas ref={ref} className="data-layer" aria-hidden="true" />;
}
