import { memo, useMemo, useState } from 'react';
import type { TrainerView } from '../../worker/client';
import type { ActiveComparison } from '../compare/useComparison';
import { useRunB } from '../compare/useComparison';
import type { RunContext } from '../app/runContext';
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
  const chosen = validAxes(choice, names.length);
  // One object while the axes stay, so the memoized figures below can skip a render.
  const axes = useMemo(() => ({ x: chosen.x, y: chosen.y }), [chosen.x, chosen.y]);

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
        <SeparateSurfaces run={run} axes={axes} comparison={comparison} viewB={viewB} />
      )}
    </div>
  );
}

/** Skips a render when its props are the same objects: run A's figure on run B's snapshots. */
const MemoSurfaceFigure = memo(SurfaceFigure);

interface SeparateSurfacesProps {
  run: RunContext;
  axes: AxisPair;
  comparison: ActiveComparison;
  viewB: TrainerView;
}

/**
 * Different losses are different functions: each run on its own surface, A above B (on the
 * stage, A beside B: stacked in the panel's height, neither would have room to be drawn). The two
 * figures are memoized apart, so each renders on its own run's snapshots only (both runs send one
 * per frame).
 */
function SeparateSurfaces({ run, axes, comparison, viewB }: SeparateSurfacesProps) {
  const { labelA, labelB, configB } = comparison;
  const comparedA = useMemo(() => ({ run: 'a' as const, label: labelA }), [labelA]);
  const comparedB = useMemo(() => ({ run: 'b' as const, label: labelB }), [labelB]);
  // Run A's context with run B's view and configuration. `run` is a new object on each of run A's
  // renders, with the same commands, data and colours in it: those are what the memo keys on.
  const { commands, prepared, theme, colors, figure } = run;
  const setParameters = commands.setParameters;
  const runB = useMemo<RunContext>(
    () => ({ ...run, view: viewB, config: configB, comparison: null }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [viewB, configB, prepared, setParameters, theme, colors, figure],
  );
  return (
    <div className="surface-pair">
      <MemoSurfaceFigure run={run} axes={axes} compared={comparedA} />
      <MemoSurfaceFigure run={runB} axes={axes} compared={comparedB} />
    </div>
  );
}
