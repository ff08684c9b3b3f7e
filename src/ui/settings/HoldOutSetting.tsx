import { useMemo, useState } from 'react';
import { splitProblem } from '../../engine';
import type { DataSource, SplitSettings } from '../../state/config';
import { LIMITS } from '../../state/limits';
import { labelsOf } from '../../state/link';
import { formatCount } from '../text/format';
import { NumberSetting } from './NumberSetting';
import { SliderField } from './SliderField';

interface HoldOutSettingProps {
  readonly split: SplitSettings;
  /** The data the split is drawn from (its labels: the split is stratified). */
  readonly data: DataSource;
  /** How many points the run in force trains on and holds out, once it has loaded. */
  readonly counts: { readonly training: number; readonly heldOut: number } | null;
  /** Starts a new run with this split. */
  readonly onChange: (split: SplitSettings) => void;
}

/**
 * "Hold out for testing": the share of each class kept out of training (0 to 50 %, in steps of
 * 5) and the seed that picks them. A share these points cannot take (none held out, or a class
 * left without training points) is said here and not applied: the run goes on as it was.
 */
export function HoldOutSetting({ split, data, counts, onChange }: HoldOutSettingProps) {
  const labels = useMemo(() => labelsOf(data), [data]);
  // The refused choice, with the data it was refused for: other data clear it.
  const [refused, setRefused] = useState<{ text: string; data: DataSource } | null>(null);
  const choose = (next: SplitSettings) => {
    const problem = next.percent > 0 ? splitProblem(labels, next.percent, next.seed) : null;
    if (problem) {
      setRefused({ text: `${problem[0].toUpperCase()}${problem.slice(1)}.`, data });
      return;
    }
    setRefused(null);
    onChange(next);
  };
  const shown = `${formatCount(split.percent)}%`;
  return (
    <div className="hold-out-setting">
      <SliderField
        label="Hold out for testing"
        className="hold-out-share"
        min={LIMITS.heldOut.min}
        max={LIMITS.heldOut.max}
        step={LIMITS.heldOut.step}
        value={split.percent}
        valueText={
          split.percent === 0
            ? 'none: every point trains'
            : `${shown} of each class, held out with seed ${split.seed}`
        }
        shown={shown}
        shownClassName="hold-out-value"
        onChange={(percent) => choose({ ...split, percent })}
      />
      {split.percent > 0 && (
        <NumberSetting
          label="Held-out seed"
          value={split.seed}
          limit="splitSeed"
          onCommit={(seed) => choose({ ...split, seed })}
        />
      )}
      <p className="hold-out-note" role="status">
        {refused?.data === data
          ? refused.text
          : split.percent === 0
            ? 'Every point trains.'
            : counts && counts.heldOut > 0
              ? `${formatCount(counts.heldOut)} points held out (drawn hollow) with seed ${split.seed}; ${formatCount(counts.training)} train.`
              : ''}
      </p>
    </div>
  );
}
