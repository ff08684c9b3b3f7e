/**
 * Drawing the data in the data-space panel: the class of new points, the point being dragged, the
 * data the figure shows (the run's, an edit of it, or the drag in progress), the axes' domains,
 * and the edits the figure's gestures and the toolbar's buttons make, in raw feature units.
 */
import { useMemo, useState } from 'react';
import type { PointsSource } from '../../state/config';
import {
  addPoint,
  canAddPoint,
  classCounts,
  clearPoints,
  movePoint,
  removePoint,
} from '../../state/pointEdits';
import type { RunContext } from '../app/runContext';
import type { DraggedPoint } from './dragPreview';
import { PREVIEWED_DRAG_POINTS } from './dragPreview';
import type { ShownRun } from './editing';
import { editableSource, shownRun } from './editing';
import type { DataDomains, DataGeometry } from './geometry';
import { dataDomains, geometryOf } from './geometry';
import type { EditHistoryControls } from './useEditHistory';
import { useEditHistory } from './useEditHistory';

/** The edits the figure makes; points are raw feature values (one or two). */
export interface RawEditing {
  readonly add: (x: readonly number[]) => void;
  readonly drag: (index: number, x: readonly number[]) => void;
  readonly drop: (index: number, x: readonly number[]) => void;
  readonly cancelDrag: () => void;
  readonly remove: (index: number) => void;
}

interface Drag {
  readonly index: number;
  readonly x: readonly number[];
  /** The axes as the drag began: they hold still under the pointer until it ends. */
  readonly domains: DataDomains;
}

export interface DataEditor {
  /** What the figure draws; null while the first run loads. */
  readonly shown: ShownRun | null;
  /**
   * A point being dragged over more than PREVIEWED_DRAG_POINTS points: `shown` stays the data
   * before the drag, and the figure draws only this point's mark until the drop.
   */
  readonly dragged: DraggedPoint | null;
  readonly geometry: DataGeometry | null;
  /** Whether the model of the iteration shown is drawn over the points. */
  readonly showModel: boolean;
  /** Why the drawn data cannot be trained, or null. */
  readonly problem: string | null;
  readonly counts: { readonly positives: number; readonly negatives: number } | null;
  readonly newClass: 0 | 1;
  readonly setNewClass: (label: 0 | 1) => void;
  readonly history: EditHistoryControls;
  /** Null when the data cannot be drawn here (no figure, or no room for more points). */
  readonly editing: RawEditing | null;
  readonly clear: () => void;
}

export function useDataEditor(run: RunContext): DataEditor {
  const history = useEditHistory(run);
  const { present, anchor, commit } = history;
  const [newClass, setNewClass] = useState<0 | 1>(1);
  const [drag, setDrag] = useState<Drag | null>(null);
  const { prepared, config } = run;
  const runSource = run.view.info?.source.data ?? null;
  const features = config.features;

  const base = useMemo(
    () => shownRun(present, prepared, runSource, features),
    [present, prepared, runSource, features],
  );
  /** The user's own points behind what is shown (a preset's copied on the first edit). */
  const points: PointsSource | null = useMemo(
    () => (base ? editableSource(present, base.prepared.data) : null),
    [present, base],
  );
  // On many points a move rebuilds nothing (the data, their design, the model's view of them and
  // every canvas would be redone per move): the drop makes the one edit that does.
  const previewed = points !== null && points.labels.length > PREVIEWED_DRAG_POINTS;
  const dragging = drag !== null && points !== null && drag.index < points.labels.length;
  const shown = useMemo(() => {
    if (!drag || !points || drag.index >= points.labels.length || previewed) return base;
    return shownRun(movePoint(points, drag.index, drag.x), prepared, runSource, features);
  }, [drag, points, base, prepared, runSource, features, previewed]);
  const dragged = useMemo(
    () => (drag && dragging && previewed ? { index: drag.index, x: drag.x } : null),
    [drag, dragging, previewed],
  );

  const shownData = shown?.prepared.data ?? null;
  const domains = useMemo(
    () => drag?.domains ?? (shownData ? dataDomains(shownData, anchor) : null),
    [drag, shownData, anchor],
  );
  const featureNames = shownData?.featureNames;
  const map = shown?.prepared.map;
  const geometry = useMemo(
    () => (featureNames && map && domains ? geometryOf(featureNames, map, domains) : null),
    [featureNames, map, domains],
  );

  const counts = useMemo(() => (points ? classCounts(points) : null), [points]);

  const editing: RawEditing | null =
    points && domains && geometry
      ? {
          add: (x) => {
            if (canAddPoint(points)) commit(addPoint(points, x, newClass), domains);
          },
          drag: (index, x) =>
            setDrag((current) => ({ index, x, domains: current?.domains ?? domains })),
          drop: (index, x) => {
            setDrag(null);
            if (index < points.labels.length) commit(movePoint(points, index, x), domains);
          },
          cancelDrag: () => setDrag(null),
          remove: (index) => {
            if (index < points.labels.length) commit(removePoint(points, index), domains);
          },
        }
      : null;

  return {
    shown,
    dragged,
    geometry,
    showModel: history.problem === null && (shown?.fitsTheta ?? false),
    problem: history.problem,
    counts,
    newClass,
    setNewClass,
    history,
    editing,
    clear: () => {
      if (points && domains && points.labels.length > 0) commit(clearPoints(points), domains);
    },
  };
}
