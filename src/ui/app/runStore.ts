/**
 * The run's per-frame state as an external store, read with selectors (issue 16). The training
 * worker's client already is such a store (subscribe/getView, a new view object per change); what
 * is here lets a component read only part of it, so that it renders when that part changes and
 * not on every snapshot: the page itself reads the run's info and notice, which change once per
 * run, while the figures, the readout and the timeline read the snapshot and the history.
 */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { TrainerView } from '../../worker/client';

/** A source of the run's view: TrainerConnection, or run B's connection when comparing. */
export interface RunViewStore {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getView: () => TrainerView;
}

export interface SelectOptions<T> {
  /** When two selections count as the same, so the component need not render: Object.is. */
  readonly isEqual?: (a: T, b: T) => boolean;
  /**
   * While true the component keeps the selection it last read and does not listen (content
   * nobody can see, such as the closed settings drawer); it reads afresh once false again.
   */
  readonly paused?: boolean;
}

const noSubscription = () => () => {};

/**
 * Part of the run's view, `select`ed from it; the component renders only when the selection
 * changes (by `isEqual`). `select` should be pure and stable (a function declared at module level,
 * or memoized): a new one reads the store afresh.
 */
export function useRunSelector<T>(
  store: RunViewStore,
  select: (view: TrainerView) => T,
  options: SelectOptions<T> = {},
): T {
  const { isEqual = Object.is, paused = false } = options;
  // The last view read and what was selected from it: useSyncExternalStore needs the same value
  // back for an unchanged store, and a selection equal to the last must keep its identity.
  const cache = useRef<{
    view: TrainerView;
    select: (view: TrainerView) => T;
    value: T;
  } | null>(null);
  const getSelection = useCallback((): T => {
    const last = cache.current;
    if (last && paused) return last.value;
    const view = store.getView();
    if (last && last.view === view && last.select === select) return last.value;
    const value = select(view);
    if (last && isEqual(last.value, value)) {
      cache.current = { view, select, value: last.value };
      return last.value;
    }
    cache.current = { view, select, value };
    return value;
  }, [store, select, paused, isEqual]);
  return useSyncExternalStore(paused ? noSubscription : store.subscribe, getSelection);
}

/** The whole view: for what shows the run's progress on every snapshot. */
export function useRunView(store: RunViewStore, paused = false): TrainerView {
  return useRunSelector(store, identity, { paused });
}

const identity = (view: TrainerView) => view;
