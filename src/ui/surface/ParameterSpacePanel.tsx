import { useState } from 'react';
import { useRunB } from '../compare/useComparison';
import type { RunContext } from '../runContext';
import type { AxisPair } from './axes';
import { axesSelectable, validAxes } from './axes';
import { AxisSelects } from './AxisSelects';
import './parameterSpace.css';
import { SurfaceFigure } from './SurfaceFigure';

/**
 * Parameter space: the loss surface over two parameters with the optimizer's path on it. With
 * more than three parameters the user picks the two axes; the choice holds while it fits the run.
 * Comparing runs, run B's path is drawn over the same surface, or, when the runs minimize
 * different losses, on a second surface of its own under run A's.
 */
export function ParameterSpacePanel({ run }: { run: RunContext }) {
  const names = run.view.info?.parameterNames ?? [];
  const { comparison } = run;
  const viewB = useRunB(comparison);
  const [choice, setChoice] = useState<AxisPair | null>(null);
  const axes = validAxes(choice, names.length);

  if (!run.view.info) {
    return (
      <div className="surface-empty">
        <p>The loss surface appears once the run has loaded.</p>
      </div>
    );
  }
  return (
    <div className="parameter-space">
      {axesSelectable(names.length) && (
        <AxisSelects parameterNames={names} axes={axes} onChange={setChoice} />
      )}
      {!comparison ? (
        <SurfaceFigure run={run} axes={axes} />
      ) : !comparison.separateSurfaces ? (
        <SurfaceFigure run={run} axes={axes} overlay={{ view: viewB, label: comparison.labelB }} />
      ) : (
        // Different losses are different functions: each run on its own surface, A above B.
        <>
          <SurfaceFigure run={run} axes={axes} compared={{ run: 'a', label: comparison.labelA }} />
          <SurfaceFigure
            run={{ ...run, view: viewB, config: comparison.configB, comparison: null }}
            axes={axes}
            compared={{ run: 'b', label: comparison.labelB }}
          />
        </>
      )}
    </div>
  );
}
