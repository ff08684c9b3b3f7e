import type { LossKind, UpdateRule } from '../engine';
import type { LiveSettings, TrainingConfig } from '../state/config';
import { LOSS_NAMES, RULE_NAMES } from './labels';
import { NumberSetting } from './NumberSetting';
import { parseBatchSize, parseLearningRate } from './parse';
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
 * The settings that change while the run goes on, without starting over: learning rate, loss,
 * update rule and batch size. Each change sends the whole set (LiveSettings) built from the
 * current configuration.
 */
export function RunSettings({ config, onChange }: RunSettingsProps) {
  const live: LiveSettings = {
    objective: config.objective,
    optimizer: config.optimizer,
    tolerance: config.tolerance,
  };
  const withOptimizer = (change: Partial<TrainingConfig['optimizer']>) =>
    onChange({ ...live, optimizer: { ...config.optimizer, ...change } });
  return (
    <fieldset className="settings">
      <legend className="settings-legend">Training</legend>
      <NumberSetting
        label="Learning rate"
        value={config.optimizer.learningRate}
        parse={parseLearningRate}
        onCommit={(learningRate) => withOptimizer({ learningRate })}
        step="any"
        min={0}
      />
      <SelectSetting
        label="Loss"
        value={config.objective.loss}
        options={LOSS_OPTIONS}
        onChange={(loss) => onChange({ ...live, objective: { ...config.objective, loss } })}
      />
      <SelectSetting
        label="Optimizer"
        value={config.optimizer.rule}
        options={RULE_OPTIONS}
        onChange={(rule) => withOptimizer({ rule })}
      />
      <NumberSetting
        label="Batch size"
        value={config.optimizer.batchSize}
        parse={parseBatchSize}
        onCommit={(batchSize) => withOptimizer({ batchSize })}
        step={1}
        min={0}
      />
    </fieldset>
  );
}
