import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generatePreset,
  LOSS_KINDS,
  PRESET_KINDS,
  REGULARIZATION_KINDS,
  settingsProblem,
  splitProblem,
  UPDATE_RULE_IDS,
} from '../../src/engine';
import { DEFAULT_CONFIG, NO_SPLIT, type TrainingConfig } from '../../src/state/config';
import { LIMITS } from '../../src/state/limits';
import { FIELDS } from '../../src/state/configFields';
import { decodeConfig, encodeConfig } from '../../src/state/link';
import { MAX_LINK_POINTS, packPoints, unpackPoints } from '../../src/state/pointsCodec';
import { prepareRun } from '../../src/worker/run';

const within = (limit: keyof typeof LIMITS) =>
  fc
    .double({ min: LIMITS[limit].min, max: LIMITS[limit].max, noNaN: true })
    .map((v) => (v === 0 ? 0 : v));
const integer = (limit: keyof typeof LIMITS) =>
  fc.integer({ min: LIMITS[limit].min, max: LIMITS[limit].max });

const pointsSource = fc.integer({ min: 1, max: 2 }).chain((d) =>
  fc.integer({ min: 2, max: 40 }).chain((n) =>
    fc.record({
      kind: fc.constant('points' as const),
      name: fc.string({ maxLength: 20 }),
      // Distinct, as an import makes them: the codec refuses repeated names.
      featureNames: fc.uniqueArray(fc.string({ maxLength: 12 }), { minLength: d, maxLength: d }),
      features: fc.array(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => (v === 0 ? 0 : v)),
        { minLength: n * d, maxLength: n * d },
      ),
      labels: fc
        .array(fc.constantFrom(0, 1), { minLength: n - 2, maxLength: n - 2 })
        .map((labels) => [0, 1, ...labels]),
    }),
  ),
);

const presetSource = fc.record({
  kind: fc.constant('preset' as const),
  preset: fc.constantFrom(...PRESET_KINDS),
  n: integer('n'),
  noise: within('noise'),
  seed: integer('dataSeed'),
});

const validConfig: fc.Arbitrary<TrainingConfig> = fc
  .record({
    data: fc.oneof(presetSource, pointsSource),
    split: fc.oneof(
      fc.constant(NO_SPLIT),
      fc.record({ percent: fc.integer({ min: 1, max: 50 }), seed: integer('splitSeed') }),
      fc.record({ percent: integer('heldOut'), seed: integer('splitSeed') }),
    ),
    features: fc.record({ standardize: fc.boolean(), degree: integer('degree') }),
    objective: fc.record({
      loss: fc.constantFrom(...LOSS_KINDS),
      regularization: fc.record({
        kind: fc.constantFrom(...REGULARIZATION_KINDS),
        lambda: within('lambda'),
      }),
    }),
    optimizer: fc.record({
      rule: fc.constantFrom(...UPDATE_RULE_IDS),
      learningRate: within('learningRate'),
      batchSize: integer('batchSize'),
      momentum: within('momentum'),
      seed: integer('shuffleSeed'),
    }),
    initialization: fc.oneof(
      fc.constant({ kind: 'zeros' as const }),
      fc.record({ kind: fc.constant('random' as const), seed: integer('initSeed') }),
      fc.record({
        kind: fc.constant('point' as const),
        theta: fc.array(
          fc.double({ min: -50, max: 50, noNaN: true }).map((v) => (v === 0 ? 0 : v)),
          { minLength: 2, maxLength: 8 },
        ),
      }),
    ),
    speed: fc.oneof(within('speed'), fc.constant(Infinity)),
    tolerance: within('tolerance'),
  })
  .filter((config) => settingsProblem(config.objective, config.optimizer) === null)
  // Checking a split generates the preset's points: kept small, so 300 runs take seconds.
  .map((config) =>
    config.split.percent > 0 && config.data.kind === 'preset' && config.data.n > 2000
      ? { ...config, data: { ...config.data, n: 2 + (config.data.n % 2000) } }
      : config,
  )
  // A split these points cannot take is dropped on decoding, with a notice (tested below).
  .filter((config) => {
    const { percent, seed } = config.split;
    if (percent === 0) return seed === NO_SPLIT.seed;
    const labels =
      config.data.kind === 'points'
        ? config.data.labels
        : generatePreset(config.data.preset, config.data).labels;
    return splitProblem(labels, percent, seed) === null;
  });

