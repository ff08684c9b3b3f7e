import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  LOSS_KINDS,
  PRESET_KINDS,
  REGULARIZATION_KINDS,
  settingsProblem,
  UPDATE_RULE_IDS,
  validateDataset,
} from '../../src/engine';
import { CHAPTERS } from '../../src/story/chapters';
import { DEFAULT_CONFIG, type TrainingConfig } from '../../src/state/config';
import { decodeConfig, encodeConfig, type Purpose } from '../../src/state/link';
import {
  configPart,
  decodePageState,
  encodePageState,
  HIDEABLE,
  joinFragment,
  PAGE_KEYS,
} from '../../src/state/pageLink';
import { chooseStartupConfig } from '../../src/ui/io/startupConfig';
import { prepareRun, RefusedError } from '../../src/worker/run';
import { Trainer } from '../../src/worker/trainer';

/**
 * The link decoders against links a person or a chat program mangled: arbitrary text, and valid
 * links cut short, with characters dropped, added or changed, parameters repeated or swapped, and
 * the packed points corrupted. Whatever comes in, the decoders must not throw and must give a
 * configuration that runs: settings the optimizer accepts, and data the engine validates.
 * (link.test.ts checks the round trip and the single notices; this is the fuzz.)
 */

const IDS = CHAPTERS.map((chapter) => chapter.id);

/** A configuration a user could share: a preset or a few points of their own. */
const sharedConfig: fc.Arbitrary<TrainingConfig> = fc.record({
  data: fc.oneof(
    fc.record({
      kind: fc.constant('preset' as const),
      preset: fc.constantFrom(...PRESET_KINDS),
      n: fc.integer({ min: 2, max: 400 }),
      noise: fc.double({ min: 0, max: 2, noNaN: true }),
      seed: fc.integer({ min: 0, max: 1000 }),
    }),
    fc.integer({ min: 1, max: 2 }).chain((d) =>
      fc.integer({ min: 2, max: 30 }).chain((n) =>
        fc.record({
          kind: fc.constant('points' as const),
          name: fc.string({ maxLength: 12 }),
          featureNames: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), {
            minLength: d,
            maxLength: d,
          }),
          features: fc.array(fc.integer({ min: -1000, max: 1000 }), {
            minLength: n * d,
            maxLength: n * d,
          }),
          labels: fc
            .array(fc.constantFrom(0, 1), { minLength: n - 2, maxLength: n - 2 })
            .map((labels) => [0, 1, ...labels]),
        }),
      ),
    ),
  ),
  features: fc.record({ standardize: fc.boolean(), degree: fc.integer({ min: 1, max: 3 }) }),
  objective: fc.record({
    loss: fc.constantFrom(...LOSS_KINDS),
    regularization: fc.record({
      kind: fc.constantFrom(...REGULARIZATION_KINDS.filter((kind) => kind !== 'l1')),
      lambda: fc.double({ min: 0, max: 10, noNaN: true }),
    }),
  }),
  optimizer: fc.record({
    rule: fc.constantFrom(...UPDATE_RULE_IDS),
    learningRate: fc.double({ min: 1e-3, max: 10, noNaN: true }),
    batchSize: fc.integer({ min: 0, max: 50 }),
    momentum: fc.double({ min: 0, max: 0.99, noNaN: true }),
    seed: fc.integer({ min: 0, max: 1000 }),
  }),
  initialization: fc.constant(DEFAULT_CONFIG.initialization),
  speed: fc.constantFrom(1, 30, Infinity),
  tolerance: fc.constant(DEFAULT_CONFIG.tolerance),
});

/** What can go wrong with a link in transit. */
type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'duplicate'; index: number }
  | { kind: 'swapValues'; a: number; b: number }
  | { kind: 'decode' };

const position = fc.nat({ max: 10_000 });
const junk = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.constantFrom('&', '=', '%', '%zz', '#', '+', '\u0000', '\ud800', 'e999', '-', 'NaN', ','),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.nat({ max: 8 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: junk }),
  fc.record({ kind: fc.constant('replace' as const), at: position, text: junk }),
  fc.record({ kind: fc.constant('duplicate' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('swapValues' as const), a: fc.nat(), b: fc.nat() }),
  fc.constant({ kind: 'decode' as const }),
);

