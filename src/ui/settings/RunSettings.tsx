import { memo } from 'react';
import type { LossKind, UpdateRule } from '../../engine';
import type { LiveSettings, TrainingConfig } from '../../state/config';
import { LOSS_NAMES, RULE_NAMES } from '../text/labels';
import { NumberSetting } from './NumberSetting';
import { RegularizationControl } from './RegularizationControl';
import './settings.css';
import { SelectSetting } from './SelectSetting';

interface RunSettingsProps {
  config: TrainingConfig;
  onChange: (settings: LiveSettings) => void;
}

const LOSS_OPTIONS = (Object.keys(LOSS_NAMES) as LossKind[]).map((value) => ({
  value,
  label: LOSS_NAMES[value],
}));

const RULE_OPTIONS = (Object.keys(RULE_NAMES) as UpdateRule[]).map((value) => ({
  value,
  label: RULE_NAMES[value],
}));

/**
 * The settings that change while the run goes on, without starting over (the learning rate has
 * its own control on the stage): loss,
 * regularization, update rule, batch size, momentum and the shuffling seed. Each change sends the
 * whole set (LiveSettings) built from the current configuration. Memoized: its props change only
 * with the settings, not with every snapshot of a playing run.
 */
export const RunSettings = memo(function RunSettings({ config, onChange }: RunSettingsProps) {
  const live: LiveSettings = {
    objective: config.objective,
    optimizer: config.optimizer,
    tolerance: config.tolerance,
  };
  const withOptimizer = (change: Partial<TrainingConfig['optimizer']>) =>
    onChange({ ...live, optimizer: { ...config.optimizer, ...change } });
  const { optimizer } = config;
  return (
    <fieldset className="settings">
      <legend className="settings-legend">Training</legend>
      <SelectSetting
        label="Loss"
        value={config.objective.loss}
        options={LOSS_OPTIONS}
        onChange={(loss) => onChange({ ...live, objective: { ...config.objective, loss } })}
      />
      <RegularizationControl
        value={config.objective.regularization}
        onChange={(regularization) =>
          onChange({ ...live, objective: { ...config.objective, regularization } })
        }
      />
      <SelectSetting
        label="Optimizer"
        value={optimizer.rule}
        options={RULE_OPTIONS}
        onChange={(rule) => withOptimizer({ rule })}
      />
      {optimizer.rule === 'momentum' && (
        <NumberSetting
          label="Momentum β"
          value={optimizer.momentum}
          limit="momentum"
          onCommit={(momentum) => withOptimizer({ momentum })}
        />
      )}
      {optimizer.rule !== 'newton' && (
        <>
          <NumberSetting
            label="Batch size"
            value={optimizer.batchSize}
            limit="batchSize"
            onCommit={(batchSize) => withOptimizer({ batchSize })}
          />
          {optimizer.batchSize > 0 && (
            <NumberSetting
              label="Shuffling seed"
              value={optimizer.seed}
              limit="shuffleSeed"
              onCommit={(seed) => withOptimizer({ seed })}
            />
          )}
        </>
      )}
    </fieldset>
  );
});
