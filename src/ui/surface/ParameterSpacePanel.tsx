import { useState } from 'react';
import type { RunContext } from '../runContext';
import type { AxisPair } from './axes';
import { axesSelectable, validAxes } from './axes';
import { AxisSelects } from './AxisSelects';
import './parameterSpace.css';
import { SurfaceFigure } from './SurfaceFigure';

/**
 * Parameter space: the loss surface over two parameters with the optimizer's path on it. With
 * more than three parameters the user picks the two axes; the choice holds while it fits the run.
 */
export function ParameterSpacePanel({ run }: { run: RunContext }) {
  const names = run.view.info?.parameterNames ?? [];
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
      <SurfaceFigure run={run} axes={axes} />
    </div>
  );
}
