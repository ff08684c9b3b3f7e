/**
 * The data-space panel: the points and the model's view of them at the iteration shown (the
 * probability field, the decision boundary or, with one feature, the fitted sigmoid), each point's
 * pull on the boundary, its legend and its switches.
 */
import { useMemo, useState } from 'react';
import type { RunContext } from '../runContext';
import './dataSpace.css';
import { DataFigure } from './DataFigure';
import { FigureOptions } from './FigureOptions';
import { dataGeometry } from './geometry';
import { Legend } from './Legend';

export function DataSpacePanel({ run }: { run: RunContext }) {
  const [showPull, setShowPull] = useState(true);
  const [showQuartiles, setShowQuartiles] = useState(false);
  const { prepared } = run;
  const geometry = useMemo(
    () => (prepared ? dataGeometry(prepared.data, prepared.map) : null),
    [prepared],
  );

  if (!prepared || !geometry) {
    return (
      <div className="data-space-empty">
        {prepared ? 'Only data with one or two features can be drawn here.' : 'Loading the data…'}
      </div>
    );
  }
  return (
    <div className="data-space">
      <DataFigure
        run={run}
        prepared={prepared}
        geometry={geometry}
        showPull={showPull}
        showQuartiles={showQuartiles}
      />
      <Legend kind={geometry.kind} loss={run.config.objective.loss} showPull={showPull} />
      <FigureOptions
        showPull={showPull}
        onShowPull={setShowPull}
        showQuartiles={showQuartiles}
        onShowQuartiles={setShowQuartiles}
      />
      <p className="data-hint">
        Point at or tap a point, or focus the plot and use the arrow keys, to read its numbers.
      </p>
    </div>
  );
}
