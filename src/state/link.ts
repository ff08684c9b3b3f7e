/**
 * The configuration as text, for a shared link (the part after #) and for local storage. Pure:
 * strings in, a configuration out, no `window`. Decoding never throws: whatever the text, it
 * gives a runnable configuration, with a notice for each value it could not use (replaced by the
 * default) or had to bring into range (clamped).
 *
 * One table (FIELDS) lists every setting with its key in the text; each says whether it goes into
 * the link and into local storage.
 */
import { strFromU8, strToU8, deflateSync } from 'fflate';
import type { PresetKind } from '../engine';
import { PRESET_KINDS, settingsProblem } from '../engine';
import type { DataSource, Initialization, PointsSource, TrainingConfig } from './config';
import { DEFAULT_CONFIG } from './config';
import { inflateLimited } from './inflateLimited';
import type { LimitKey } from './limits';
import { clampSetting, LIMITS, MAX_POINTS } from './limits';

export type Purpose = 'link' | 'storage';

export interface Decoded {
  readonly config: TrainingConfig;
  /** What could not be used as it was, in words for the user. */
  readonly notices: readonly string[];
}

export interface Encoded {
  readonly text: string;
  /** Set when the data's points were left out (too many for a link). */
  readonly omitted: string | null;
}

/** Points up to this many travel in a link; more stay in local storage only. */
export const MAX_LINK_POINTS = 2000;
export { MAX_POINTS };

