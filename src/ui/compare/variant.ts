/**
 * Compare runs: run B is run A's configuration with exactly one thing changed. This module is the
 * pure part: which things can be compared, run B's configuration for a choice, the words that name
 * the difference, and what a change of run A's configuration means for run B.
 *
 * Same data, same features, same initialization (seed included), same tolerance and speed: only
 * the chosen setting differs, so the two runs start from the same θ and any difference in their
 * paths comes from that setting.
 */
import type { UpdateRule } from '../../engine';
import { settingsProblem, usesSetting } from '../../engine';
import type { DataSource, LiveSettings, TrainingConfig } from '../../state/config';
import { formatCount, formatSetting } from '../text/format';
import { RULE_VIEWS } from '../rules/ruleViews';
import { LOSS_NAMES } from '../text/labels';

/** What run B changes: the loss, η, the update rule, the batch size, or momentum on/off. */
export type CompareKind = 'loss' | 'learningRate' | 'newton' | 'batch' | 'momentum';

export interface CompareChoice {
  readonly kind: CompareKind;
  /** Run B's η, for kind 'learningRate'. */
  readonly learningRate: number;
  /** Run B's batch size when run A uses the full batch, for kind 'batch'. */
  readonly batchSize: number;
}

export const COMPARE_KINDS: readonly { readonly value: CompareKind; readonly label: string }[] = [
  { value: 'loss', label: 'cross-entropy vs squared error' },
  { value: 'learningRate', label: 'another learning rate η' },
  { value: 'newton', label: 'gradient descent vs Newton' },
  { value: 'batch', label: 'full batch vs mini-batch' },
  { value: 'momentum', label: 'momentum vs plain' },
];

/** The mini-batch size offered first: small enough to be visibly noisy on the presets. */
export const DEFAULT_COMPARE_BATCH = 10;
/** η against 4η, as docs/design.md races them. */
export const DEFAULT_ETA_FACTOR = 4;

/** A choice of `kind` with the other value filled in from run A's configuration. */
export function defaultChoice(kind: CompareKind, a: TrainingConfig): CompareChoice {
  return {
    kind,
    learningRate: a.optimizer.learningRate * DEFAULT_ETA_FACTOR,
    batchSize: DEFAULT_COMPARE_BATCH,
  };
}

/** How many points the data has (a full batch is 0 or at least this many). */
export function pointCount(data: DataSource): number {
  return data.kind === 'preset' ? data.n : data.labels.length;
}

/** The rule each run is compared against: plain gradient descent. */
const PLAIN: UpdateRule = 'gradientDescent';

const ruleName = (rule: UpdateRule) => RULE_VIEWS[rule].name;

const isFullBatch = (config: TrainingConfig) =>
  config.optimizer.batchSize === 0 || config.optimizer.batchSize >= pointCount(config.data);

/** The one setting a run is told apart by, in words: "η = 4", "mini-batch of 10". */
export function describeSetting(kind: CompareKind, config: TrainingConfig): string {
  const { optimizer, objective } = config;
  switch (kind) {
    case 'loss':
      return LOSS_NAMES[objective.loss];
    case 'learningRate':
      return `η = ${formatSetting(optimizer.learningRate)}`;
    case 'newton':
      return ruleName(optimizer.rule);
    case 'batch':
      if (!usesSetting(optimizer.rule, 'batchSize') || isFullBatch(config)) return 'full batch';
      return optimizer.batchSize === 1
        ? 'stochastic (batch of 1)'
        : `mini-batch of ${formatCount(optimizer.batchSize)}`;
    case 'momentum':
      if (usesSetting(optimizer.rule, 'momentum')) {
        return `${ruleName(optimizer.rule)} β = ${formatSetting(optimizer.momentum)}`;
      }
      return optimizer.rule === PLAIN ? `plain ${ruleName(PLAIN)}` : ruleName(optimizer.rule);
  }
}

export interface Comparison {
  /** Run B's configuration. */
  readonly config: TrainingConfig;
  /** What each run is, in the words of the difference: "cross-entropy", "squared error". */
  readonly labelA: string;
  readonly labelB: string;
  /** Why run B cannot run with this choice (it is not started then), or null. */
  readonly problem: string | null;
}