function mutate(text: string, m: Mutation): string {
  const at = (k: number) => (text.length === 0 ? 0 : k % (text.length + 1));
  const pairs = text.split('&');
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, at(m.at));
    case 'delete':
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length);
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'replace':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at) + m.text.length);
    case 'duplicate':
      return [...pairs, pairs[m.index % pairs.length]].join('&');
    case 'swapValues': {
      // One setting's value under another's key: "eta=newton&rule=0.5".
      const [i, j] = [m.a % pairs.length, m.b % pairs.length];
      const split = (pair: string) => [pair.split('=')[0], pair.slice(pair.indexOf('=') + 1)];
      const [ki, vi] = split(pairs[i]);
      const [kj, vj] = split(pairs[j]);
      const swapped = [...pairs];
      swapped[i] = `${ki}=${vj}`;
      swapped[j] = `${kj}=${vi}`;
      return swapped.join('&');
    }
    case 'decode':
      // A mail program that "helpfully" percent-decodes the link once.
      try {
        return decodeURIComponent(text);
      } catch {
        return text;
      }
  }
}

/**
 * What the page does with a decoded configuration: the settings pass settingsProblem, the data
 * validate, and prepareRun either gives finite features or refuses with a reason (the page then
 * shows it); any other exception, or a NaN, is a bug.
 */
