/** The figure's switches: the halos of pull, and the p = 0.25 and 0.75 lines. */
import { memo } from 'react';

interface FigureOptionsProps {
  readonly showPull: boolean;
  readonly onShowPull: (show: boolean) => void;
  readonly showQuartiles: boolean;
  readonly onShowQuartiles: (show: boolean) => void;
}

function Checkbox(props: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="data-option">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      {props.label}
    </label>
  );
}

/** Memoized: the panel renders on every snapshot, the switches only when one is flipped. */
export const FigureOptions = memo(function FigureOptions(props: FigureOptionsProps) {
  return (
    <div className="data-options">
      <Checkbox
        label="Show each point's pull"
        checked={props.showPull}
        onChange={props.onShowPull}
      />
      <Checkbox
        label="Show p = 0.25 and 0.75"
        checked={props.showQuartiles}
        onChange={props.onShowQuartiles}
      />
    </div>
  );
});
