/**
 * The configuration as text, for a shared link (the part after #) and for local storage. Pure:
 * strings in, a configuration out, no `window`. Decoding never throws: whatever the text, it
 * gives a runnable configuration, with a notice for each value it could not use (replaced by the
 * default) or had to bring into range (clamped).
 *
 * Each setting's key and codec is in configFields.ts, the user's points' packing in pointsCodec.ts;
 * here they are strung together, with what concerns the text as a whole: unknown and repeated
 * keys, the points a link leaves out, and settings that are fine alone but do not run together.
 */
import { generatePreset, settingsProblem, splitProblem } from '../engine';
import type { DataSource, TrainingConfig } from './config';
import { DEFAULT_CONFIG, splitOf } from './config';
import type { Purpose } from './configFields';
import { FIELDS } from './configFields';
import { MAX_LINK_POINTS } from './pointsCodec';
import { shorten } from './userText';

export type { Purpose } from './configFields';

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
    config = { ...config, optimizer: { ...config.optimizer, rule: DEFAULT_CONFIG.optimizer.rule } };
  }
  // A share in range may still not split these points (too few to hold any out, or a class left
  // without training points): the run is kept, with nothing held out.
  const split = splitOf(config);
  if (split.percent > 0) {
    const problem = splitProblem(labelsOf(config.data), split.percent, split.seed);
    if (problem) {
      notice(`The held-out share cannot be used: ${problem}. Nothing is held out.`);
      config = { ...config, split: { ...split, percent: 0 } };
    }
  }
  return { config, notices };
}

/** The labels of a data source; a preset's are generated (its seed fixes them). */
export function labelsOf(data: DataSource): ArrayLike<number> {
  if (data.kind === 'points') return data.labels;
  try {
    return generatePreset(data.preset, data).labels;
  } catch {
    return [];
  }
}
