import { memo } from 'react';
import type { LossKind } from '../../engine';
import { UPDATE_RULE_IDS, usesSetting } from '../../engine';
import type { LiveSettings, TrainingConfig } from '../../state/config';
import { liveSettingsOf, withOptimizer } from '../../state/config';
import { RULE_VIEWS } from '../rules/ruleViews';
import { LOSS_NAMES } from '../text/labels';
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

const RULE_OPTIONS = UPDATE_RULE_IDS.map((value) => ({ value, label: RULE_VIEWS[value].name }));

/**
 * The settings that change while the run goes on, without starting over (the learning rate has
 * its own control on the stage): loss,
 * regularization, update rule, batch size, momentum and the shuffling seed. Each change sends the
 * whole set (LiveSettings) built from the current configuration. A rule's own settings (β, the
 * batch size) show when the engine's table says it reads them. Memoized: its props change only
 * with the settings, not with every snapshot of a playing run.
 */
export const RunSettings = memo(function RunSettings({ config, onChange }: RunSettingsProps) {
  const live = liveSettingsOf(config);
  const changeOptimizer = (change: Partial<TrainingConfig['optimizer']>) =>
    onChange(withOptimizer(config, change));
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
        onChange={(rule) => changeOptimizer({ rule })}
      />
      {usesSetting(optimizer.rule, 'momentum') && (
        <NumberSetting
          label="Momentum β"
          value={optimizer.momentum}
          limit="momentum"
          onCommit={(momentum) => changeOptimizer({ momentum })}
        />
      )}
      {usesSetting(optimizer.rule, 'batchSize') && (
        <>
          <NumberSetting
            label="Batch size"
            value={optimizer.batchSize}
            limit="batchSize"
            onCommit={(batchSize) => changeOptimizer({ batchSize })}
          />
          {optimizer.batchSize > 0 && (
            <NumberSetting
              label="Shuffling seed"
              value={optimizer.seed}
              limit="shuffleSeed"
              onCommit={(seed) => changeOptimizer({ seed })}
            />
          )}
        </>
      )}
    </fieldset>
  );
});
