/**
 * The page's history of the data drawn by hand, and the run following it.
 *
 * Every edit (and Undo, and Redo) makes a data source the present. When that source can be
 * trained it goes to the worker as a new run (RunCommands.editData), starting from the parameters
 * shown carried over to the new data, every other setting kept; from there it reaches the link and
 * local storage as imported points do. When it cannot (no points, one class) it stays here, the
 * run carries on with the last data that could, and the panel says what is missing.
 *
 * Data chosen elsewhere (a preset from the menu, an imported file) enters the history as one more
 * entry, so Undo brings drawn points back after a change of data set too.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import type { FeatureSettings } from '../../engine';
import type { DataSource } from '../../state/config';
import type { EditHistory } from '../../state/pointEdits';
import { canRedo, canUndo, record, redo, startHistory, undo } from '../../state/pointEdits';
import { loadDraft, saveDraft } from '../../state/draft';
import { browserStorage } from '../io/startupConfig';
import type { RunContext } from '../app/runContext';
import { editedInitialization, prepareEdit } from './editing';
import { usableTheta } from './frame';
import type { DataDomains } from './geometry';
import { historyShortcut } from './historyKeys';

interface EditState {
  readonly history: EditHistory;
  /** The run's data when last looked at: a change that is not our present came from elsewhere. */
  readonly seen: DataSource;
  /** What the present lacks to be trained, or null when it can be (or is the run's data). */
  readonly problem: string | null;
  /**
   * The axes' domains when the drawing began: the plot keeps covering them, so the axes do not
   * jump or shrink under the pointer while the user draws. Null until the first edit.
   */
  readonly anchor: DataDomains | null;
}

export interface EditHistoryControls {
  /** The data the panel shows: the run's, or the user's edit of it. */
  readonly present: DataSource;
  readonly problem: string | null;
  readonly anchor: DataDomains | null;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Makes `next` the present (one Undo step); `domains` are the axes' as the edit was made. */
  readonly commit: (next: DataSource, domains: DataDomains) => void;
  readonly undo: () => void;
  readonly redo: () => void;
}

/**
 * The history the panel opens with: the run's data, and on top of it a drawing the last visit
 * left untrainable. Not when the page opened a link: that is someone else's data.
 */
function restoreDraft(runData: DataSource, features: FeatureSettings): EditState {
  const start: EditState = {
    history: startHistory(runData),
    seen: runData,
    problem: null,
    anchor: null,
  };
  const draft = window.location.hash === '' ? loadDraft(browserStorage()) : null;
  if (!draft) return start;
  const preparation = prepareEdit(draft, features);
  if (preparation.ok) return start;
  return { ...start, history: record(start.history, draft), problem: preparation.message };
}

export function useEditHistory(run: RunContext): EditHistoryControls {
  const runData = run.config.data;
  const [state, setState] = useState<EditState>(() => restoreDraft(runData, run.config.features));

  // The run's data changed: our own edit arriving, or data chosen elsewhere (adjusted during
  // render, as React advises for state derived from a changed prop).
  let current = state;
  if (state.seen !== runData) {
    current =
      runData === state.history.present
        ? { ...state, seen: runData }
        : { history: record(state.history, runData), seen: runData, problem: null, anchor: null };
    setState(current);
  }

  /** Starts a run on `next` if it can be trained; returns what it lacks otherwise. */
  const follow = (next: DataSource): string | null => {
    if (next === run.config.data) return null;
    const preparation = prepareEdit(next, run.config.features);
    if (!preparation.ok) return preparation.message;
    const { prepared, view } = run;
    const theta = view.snapshot?.theta;
    const shown =
      prepared && theta && usableTheta(theta, prepared.design.p + 1)
        ? { map: prepared.map, theta }
        : null;
    run.commands.editData(
      next,
      editedInitialization(run.config.initialization, shown, preparation.prepared),
    );
    return null;
  };

  const go = (history: EditHistory, anchor: DataDomains | null) => {
    if (history === current.history) return;
    const problem = follow(history.present);
    setState({ history, seen: current.seen, problem, anchor });
  };

  const commit = (next: DataSource, domains: DataDomains) =>
    go(record(current.history, next), current.anchor ?? domains);
  const undoEdit = () => go(undo(current.history), current.anchor);
  const redoEdit = () => go(redo(current.history), current.anchor);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const action = historyShortcut(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'undo') undoEdit();
    else redoEdit();
  });
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // A drawing that cannot be trained yet is kept for the next visit (the run's data is kept by
  // the configuration's own persistence).
  const { present } = current.history;
  const draft = current.problem !== null && present.kind === 'points' ? present : null;
  useEffect(() => saveDraft(browserStorage(), draft), [draft]);

  return {
    present: current.history.present,
    problem: current.problem,
    anchor: current.anchor,
    canUndo: canUndo(current.history),
    canRedo: canRedo(current.history),
    commit,
    undo: undoEdit,
    redo: redoEdit,
  };
}