function expectRuns(config: TrainingConfig, notices: readonly string[]): void {
  expect(notices.length).toBeLessThanOrEqual(10);
  for (const notice of notices) expect(notice).not.toMatch(/undefined|\[object/);
  expect(settingsProblem(config.objective, config.optimizer)).toBeNull();
  if (config.data.kind === 'points') {
    const { featureNames, features, labels } = config.data;
    const validation = validateDataset({
      features: Float64Array.from(features),
      labels: Float64Array.from(labels),
      n: labels.length,
      d: featureNames.length,
      featureNames,
    });
    expect(validation.ok).toBe(true);
  }
  try {
    const prepared = prepareRun(config);
    expect(prepared.design.X.every(Number.isFinite)).toBe(true);
  } catch (error) {
    expect(error).toBeInstanceOf(RefusedError);
    expect((error as Error).message).toMatch(/^[A-Z].*\.$/);
  }
}

const purposes: Purpose[] = ['link', 'storage'];

// Each property runs a few hundred decodes, some with prepareRun: well under a second alone, but
// several seconds on a loaded two-core machine. The budget is for a hang, not a speed check.
const FUZZ_TIMEOUT_MS = 60_000;

describe('decodeConfig, fuzzed', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('arbitrary text, for a link and for local storage: never throws, always runs', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.webQueryParameters(),
      fc.webFragments(),
      // Known keys with arbitrary values: the decoder's every reader gets junk.
      fc
        .array(
          fc.tuple(
            fc.constantFrom(
              'data',
              'points',
              'n',
              'noise',
              'seed',
              'degree',
              'std',
              'loss',
              'reg',
              'lambda',
              'rule',
              'eta',
              'batch',
              'beta',
              'init',
              'speed',
              'tol',
              ...PAGE_KEYS,
            ),
            fc.oneof(fc.string({ maxLength: 12 }), junk, fc.double().map(String)),
          ),
          { maxLength: 12 },
        )
        .map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(...purposes), (input, purpose) => {
        const { config, notices } = decodeConfig(input, purpose, PAGE_KEYS);
        expectRuns(config, notices);
      }),
      { numRuns: 600 },
    );
  });

  it('valid links, mangled in transit: never throws, always runs', () => {
    fc.assert(
      fc.property(
        sharedConfig,
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...purposes),
        (config, mutations, purpose) => {
          const text = mutations.reduce(mutate, encodeConfig(config, purpose).text);
          const { config: decoded, notices } = decodeConfig(text, purpose, PAGE_KEYS);
          expectRuns(decoded, notices);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('corrupted packed points fall back to a preset, with a notice, or decode to valid points', () => {
    fc.assert(
      fc.property(
        sharedConfig.filter((config) => config.data.kind === 'points'),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (config, mutations) => {
          const params = new URLSearchParams(encodeConfig(config).text);
          const packed = params.get('points') ?? '';
          params.set('points', mutations.reduce(mutate, packed));
          const { config: decoded, notices } = decodeConfig(params.toString());
          expectRuns(decoded, notices);
          if (decoded.data.kind === 'preset') {
            expect(notices.join(' ')).toMatch(/points could not be read \(.+\); a preset is used/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe(
  'links that disagree with the page, fuzzed (issue 17)',
  { timeout: FUZZ_TIMEOUT_MS },
  () => {
    it('a key given twice, with any values: a notice, never a silent choice', () => {
      const keys = ['eta', 'loss', 'degree', 'init', 'n', 'data', 'speed', 'tol'];
      fc.assert(
        fc.property(
          sharedConfig,
          fc.constantFrom(...keys),
          fc.string({ maxLength: 12 }),
          (config, key, value) => {
            const text = `${encodeConfig(config).text}&${key}=${encodeURIComponent(value)}`;
            const { config: decoded, notices } = decodeConfig(text, 'link', PAGE_KEYS);
            expectRuns(decoded, notices);
            const given = new URLSearchParams(text).getAll(key).length;
            if (given > 1) expect(notices.join(' ')).toContain(`"${key}" is given ${given} times`);
          },
        ),
        { numRuns: 200 },
      );
    });

    it('any start point in a link opens a run that can step, or zeros with the reason', () => {
      const number = fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(1e308, -1e308, 1e-320, 5e-324, 1e8, 99_999_999),
      );
      fc.assert(
        fc.property(
          fc.array(number, { minLength: 1, maxLength: 9 }),
          fc.integer({ min: 1, max: 3 }),
          (theta, degree) => {
            const link = `#degree=${degree}&init=point:${theta.map(String).join(',')}`;
            const { config, notices } = chooseStartupConfig(link, null);
            expectRuns(config, notices);
            const trainer = new Trainer(config, 1);
            expect(trainer.blocked).toBe(false);
            if (config.initialization.kind !== 'point') {
              expect(notices.join(' ')).toMatch(/start|initialization/);
            }
          },
        ),
        { numRuns: 150 },
      );
    });

    it('packed points inflating past what a link holds are refused, never inflated whole', () => {
      fc.assert(
        fc.property(fc.integer({ min: 200_000, max: 2_000_000 }), (size) => {
          const bytes = deflateSync(new Uint8Array(size).fill(48), { level: 9 });
          let binary = '';
          for (const byte of bytes) binary += String.fromCharCode(byte);
          const packed = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
          const { config, notices } = decodeConfig(`points=${packed}`);
          expect(config.data.kind).toBe('preset');
          expect(notices.join(' ')).toMatch(/points could not be read \(too large/);
        }),
        { numRuns: 10 },
      );
    });
  },
);

describe('decodePageState, fuzzed', () => {
  const expectSound = (text: string) => {
    const { state, notices } = decodePageState(text, IDS);
    expect(state.chapter === null || IDS.includes(state.chapter)).toBe(true);
    expect(Number.isInteger(state.scene) && state.scene >= 0 && state.scene < 1000).toBe(true);
    if (state.chapter === null) expect(state.scene).toBe(0);
    expect(typeof state.presenting).toBe('boolean');
    expect(state.hidden.every((part) => (HIDEABLE as readonly string[]).includes(part))).toBe(true);
    expect(new Set(state.hidden).size).toBe(state.hidden.length);
    expect(notices.length).toBeLessThanOrEqual(12);
  };

  it('arbitrary text: never throws, always a page state that exists', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.webFragments(), fc.webQueryParameters()),
        (text) => expectSound(text),
      ),
      { numRuns: 600 },
    );
  });

  it('valid page links, with their configuration, mangled: both halves still decode', () => {
    const pageState = fc.record({
      chapter: fc.constantFrom(null, ...IDS),
      scene: fc.integer({ min: 0, max: 20 }),
      presenting: fc.boolean(),
      hidden: fc.uniqueArray(fc.constantFrom(...HIDEABLE)),
    });
    fc.assert(
      fc.property(
        pageState,
        sharedConfig,
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (state, config, mutations) => {
          const whole = joinFragment(encodeConfig(config).text, encodePageState(state));
          const text = `#${mutations.reduce(mutate, whole)}`;
          expectSound(text);
          const { config: decoded, notices } = decodeConfig(configPart(text), 'link', PAGE_KEYS);
          expectRuns(decoded, notices);
        },
      ),
      { numRuns: 300 },
    );
  });
});