/** Reads and writes one setting of the configuration as a string. */
interface Field {
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

/** The longest user text kept as it is in a notice or a name. */
export const MAX_NAME_LENGTH = 40;

/** User text in a notice or a name: cut short, so a hostile link cannot flood the page. */
export function shorten(text: string): string {
  return text.length > MAX_NAME_LENGTH ? `${text.slice(0, MAX_NAME_LENGTH)}…` : text;
}

/**
 * `name` with `suffix` ("(column 3)") that shorten() leaves as it is: the name is cut to make
 * room, so two names made distinct by their suffixes stay distinct through a link and storage.
 */
export function withSuffix(name: string, suffix: string): string {
  const whole = `${name} ${suffix}`;
  if (whole.length <= MAX_NAME_LENGTH) return whole;
  return `${name.slice(0, Math.max(0, MAX_NAME_LENGTH - suffix.length - 2))}… ${suffix}`;
}

const presetField = (key: 'n' | 'noise' | 'seed', limit: LimitKey): Field => ({
  key,
  link: true,
  storage: true,
  write: (config) => (config.data.kind === 'preset' ? String(config.data[key]) : null),
  read: (config, text, notice) => {
    if (config.data.kind !== 'preset') return config;
    const value = readNumber(text, limit, notice);
    return value === null ? config : { ...config, data: { ...config.data, [key]: value } };
  },
});

const FIELDS: readonly Field[] = [
  {
    key: 'data',
    link: true,
    storage: true,
    write: (config) => (config.data.kind === 'preset' ? config.data.preset : 'points'),
    read: (config, text, notice) => {
      if (text === 'points') return config; // the `points` field fills it in
      const preset = readChoice<PresetKind>(text, PRESET_KINDS, 'data set', notice);
      return preset === null
        ? config
        : { ...config, data: { ...DEFAULT_CONFIG.data, ...presetPart(config.data), preset } };
    },
  },
  presetField('n', 'n'),
  presetField('noise', 'noise'),
  presetField('seed', 'dataSeed'),
  {
    key: 'points',
    link: true,
    storage: true,
    write: (config) => (config.data.kind === 'points' ? packPoints(config.data) : null),
    read: (config, text, notice, purpose) => {
      const points = unpackPoints(text, purpose === 'link' ? MAX_LINK_POINTS : MAX_POINTS);
      if (typeof points === 'string') {
        notice(`The link's points could not be read (${points}); a preset is used.`);
        return config;
      }
      return { ...config, data: points };
    },
  },
  {
    key: 'standardize',
    link: true,
    storage: true,
    write: (config) => (config.features.standardize ? '1' : '0'),
    read: (config, text, notice) => {
      const value = readChoice(text, ['0', '1'] as const, 'standardization switch', notice);
      return value === null
        ? config
        : { ...config, features: { ...config.features, standardize: value === '1' } };
    },
  },
  {
    key: 'degree',
    link: true,
    storage: true,
    write: (config) => String(config.features.degree),
    read: (config, text, notice) => {
      const degree = readNumber(text, 'degree', notice);
      return degree === null ? config : { ...config, features: { ...config.features, degree } };
    },
  },
  {
    key: 'loss',
    link: true,
    storage: true,
    write: (config) => config.objective.loss,
    read: (config, text, notice) => {
      const loss = readChoice(text, ['crossEntropy', 'squaredError'] as const, 'loss', notice);
      return loss === null ? config : { ...config, objective: { ...config.objective, loss } };
    },
  },
  {
    key: 'reg',
    link: true,
    storage: true,
    write: (config) => config.objective.regularization.kind,
    read: (config, text, notice) => {
      const kind = readChoice(text, ['none', 'l2', 'l1'] as const, 'regularization', notice);
      const regularization = config.objective.regularization;
      return kind === null
        ? config
        : {
            ...config,
            objective: { ...config.objective, regularization: { ...regularization, kind } },
          };
    },
  },
  {
    key: 'lambda',
    link: true,
    storage: true,
    write: (config) => String(config.objective.regularization.lambda),
    read: (config, text, notice) => {
      const lambda = readNumber(text, 'lambda', notice);
      const regularization = config.objective.regularization;
      return lambda === null
        ? config
        : {
            ...config,
            objective: { ...config.objective, regularization: { ...regularization, lambda } },
          };
    },
  },
  {
    key: 'rule',
    link: true,
    storage: true,
    write: (config) => config.optimizer.rule,
    read: (config, text, notice) => {
      const rule = readChoice(
        text,
        ['gradientDescent', 'momentum', 'newton'] as const,
        'optimizer',
        notice,
      );
      return rule === null ? config : { ...config, optimizer: { ...config.optimizer, rule } };
    },
  },
  optimizerField('eta', 'learningRate'),
  optimizerField('batch', 'batchSize'),
  optimizerField('beta', 'momentum'),
  {
    key: 'shuffle',
    link: true,
    storage: true,
    write: (config) => String(config.optimizer.seed),
    read: (config, text, notice) => {
      const seed = readNumber(text, 'shuffleSeed', notice);
      return seed === null ? config : { ...config, optimizer: { ...config.optimizer, seed } };
    },
  },
  {
    key: 'init',
    link: true,
    storage: true,
    write: (config) => writeInitialization(config.initialization),
    read: (config, text, notice) => {
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
  },
  {
    key: 'speed',
    link: true,
    storage: true,
    write: (config) => (config.speed === Infinity ? 'max' : String(config.speed)),
    read: (config, text, notice) => {
      if (text === 'max') return { ...config, speed: Infinity };
      const speed = readNumber(text, 'speed', notice);
      return speed === null ? config : { ...config, speed };
    },
  },
  {
    key: 'tol',
    link: true,
    storage: true,
    write: (config) => String(config.tolerance),
    read: (config, text, notice) => {
      const tolerance = readNumber(text, 'tolerance', notice);
      return tolerance === null ? config : { ...config, tolerance };
    },
  },
];

function optimizerField(key: string, setting: 'learningRate' | 'batchSize' | 'momentum'): Field {
  return {
    key,
    link: true,
    storage: true,
    write: (config) => String(config.optimizer[setting]),
    read: (config, text, notice) => {
      const value = readNumber(text, setting, notice);
      return value === null
        ? config
        : { ...config, optimizer: { ...config.optimizer, [setting]: value } };
    },
  };
}

function presetPart(data: DataSource) {
  return data.kind === 'preset' ? { n: data.n, noise: data.noise, seed: data.seed } : {};
}

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

/**
 * Packed points by source object: a configuration is saved after every change of a setting, and
 * re-packing 100,000 points each time would stall the page for most of a second.
 */
const packed = new WeakMap<PointsSource, string>();

/** The points as deflated JSON in base64url: compact enough for a link of a few hundred points. */
export function packPoints(points: PointsSource): string {
  const cached = packed.get(points);
  if (cached !== undefined) return cached;
  const json = JSON.stringify([points.name, points.featureNames, points.features, points.labels]);
  const text = toBase64Url(deflateSync(strToU8(json), { level: 9 }));
  packed.set(points, text);
  return text;
}

/**
 * The most bytes packed points may inflate to, per point: two features and a label as JSON, each
 * number in full ("-2.2250738585072014e-308,") with room to spare.
 */
const PACKED_BYTES_PER_POINT = 64;
/** …plus the names (cut short once read, but a hand-made link may hold long ones). */
const PACKED_BYTES_NAMES = 64 * 1024;

/**
 * The points packed by packPoints, checked; a string saying what is wrong otherwise. Text that
 * would inflate to more than `maxPoints` points can hold is refused at once, unread.
 */
export function unpackPoints(text: string, maxPoints: number = MAX_POINTS): PointsSource | string {
  const maxBytes = maxPoints * PACKED_BYTES_PER_POINT + PACKED_BYTES_NAMES;
  const tooLarge = `too large: a ${maxPoints === MAX_LINK_POINTS ? 'link' : 'saved session'} holds up to ${maxPoints} points`;
  // Deflated data is never much longer than what it inflates to (base64 adds a third): text more
  // than twice the ceiling cannot be points, and is not even decoded.
  if (text.length > ((maxBytes * 4) / 3) * 2) return tooLarge;
  let value: unknown;
  try {
    const inflated = inflateLimited(fromBase64Url(text), maxBytes);
    if (inflated === 'too large') return tooLarge;
    value = JSON.parse(strFromU8(inflated));
  } catch {
    return 'not valid packed data';
  }
  if (!Array.isArray(value) || value.length !== 4) return 'not a list of points';
  const [name, featureNames, features, labels] = value as unknown[];
  const points = checkPoints({ name, featureNames, features, labels });
  if (typeof points === 'string') return points;
  const { labels: checked } = points;
  if (!checked.includes(0) || !checked.includes(1)) return 'both classes are needed';
  return points;
}

/**
 * The parts of a points source read back from text (a link, local storage), checked: one or two
 * named features, finite numbers in matching sizes, labels 0 or 1, names cut short. Either class
 * may be missing (a drawing in progress); a string says what is wrong otherwise.
 */
export function checkPoints(parts: {
  readonly name: unknown;
  readonly featureNames: unknown;
  readonly features: unknown;
  readonly labels: unknown;
}): PointsSource | string {
  const { name, featureNames, features, labels } = parts;
  const isNumbers = (list: unknown): list is number[] =>
    Array.isArray(list) && list.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (
    typeof name !== 'string' ||
    !Array.isArray(featureNames) ||
    !featureNames.every((f) => typeof f === 'string')
  ) {
    return 'names missing';
  }
  const d = featureNames.length;
  if (d < 1 || d > 2 || !isNumbers(features) || !isNumbers(labels)) return 'numbers missing';
  let names = featureNames.map((f: string) => shorten(f));
  if (new Set(featureNames).size !== d) return 'feature names repeat';
  // Names that differ only past the cut (saved by an earlier version) are told apart, not lost.
  if (new Set(names).size !== d) names = names.map((f, k) => withSuffix(f, `(feature ${k + 1})`));
  if (labels.length > MAX_POINTS || features.length !== labels.length * d)
    return 'sizes do not match';
  if (!labels.every((y) => y === 0 || y === 1)) return 'labels must be 0 or 1';
  return {
    kind: 'points',
    name: shorten(name),
    featureNames: names,
    features,
    labels,
  };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let k = 0; k < bytes.length; k++) binary += String.fromCharCode(bytes[k]);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function encodeConfig(config: TrainingConfig, purpose: Purpose = 'link'): Encoded {
  const params = new URLSearchParams();
  let omitted: string | null = null;
  for (const field of FIELDS) {
    if (!field[purpose]) continue;
    const value = field.write(config);
    if (value === null) continue;
    if (
      field.key === 'points' &&
      purpose === 'link' &&
      config.data.kind === 'points' &&
      config.data.labels.length > MAX_LINK_POINTS
    ) {
      omitted = `The link leaves out your ${config.data.labels.length} points (a link holds up to ${MAX_LINK_POINTS}); it opens with a preset.`;
      continue;
    }
    params.set(field.key, value);
  }
  return { text: params.toString(), omitted };
}

/**
 * The configuration in `text` (a link's fragment, with or without #), never throwing. Keys in
 * `otherKeys` belong to someone else (the page's state, see pageLink.ts) and pass unremarked.
 */
export function decodeConfig(
  text: string,
  purpose: Purpose = 'link',
  otherKeys: readonly string[] = [],
): Decoded {
  const notices: string[] = [];
  const notice = (message: string) => {
    if (notices.length < 10) notices.push(message);
  };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text.startsWith('#') ? text.slice(1) : text);
  } catch {
    return {
      config: DEFAULT_CONFIG,
      notices: ['The link could not be read; the defaults are used.'],
    };
  }
  const known = new Set([
    ...FIELDS.filter((field) => field[purpose]).map((field) => field.key),
    ...otherKeys,
  ]);
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!known.has(key)) {
      notice(`The setting "${shorten(key)}" is unknown and was ignored.`);
    } else if (!seen.has(key)) {
      seen.add(key);
      // `#eta=0.1&eta=5`: the page takes the first, and says so rather than choose silently.
      const values = params.getAll(key);
      if (values.length > 1) {
        notice(
          `The setting "${key}" is given ${values.length} times (${values
            .map((v) => `"${shorten(v)}"`)
            .slice(0, 3)
            .join(', ')}${values.length > 3 ? ', …' : ''}); the first is used.`,
        );
      }
    }
  }
  let config: TrainingConfig = DEFAULT_CONFIG;
  for (const field of FIELDS) {
    if (!field[purpose]) continue;
    const value = params.get(field.key);
    if (value !== null) config = field.read(config, value, notice, purpose);
  }
  // Each value may be fine alone and the combination still not run (Newton's method with L1).
  const problem = settingsProblem(config.objective, config.optimizer);
  if (problem) {
    notice(`${problem} Gradient descent is used.`);
    config = { ...config, optimizer: { ...config.optimizer, rule: 'gradientDescent' } };
  }
  return { config, notices };
}
