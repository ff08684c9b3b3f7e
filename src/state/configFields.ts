/**
 * Every setting of the configuration as text: its key in a link or a saved session, how it is
 * written, and how it is read back (checked, clamped to its limits, with a notice for what could
 * not be used). link.ts strings them together.
 *
 * The table follows the configuration's own shape (TrainingConfig, and inside it each part's
 * settings), and its type requires one entry per key: a new setting does not compile until it is
 * given a field here, which is the decision whether and how a link carries it.
 */
import type {
  FeatureSettings,
  Objective,
  OptimizerSettings,
  PresetKind,
  PresetOptions,
  Regularization,
} from '../engine';
import { LOSS_KINDS, PRESET_KINDS, REGULARIZATION_KINDS, UPDATE_RULE_IDS } from '../engine';
import type { DataSource, Initialization, SplitSettings, TrainingConfig } from './config';
import { DEFAULT_CONFIG, splitOf } from './config';
import type { LimitKey } from './limits';
import { clampSetting, LIMITS, MAX_POINTS } from './limits';
import { MAX_LINK_POINTS, packPoints, unpackPoints } from './pointsCodec';
import { shorten } from './userText';

export type Purpose = 'link' | 'storage';

/** Reads and writes one setting of the configuration as a string. */
export interface Field {
  readonly key: string;
  readonly link: boolean;
  readonly storage: boolean;
  /** The value as text, or null when it is not part of this configuration. */
  write(config: TrainingConfig): string | null;
  /** The configuration with this field's value read from `text` (notices for what was wrong). */
  read(
    config: TrainingConfig,
    text: string,
    notice: (message: string) => void,
    purpose: Purpose,
  ): TrainingConfig;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The number in `text`, brought into the setting's range (limits.ts, with the notice a typed value
 * gets), or null (with a notice) when it is not one.
 */
function readNumber(
  text: string,
  limit: LimitKey,
  notice: (message: string) => void,
): number | null {
  if (!NUMBER.test(text) || !Number.isFinite(Number(text))) {
    notice(`The ${LIMITS[limit].label} "${shorten(text)}" is not a number; the default is used.`);
    return null;
  }
  const clamped = clampSetting(limit, Number(text));
  if (clamped.notice !== null) notice(clamped.notice);
  return clamped.value;
}

function readChoice<T extends string>(
  text: string,
  choices: readonly T[],
  label: string,
  notice: (message: string) => void,
): T | null {
  if ((choices as readonly string[]).includes(text)) return text as T;
  notice(`The ${label} "${shorten(text)}" is unknown; the default is used.`);
  return null;
}

/** A field in both the link and the saved session (all of them, today). */
const field = (key: string, write: Field['write'], read: Field['read']): Field => ({
  key,
  link: true,
  storage: true,
  write,
  read,
});

const presetField = (key: keyof PresetOptions, limit: LimitKey): Field =>
  field(
    key,
    (config) => (config.data.kind === 'preset' ? String(config.data[key]) : null),
    (config, text, notice) => {
      if (config.data.kind !== 'preset') return config;
      const value = readNumber(text, limit, notice);
      return value === null ? config : { ...config, data: { ...config.data, [key]: value } };
    },
  );

const optimizerNumber = (
  key: string,
  setting: 'learningRate' | 'batchSize' | 'momentum' | 'seed',
  limit: LimitKey,
): Field =>
  field(
    key,
    (config) => String(config.optimizer[setting]),
    (config, text, notice) => {
      const value = readNumber(text, limit, notice);
      return value === null
        ? config
        : { ...config, optimizer: { ...config.optimizer, [setting]: value } };
    },
  );

const withRegularization = (config: TrainingConfig, change: Partial<Regularization>) => ({
  ...config,
  objective: {
    ...config.objective,
    regularization: { ...config.objective.regularization, ...change },
  },
});

function presetPart(data: DataSource) {
  return data.kind === 'preset' ? { n: data.n, noise: data.noise, seed: data.seed } : {};
}

/** The data: a preset (its kind, then its options) or the user's own points. */
const DATA_FIELDS = {
  preset: field(
    'data',
    (config) => (config.data.kind === 'preset' ? config.data.preset : 'points'),
    (config, text, notice) => {
      if (text === 'points') return config; // the `points` field fills it in
      const preset = readChoice<PresetKind>(text, PRESET_KINDS, 'data set', notice);
      return preset === null
        ? config
        : { ...config, data: { ...DEFAULT_CONFIG.data, ...presetPart(config.data), preset } };
    },
  ),
  n: presetField('n', 'n'),
  noise: presetField('noise', 'noise'),
  seed: presetField('seed', 'dataSeed'),
  points: field(
    'points',
    (config) => (config.data.kind === 'points' ? packPoints(config.data) : null),
    (config, text, notice, purpose) => {
      const points = unpackPoints(text, purpose === 'link' ? MAX_LINK_POINTS : MAX_POINTS);
      if (typeof points === 'string') {
        notice(`The link's points could not be read (${points}); a preset is used.`);
        return config;
      }
      return { ...config, data: points };
    },
  ),
} satisfies Record<'preset' | keyof PresetOptions | 'points', Field>;

/**
 * The split (held-out points), written only when there is one: a link without it, as every link
 * made before it, holds out nothing.
 */
