/**
 * The messages between the page and the surface worker, which computes loss surfaces on the second
 * core while the training worker runs on the first.
 */
import type { Objective, SurfaceSpec } from '../engine';
import type { TrainingConfig } from '../state/config';
import type { SurfaceContours } from './surfaceContours';

export type SurfaceData = Pick<TrainingConfig, 'data' | 'features' | 'split'>;

export interface SurfaceRequest {
  readonly objective: Objective;
  /** θ: the values of the parameters that are not on the axes. */
  readonly theta: Float64Array;
  readonly spec: SurfaceSpec;
}

export type ToSurfaceWorker =
  | { readonly type: 'data'; readonly data: SurfaceData }
  | { readonly type: 'compute'; readonly id: number; readonly request: SurfaceRequest };

export type FromSurfaceWorker =
  | {
      readonly type: 'surface';
      readonly id: number;
      readonly spec: SurfaceSpec;
      /** spec.size² values, row-major (see lossSurface). */
      readonly values: Float64Array;
      /** True for the first, coarse grid of a request; false for the full-resolution one. */
      readonly coarse: boolean;
      /** The grid's filled contours, computed here so that the page only paints them. */
      readonly contours: SurfaceContours;
    }
  | { readonly type: 'failed'; readonly id: number | null; readonly message: string };