describe('the link codec', () => {
  it('gives every setting its own key, the data set’s kind read before its options and points', () => {
    const keys = FIELDS.map((field) => field.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.indexOf('data')).toBeLessThan(keys.indexOf('n'));
    expect(keys.indexOf('data')).toBeLessThan(keys.indexOf('points'));
    // The default configuration writes every field but the points (it is a preset) and the split
    // (it holds nothing out, and a link without a split holds out nothing).
    const written = new URLSearchParams(encodeConfig(DEFAULT_CONFIG).text);
    expect([...written.keys()]).toEqual(
      keys.filter((key) => !['points', 'test', 'testSeed'].includes(key)),
    );
  });

  it('decoding an encoded configuration gives it back, with no notices', () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        const { text, omitted } = encodeConfig(config);
        expect(omitted).toBeNull();
        const decoded = decodeConfig(text);
        expect(decoded.notices).toEqual([]);
        expect(decoded.config).toEqual(config);
        // And through local storage, too.
        expect(decodeConfig(encodeConfig(config, 'storage').text, 'storage').config).toEqual(
          config,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('any string decodes to a configuration that runs, never an exception', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.webQueryParameters(),
      fc.constantFrom(
        '#eta=NaN&n=-5&degree=99&loss=<script>&reg=l3&lambda=1e999&speed=0&init=point:1,x',
        'data=points&points=AAAA',
        'data=points&points=%%%',
        '__proto__=1&constructor=2&rule=newton&reg=l1',
        '#' + 'x'.repeat(10000),
        '#n=2&test=50',
        '#n=3&test=10&testSeed=-1',
        '#test=1e999&testSeed=x',
      ),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        const { config, notices } = decodeConfig(text);
        expect(notices.length).toBeLessThanOrEqual(10);
        expect(settingsProblem(config.objective, config.optimizer)).toBeNull();
        if (config.data.kind === 'preset') expect(() => prepareRun(config)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('clamps values out of range and says so', () => {
    const { config, notices } = decodeConfig('#eta=500&n=1&degree=9&beta=1');
    expect(config.optimizer.learningRate).toBe(100);
    expect(config.data.kind === 'preset' && config.data.n).toBe(2);
    expect(config.features.degree).toBe(6);
    expect(config.optimizer.momentum).toBe(0.999);
    expect(notices.join(' ')).toMatch(
      /learning rate 500 is out of range \(0\.0001 to 100\); 100 is used/,
    );
    expect(notices).toHaveLength(4);
  });

  it('replaces what it cannot read by the default, saying so', () => {
    const { config, notices } = decodeConfig('loss=hinge&eta=fast&data=moons&secret=1');
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(notices).toHaveLength(4);
    expect(notices.join(' ')).toMatch(/loss "hinge" is unknown/);
    expect(notices.join(' ')).toMatch(/"secret" is unknown/);
  });

  it('reads the held-out split, and a link without one (made before it) holds out nothing', () => {
    const { config, notices } = decodeConfig('#data=circles&n=200&test=25&testSeed=7');
    expect(notices).toEqual([]);
    expect(config.split).toEqual({ percent: 25, seed: 7 });
    expect(encodeConfig(config).text).toMatch(/(^|&)test=25&testSeed=7(&|$)/);
    const old = decodeConfig('#data=circles&n=200&eta=0.5');
    expect(old.notices).toEqual([]);
    expect(old.config.split).toEqual(NO_SPLIT);
    // No split: nothing about it is written, so links without one read as they always did.
    expect(encodeConfig(old.config).text).not.toMatch(/test/);
  });

  it('says what is wrong with a held-out share it cannot use, and keeps the rest', () => {
    const notANumber = decodeConfig('#test=half&eta=0.5');
    expect(notANumber.config.split).toEqual(NO_SPLIT);
    expect(notANumber.config.optimizer.learningRate).toBe(0.5);
    expect(notANumber.notices).toEqual([
      'The held-out share (percent) "half" is not a number; the default is used.',
    ]);
    const tooMuch = decodeConfig('#test=80');
    expect(tooMuch.config.split?.percent).toBe(50);
    expect(tooMuch.notices.join(' ')).toMatch(
      /held-out share \(percent\) 80 is out of range \(0 to 50\); 50 is used/,
    );
    // In range, but two points cannot spare one of each class for testing.
    const tooFew = decodeConfig('#n=2&test=50&eta=0.5');
    expect(tooFew.config.split?.percent).toBe(0);
    expect(tooFew.config.optimizer.learningRate).toBe(0.5);
    expect(tooFew.notices.join(' ')).toMatch(
      /held-out share cannot be used: .*no training point of one class.*Nothing is held out/,
    );
    expect(() => prepareRun(tooFew.config)).not.toThrow();
  });

  it('refuses combinations that cannot run: Newton with L1 falls back to gradient descent', () => {
    const { config, notices } = decodeConfig('rule=newton&reg=l1&lambda=0.1');
    expect(config.optimizer.rule).toBe('gradientDescent');
    expect(notices.join(' ')).toMatch(/L1/);
  });

  it('leaves too many points out of a link, saying so, but keeps them for local storage', () => {
    const n = MAX_LINK_POINTS + 1;
    const config: TrainingConfig = {
      ...DEFAULT_CONFIG,
      data: {
        kind: 'points',
        name: 'big.csv',
        featureNames: ['a'],
        features: Array.from({ length: n }, (_, i) => i),
        labels: Array.from({ length: n }, (_, i) => i % 2),
      },
    };
    const link = encodeConfig(config);
    expect(link.omitted).toMatch(/leaves out your 2001 points/);
    expect(decodeConfig(link.text).config.data.kind).toBe('preset');
    expect(decodeConfig(encodeConfig(config, 'storage').text, 'storage').config.data).toEqual(
      config.data,
    );
  });

  it('packs a few hundred points into a short text', () => {
    const points = {
      kind: 'points' as const,
      name: 'scores.csv',
      featureNames: ['exam 1', 'exam 2'],
      features: Array.from({ length: 400 }, (_, i) => Math.round(Math.sin(i) * 5000) / 100 || 0),
      labels: Array.from({ length: 200 }, (_, i) => i % 2),
    };
    const packed = packPoints(points);
    expect(packed.length).toBeLessThan(3000);
    expect(unpackPoints(packed)).toEqual(points);
    expect(unpackPoints('not-base64!')).toBe('not valid packed data');
    expect(unpackPoints(packPoints({ ...points, featureNames: ['a', 'a'] }))).toBe(
      'feature names repeat',
    );
  });
});