const SPLIT_FIELDS = {
  percent: field(
    'test',
    (config) => (splitOf(config).percent !== 0 ? String(splitOf(config).percent) : null),
    (config, text, notice) => {
      const percent = readNumber(text, 'heldOut', notice);
      return percent === null ? config : { ...config, split: { ...splitOf(config), percent } };
    },
  ),
  seed: field(
    'testSeed',
    (config) => (splitOf(config).percent !== 0 ? String(splitOf(config).seed) : null),
    (config, text, notice) => {
      const seed = readNumber(text, 'splitSeed', notice);
      return seed === null ? config : { ...config, split: { ...splitOf(config), seed } };
    },
  ),
} satisfies Record<keyof SplitSettings, Field>;

const FEATURE_FIELDS = {
  standardize: field(
    'standardize',
    (config) => (config.features.standardize ? '1' : '0'),
    (config, text, notice) => {
      const value = readChoice(text, ['0', '1'] as const, 'standardization switch', notice);
      return value === null
        ? config
        : { ...config, features: { ...config.features, standardize: value === '1' } };
    },
  ),
  degree: field(
    'degree',
    (config) => String(config.features.degree),
    (config, text, notice) => {
      const degree = readNumber(text, 'degree', notice);
      return degree === null ? config : { ...config, features: { ...config.features, degree } };
    },
  ),
} satisfies Record<keyof FeatureSettings, Field>;

const OBJECTIVE_FIELDS = {
  loss: field(
    'loss',
    (config) => config.objective.loss,
    (config, text, notice) => {
      const loss = readChoice(text, LOSS_KINDS, 'loss', notice);
      return loss === null ? config : { ...config, objective: { ...config.objective, loss } };
    },
  ),
  regularization: {
    kind: field(
      'reg',
      (config) => config.objective.regularization.kind,
      (config, text, notice) => {
        const kind = readChoice(text, REGULARIZATION_KINDS, 'regularization', notice);
        return kind === null ? config : withRegularization(config, { kind });
      },
    ),
    lambda: field(
      'lambda',
      (config) => String(config.objective.regularization.lambda),
      (config, text, notice) => {
        const lambda = readNumber(text, 'lambda', notice);
        return lambda === null ? config : withRegularization(config, { lambda });
      },
    ),
  } satisfies Record<keyof Regularization, Field>,
} satisfies Record<keyof Objective, Field | Record<string, Field>>;

const OPTIMIZER_FIELDS = {
  rule: field(
    'rule',
    (config) => config.optimizer.rule,
    (config, text, notice) => {
      const rule = readChoice(text, UPDATE_RULE_IDS, 'optimizer', notice);
      return rule === null ? config : { ...config, optimizer: { ...config.optimizer, rule } };
    },
  ),
  learningRate: optimizerNumber('eta', 'learningRate', 'learningRate'),
  batchSize: optimizerNumber('batch', 'batchSize', 'batchSize'),
  momentum: optimizerNumber('beta', 'momentum', 'momentum'),
  seed: optimizerNumber('shuffle', 'seed', 'shuffleSeed'),
} satisfies Record<keyof OptimizerSettings, Field>;

const INITIALIZATION_FIELD = field(
  'init',
  (config) => writeInitialization(config.initialization),
  (config, text, notice) => {
    // A random start's seed is a limited setting: out of range it is clamped, as typed.
    if (text.startsWith('random:')) {
      const seed = readNumber(text.slice('random:'.length), 'initSeed', notice);
      return seed === null ? config : { ...config, initialization: { kind: 'random', seed } };
    }
    const initialization = readInitialization(text);
    if (initialization === null) {
      notice(`The initialization "${shorten(text)}" is not understood; zeros are used.`);
      return config;
    }
    return { ...config, initialization };
  },
);

/**
 * One entry per key of the configuration, each part's settings in turn. Read in this order: the
 * data set's kind comes before its options and points, which fill it in.
 */
const FIELDS_BY_SETTING = {
  data: DATA_FIELDS,
  split: SPLIT_FIELDS,
  features: FEATURE_FIELDS,
  objective: OBJECTIVE_FIELDS,
  optimizer: OPTIMIZER_FIELDS,
  initialization: INITIALIZATION_FIELD,
  speed: field(
    'speed',
    (config) => (config.speed === Infinity ? 'max' : String(config.speed)),
    (config, text, notice) => {
      if (text === 'max') return { ...config, speed: Infinity };
      const speed = readNumber(text, 'speed', notice);
      return speed === null ? config : { ...config, speed };
    },
  ),
  tolerance: field(
    'tol',
    (config) => String(config.tolerance),
    (config, text, notice) => {
      const tolerance = readNumber(text, 'tolerance', notice);
      return tolerance === null ? config : { ...config, tolerance };
    },
  ),
} satisfies Record<keyof TrainingConfig, FieldTree>;

type FieldTree = Field | { readonly [setting: string]: FieldTree };

const isField = (tree: FieldTree): tree is Field => typeof tree.read === 'function';

function flatten(tree: FieldTree): Field[] {
  return isField(tree) ? [tree] : Object.values(tree).flatMap(flatten);
}

/** The fields in reading order, with distinct keys (a test checks). */
export const FIELDS: readonly Field[] = flatten(FIELDS_BY_SETTING);

function writeInitialization(init: Initialization): string {
  if (init.kind === 'zeros') return 'zeros';
  if (init.kind === 'random') return `random:${init.seed}`;
  return `point:${init.theta.map(String).join(',')}`;
}

function readInitialization(text: string): Initialization | null {
  if (text === 'zeros') return { kind: 'zeros' };
  const [kind, rest] = [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1)];
  if (kind === 'point') {
    const parts = rest.split(',');
    if (parts.length >= 2 && parts.length <= 64 && parts.every((part) => NUMBER.test(part))) {
      const theta = parts.map(Number);
      if (theta.every(Number.isFinite)) return { kind: 'point', theta };
    }
  }
  return null;
}
