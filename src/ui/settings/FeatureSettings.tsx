import { memo, useId } from 'react';
import { MAX_DEGREE } from '../../engine';
import type { FeatureSettings as Features } from '../../engine';
import type { Initialization } from '../../state/config';
import { NumberSetting } from './NumberSetting';
import { SelectSetting } from './SelectSetting';

const DEGREE_OPTIONS = Array.from({ length: MAX_DEGREE }, (_, k) => ({
  value: k + 1,
  label: k === 0 ? '1 (linear)' : String(k + 1),
}));

const INITIALIZATION_OPTIONS = [
  { value: 'zeros' as const, label: 'zeros' },
  { value: 'random' as const, label: 'random (seeded)' },
  { value: 'point' as const, label: 'set on the loss surface' },
];

interface FeatureSettingsProps {
  features: Features;
  initialization: Initialization;
  /** A change of features or starting point is a new run. */
  onRestart: (change: { features?: Features; initialization?: Initialization }) => void;
}

/**
 * What the model sees (standardized, polynomial terms) and where its weights start. Memoized: its
 * props change only with the settings, not with every snapshot of a playing run.
 */
export const FeatureSettings = memo(function FeatureSettings({
  features,
  initialization,
  onRestart,
}: FeatureSettingsProps) {
  const onFeatures = (next: Features) => onRestart({ features: next });
  const onInitialization = (next: Initialization) => onRestart({ initialization: next });
  const standardizeId = useId();
  const options =
    initialization.kind === 'point'
      ? INITIALIZATION_OPTIONS
      : INITIALIZATION_OPTIONS.filter((option) => option.value !== 'point');
  return (
    <fieldset className="settings">
      <legend className="settings-legend">Features and start</legend>
      <div className="field field-checkbox">
        <input
          id={standardizeId}
          type="checkbox"
          checked={features.standardize}
          onChange={(event) => onFeatures({ ...features, standardize: event.target.checked })}
        />
        <label htmlFor={standardizeId}>Standardize features</label>
      </div>
      <SelectSetting
        label="Polynomial degree"
        value={features.degree}
        options={DEGREE_OPTIONS}
        onChange={(degree) => onFeatures({ ...features, degree })}
      />
      <SelectSetting
        label="Initial weights"
        value={initialization.kind}
        options={options}
        onChange={(kind) => {
          if (kind === 'zeros') onInitialization({ kind: 'zeros' });
          if (kind === 'random') onInitialization({ kind: 'random', seed: 1 });
        }}
      />
      {initialization.kind === 'random' && (
        <NumberSetting
          label="Initial seed"
          value={initialization.seed}
          limit="initSeed"
          onCommit={(seed) => onInitialization({ kind: 'random', seed })}
        />
      )}
    </fieldset>
  );
});