/** Run B's optimizer or objective for the choice, the rest of run A's configuration kept. */
function changed(a: TrainingConfig, choice: CompareChoice): TrainingConfig {
  const { optimizer, objective } = a;
  switch (choice.kind) {
    case 'loss':
      return {
        ...a,
        objective: {
          ...objective,
          loss: objective.loss === 'crossEntropy' ? 'squaredError' : 'crossEntropy',
        },
      };
    case 'learningRate':
      return { ...a, optimizer: { ...optimizer, learningRate: choice.learningRate } };
    case 'newton':
      return {
        ...a,
        optimizer: {
          ...optimizer,
          rule: optimizer.rule === 'newton' ? PLAIN : 'newton',
        },
      };
    case 'batch':
      return {
        ...a,
        optimizer: { ...optimizer, batchSize: isFullBatch(a) ? choice.batchSize : 0 },
      };
    case 'momentum':
      return {
        ...a,
        optimizer: {
          ...optimizer,
          rule: optimizer.rule === 'momentum' ? PLAIN : 'momentum',
        },
      };
  }
}

/** Why the choice compares nothing or cannot run, given run A's settings; null when it is fine. */
function choiceProblem(a: TrainingConfig, b: TrainingConfig, choice: CompareChoice): string | null {
  const engineProblem = settingsProblem(b.objective, b.optimizer);
  if (engineProblem) return engineProblem;
  const ruleA = a.optimizer.rule;
  const nameA = ruleName(ruleA);
  const choosePlain = `choose ${ruleName(PLAIN)}`;
  switch (choice.kind) {
    case 'learningRate':
      if (!usesSetting(ruleA, 'learningRate')) {
        return `${nameA} takes no learning rate: ${choosePlain} first.`;
      }
      if (choice.learningRate === a.optimizer.learningRate) {
        return 'Run B’s learning rate is run A’s: choose another.';
      }
      return null;
    case 'batch':
      if (!usesSetting(ruleA, 'batchSize')) {
        return `${nameA} always uses the full batch: ${choosePlain}.`;
      }
      if (isFullBatch(b)) {
        return `A batch of ${formatCount(choice.batchSize)} is the full batch here: choose fewer than ${formatCount(pointCount(a.data))} points.`;
      }
      return null;
    case 'momentum':
      // Momentum against plain descent: from any other rule, the comparison is not that one.
      if (ruleA !== PLAIN && ruleA !== 'momentum') {
        return `${nameA} has no momentum: ${choosePlain} first.`;
      }
      return null;
    default:
      return null;
  }
}

/** Run B for this choice: its configuration, the two runs' names and whether it can run. */
export function comparisonFor(a: TrainingConfig, choice: CompareChoice): Comparison {
  const config = changed(a, choice);
  return {
    config,
    labelA: describeSetting(choice.kind, a),
    labelB: describeSetting(choice.kind, config),
    problem: choiceProblem(a, config, choice),
  };
}

/** Two runs are on different loss surfaces (two figures) when their objectives differ. */
export function sameSurface(a: TrainingConfig, b: TrainingConfig): boolean {
  return JSON.stringify(a.objective) === JSON.stringify(b.objective);
}

/** What run B must do after its derived configuration changed from `before` to `after`. */
export type FollowAction =
  /** Run A started afresh from θ (a click on the surface): run B starts from the same θ. */
  | { readonly kind: 'start'; readonly theta: readonly number[] }
  /** Data, features or start changed (run A started afresh): a new run. */
  | { readonly kind: 'load' }
  /** Only live settings changed (run A goes on with them): run B goes on with its own. */
  | { readonly kind: 'settings'; readonly settings: LiveSettings }
  | { readonly kind: 'speed'; readonly speed: number };

const same = (x: unknown, y: unknown) => x === y || JSON.stringify(x) === JSON.stringify(y);

/**
 * What run B must do when its derived configuration changes from `before` to `after`: a new run
 * (which takes everything), or a new start θ, the live settings and the speed, in that order.
 */
export function followActions(before: TrainingConfig, after: TrainingConfig): FollowAction[] {
  if (!same(before.data, after.data) || !same(before.features, after.features)) {
    return [{ kind: 'load' }];
  }
  const actions: FollowAction[] = [];
  if (!same(before.initialization, after.initialization)) {
    // A point is cheap to start from (no new run: a drag on the surface sends one per frame).
    if (after.initialization.kind !== 'point') return [{ kind: 'load' }];
    actions.push({ kind: 'start', theta: after.initialization.theta });
  }
  if (
    !same(before.objective, after.objective) ||
    !same(before.optimizer, after.optimizer) ||
    before.tolerance !== after.tolerance
  ) {
    const { objective, optimizer, tolerance } = after;
    actions.push({ kind: 'settings', settings: { objective, optimizer, tolerance } });
  }
  if (before.speed !== after.speed) actions.push({ kind: 'speed', speed: after.speed });
  return actions;
}
