/**
 * The data-space panel: the points and the model's view of them at the iteration shown (the
 * probability field, the decision boundary or, with one feature, the fitted sigmoid), each point's
 * pull on the boundary, its legend and its switches, and the tools to draw the data by hand.
 */
import { useState } from 'react';
import type { RunContext } from '../app/runContext';
import './dataSpace.css';
import { DataFigure } from './DataFigure';
import { EditToolbar } from './EditToolbar';
import { FigureOptions } from './FigureOptions';
import { Legend } from './Legend';
import { useDataEditor } from './useDataEditor';
import { useStableHandler } from '../app/useStableHandler';

export function DataSpacePanel({ run }: { run: RunContext }) {
  const [showPull, setShowPull] = useState(true);
  const [showQuartiles, setShowQuartiles] = useState(false);
  const editor = useDataEditor(run);
  const { shown, geometry, history, counts } = editor;
  // The panel renders on every snapshot; the toolbar, the legend and the options (memoized) only
  // when what they show changes, so their handlers keep their identity.
  const onClear = useStableHandler(editor.clear);
  const onUndo = useStableHandler(history.undo);
  const onRedo = useStableHandler(history.redo);

  if (!shown || !geometry) {
    return (
      <div className="data-space-empty">
        {shown ? 'Only data with one or two features can be drawn here.' : 'Loading the data…'}
      </div>
    );
  }
  return (
    <div className="data-space">
      {run.figure.editable && (
        <EditToolbar
          newClass={editor.newClass}
          onNewClass={editor.setNewClass}
          counts={counts}
          problem={editor.problem}
          canClear={(counts?.positives ?? 0) + (counts?.negatives ?? 0) > 0}
          onClear={onClear}
          canUndo={history.canUndo}
          onUndo={onUndo}
          canRedo={history.canRedo}
          onRedo={onRedo}
        />
      )}
      <DataFigure
        run={run}
        prepared={shown.prepared}
        geometry={geometry}
        showPull={showPull}
        showQuartiles={showQuartiles}
        showModel={editor.showModel}
        message={editor.problem}
        editing={editor.editing}
        dragged={editor.dragged}
      />
      {/* Read once, used now and then: folded on the stage, where the figure needs the height. */}
      <details className="data-more" open={!run.figure.stage}>
        <summary>Legend, options and drawing</summary>
        <Legend
          kind={geometry.kind}
          loss={run.config.objective.loss}
          showPull={showPull}
          heldOut={shown.prepared.heldOut !== null}
          showSketch={geometry.kind === 'plane' && run.sketch.points !== null}
        />
        <FigureOptions
          showPull={showPull}
          onShowPull={setShowPull}
          showQuartiles={showQuartiles}
          onShowQuartiles={setShowQuartiles}
        />
        <p className="data-hint">
          Click empty space to add a point of the chosen class, drag a point to move it, Shift-click
          it (or press and hold it on a touch screen) to remove it. Point at or tap a point, or
          focus the plot and use the arrow keys, to read its numbers; Delete removes the point
          shown. Ctrl+Z undoes, Ctrl+Shift+Z redoes. While you sketch the boundary for the guide’s
          question, a drag draws the sketch instead, and on the focused plot the arrow keys move a
          cursor and Enter adds a corner.
        </p>
      </details>
    </div>
  );
}
