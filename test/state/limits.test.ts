import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settingsProblem } from '../../src/engine';
import { DEFAULT_CONFIG, splitOf, type TrainingConfig } from '../../src/state/config';
import type { LimitKey } from '../../src/state/limits';
import { clampSetting, LIMITS, limitsProblem, withinLimit } from '../../src/state/limits';
import { decodeConfig, encodeConfig } from '../../src/state/link';
import { parseSetting } from '../../src/ui/settings/parse';

/** Where each limited setting sits in a configuration (a Record: every limit must have one). */
const SETTINGS: Record<
  LimitKey,
  {
    readonly set: (config: TrainingConfig, value: number) => TrainingConfig;
    readonly get: (config: TrainingConfig) => number;
  }
> = {
  n: {
    set: (c, n) => ({ ...c, data: { ...DEFAULT_CONFIG.data, n } }),
    get: (c) => (c.data.kind === 'preset' ? c.data.n : NaN),
  },
  noise: {
    set: (c, noise) => ({ ...c, data: { ...DEFAULT_CONFIG.data, noise } }),
    get: (c) => (c.data.kind === 'preset' ? c.data.noise : NaN),
  },
  dataSeed: {
    set: (c, seed) => ({ ...c, data: { ...DEFAULT_CONFIG.data, seed } }),
    get: (c) => (c.data.kind === 'preset' ? c.data.seed : NaN),
  },
  // On 1,000 points, so that even 1 % holds out some of each class.
  heldOut: {
    set: (c, percent) => ({
      ...c,
      data: { ...DEFAULT_CONFIG.data, n: 1000 },
      split: { percent, seed: 1 },
    }),
    get: (c) => splitOf(c).percent,
  },
  // A seed is written only with a share held out.
  splitSeed: {
    set: (c, seed) => ({ ...c, split: { percent: 20, seed } }),
    get: (c) => splitOf(c).seed,
  },
  degree: {
    set: (c, degree) => ({ ...c, features: { ...c.features, degree } }),
    get: (c) => c.features.degree,
  },
  lambda: {
    set: (c, lambda) => ({
      ...c,
      objective: { ...c.objective, regularization: { kind: 'l2', lambda } },
    }),
    get: (c) => c.objective.regularization.lambda,
  },
  learningRate: {
    set: (c, learningRate) => ({ ...c, optimizer: { ...c.optimizer, learningRate } }),
    get: (c) => c.optimizer.learningRate,
  },
  batchSize: {
    set: (c, batchSize) => ({ ...c, optimizer: { ...c.optimizer, batchSize } }),
    get: (c) => c.optimizer.batchSize,
  },
  momentum: {
    set: (c, momentum) => ({ ...c, optimizer: { ...c.optimizer, rule: 'momentum', momentum } }),
    get: (c) => c.optimizer.momentum,
  },
  shuffleSeed: {
    set: (c, seed) => ({ ...c, optimizer: { ...c.optimizer, seed } }),
    get: (c) => c.optimizer.seed,
  },
  initSeed: {
    set: (c, seed) => ({ ...c, initialization: { kind: 'random', seed } }),
    get: (c) => (c.initialization.kind === 'random' ? c.initialization.seed : NaN),
  },
  speed: { set: (c, speed) => ({ ...c, speed }), get: (c) => c.speed },
  tolerance: { set: (c, tolerance) => ({ ...c, tolerance }), get: (c) => c.tolerance },
};

const KEYS = Object.keys(LIMITS) as LimitKey[];

/** Any value a setting takes: its bounds, its initial value, and values between. */
const valueOf = (key: LimitKey): fc.Arbitrary<number> => {
  const { min, max, integer, initial } = LIMITS[key];
  const between = integer
    ? fc.integer({ min, max })
    : fc.double({ min, max, noNaN: true }).map((v) => (v === 0 ? 0 : v));
  return fc.oneof(fc.constantFrom(min, max, initial), between);
};

describe('one set of limits (state/limits.ts)', () => {
  it('every initial value is within its limits and is the default configuration’s', () => {
    for (const key of KEYS) {
      expect(withinLimit(key, LIMITS[key].initial), key).toBe(true);
      if (key !== 'initSeed')
        expect(SETTINGS[key].get(DEFAULT_CONFIG), key).toBe(LIMITS[key].initial);
    }
  });

  it('every value within a setting’s limits goes through a link and back unchanged', () => {
    for (const key of KEYS) {
      fc.assert(
        fc.property(valueOf(key), (value) => {
          const config = SETTINGS[key].set(DEFAULT_CONFIG, value);
          const decoded = decodeConfig(encodeConfig(config).text);
          expect(decoded.notices, key).toEqual([]);
          expect(SETTINGS[key].get(decoded.config), key).toBe(value);
          // …and typed into the page it is taken as it is.
          expect(parseSetting(key, String(value)), key).toEqual({ value });
        }),
        { numRuns: 50 },
      );
    }
  });

  it('a value beyond a limit is brought to it the same way typed into the page and in a link', () => {
    for (const key of KEYS) {
      const { min, max, integer } = LIMITS[key];
      // One unit past each end, a number far out, and a tenth of a positive minimum.
      const outside = [max * 10 + 1, max + 1, min - 1, ...(min > 0 && !integer ? [min / 10] : [])];
      for (const value of outside) {
        const config = SETTINGS[key].set(DEFAULT_CONFIG, value);
        const decoded = decodeConfig(encodeConfig(config).text);
        const expected = value > max ? max : min;
        expect(SETTINGS[key].get(decoded.config), `${key} ${value}`).toBe(expected);
        const typed = parseSetting(key, String(value));
        expect(typed, `${key} ${value}`).toEqual({ value: expected, notice: decoded.notices[0] });
        expect(decoded.notices).toEqual([clampSetting(key, value).notice]);
        expect(decoded.notices[0]).toContain(`out of range (${min} to ${max})`);
      }
    }
  });

  it('what the limits allow, the engine runs; what they do not, the page refuses to send', () => {
    const live = fc.record({
      learningRate: valueOf('learningRate'),
      batchSize: valueOf('batchSize'),
      momentum: valueOf('momentum'),
      seed: valueOf('shuffleSeed'),
      lambda: valueOf('lambda'),
      tolerance: valueOf('tolerance'),
    });
    fc.assert(
      fc.property(live, ({ lambda, tolerance, ...rest }) => {
        const settings = {
          objective: {
            loss: 'crossEntropy' as const,
            regularization: { kind: 'l2' as const, lambda },
          },
          optimizer: { ...DEFAULT_CONFIG.optimizer, ...rest },
          tolerance,
        };
        expect(limitsProblem(settings)).toBeNull();
        expect(settingsProblem(settings.objective, settings.optimizer)).toBeNull();
      }),
    );
    const base = { ...DEFAULT_CONFIG, tolerance: DEFAULT_CONFIG.tolerance };
    expect(
      limitsProblem({ ...base, optimizer: { ...base.optimizer, learningRate: 1000 } }),
    ).toMatch(/learning rate must be from 0.0001 to 100/);
    expect(limitsProblem({ ...base, optimizer: { ...base.optimizer, momentum: 0.9999 } })).toMatch(
      /momentum β/,
    );
    expect(limitsProblem({ ...base, optimizer: { ...base.optimizer, batchSize: 2.5 } })).toMatch(
      /batch size must be a whole number/,
    );
  });
});
