import { describe, expect, it } from 'vitest';
import { UPDATE_RULE_IDS, usesSetting, type UpdateRule } from '../../../src/engine';
import { DEFAULT_CONFIG } from '../../../src/state/config';
import type { TrainingConfig } from '../../../src/state/config';
import type { CompareKind } from '../../../src/ui/compare/variant';
import { RULE_VIEWS } from '../../../src/ui/rules/ruleViews';
import {
  comparisonFor,
  defaultChoice,
  followActions,
  sameSurface,
} from '../../../src/ui/compare/variant';

const A: TrainingConfig = DEFAULT_CONFIG;
const choose = (kind: CompareKind, a: TrainingConfig = A) =>
  comparisonFor(a, defaultChoice(kind, a));
const withRule = (rule: UpdateRule): TrainingConfig => ({
  ...A,
  optimizer: { ...A.optimizer, rule },
});

/** Every key of run B's configuration except those named is run A's, value for value. */
function expectOnlyChanged(b: TrainingConfig, a: TrainingConfig, changed: string[]): void {
  const strip = (c: TrainingConfig) => {
    const copy = JSON.parse(JSON.stringify(c)) as Record<string, Record<string, unknown>>;
    for (const path of changed) {
      const [key, sub] = path.split('.');
      if (sub) delete copy[key][sub];
      else delete copy[key];
    }
    return copy;
  };
  expect(strip(b)).toEqual(strip(a));
}

describe('comparisonFor', () => {
  it('loss: run B minimizes the other loss, everything else (data, start, seed) as run A', () => {
    const { config, labelA, labelB, problem } = choose('loss');
    expect(config.objective.loss).toBe('squaredError');
    expectOnlyChanged(config, A, ['objective.loss']);
    expect([labelA, labelB, problem]).toEqual(['cross-entropy', 'squared error', null]);
    expect(sameSurface(A, config)).toBe(false);
  });

  it('loss: from squared error run B is the cross-entropy', () => {
    const a = { ...A, objective: { ...A.objective, loss: 'squaredError' as const } };
    expect(choose('loss', a).config.objective.loss).toBe('crossEntropy');
  });

  it('loss: with Newton’s method as run A, run B (squared error) cannot run, and says why', () => {
    expect(choose('loss', withRule('newton')).problem).toMatch(/squared error is not convex/);
  });

  it('learningRate: run B takes 4η by default, and the η chosen', () => {
    const b = choose('learningRate');
    expect(b.config.optimizer.learningRate).toBe(4 * A.optimizer.learningRate);
    expectOnlyChanged(b.config, A, ['optimizer']);
    expect(b.config.optimizer).toEqual({ ...A.optimizer, learningRate: 4 });
    expect([b.labelA, b.labelB]).toEqual(['η = 1', 'η = 4']);
    expect(sameSurface(A, b.config)).toBe(true);
    const chosen = comparisonFor(A, { ...defaultChoice('learningRate', A), learningRate: 0.25 });
    expect(chosen.config.optimizer.learningRate).toBe(0.25);
  });

  it('learningRate: the same η compares nothing, and Newton takes none', () => {
    const same = comparisonFor(A, { ...defaultChoice('learningRate', A), learningRate: 1 });
    expect(same.problem).toMatch(/choose another/);
    expect(choose('learningRate', withRule('newton')).problem).toMatch(/no learning rate/);
  });

  it('newton: gradient descent against Newton’s method, either way round', () => {
    const b = choose('newton');
    expect(b.config.optimizer).toEqual({ ...A.optimizer, rule: 'newton' });
    expect([b.labelA, b.labelB, b.problem]).toEqual(['gradient descent', 'Newton’s method', null]);
    expect(choose('newton', withRule('newton')).config.optimizer.rule).toBe('gradientDescent');
    const squared = { ...A, objective: { ...A.objective, loss: 'squaredError' as const } };
    expect(choose('newton', squared).problem).not.toBeNull();
  });

  it('batch: a full-batch run A races a mini-batch of 10, a mini-batch run A the full batch', () => {
    const b = choose('batch');
    expect(b.config.optimizer).toEqual({ ...A.optimizer, batchSize: 10 });
    expect([b.labelA, b.labelB]).toEqual(['full batch', 'mini-batch of 10']);
    const mini = { ...A, optimizer: { ...A.optimizer, batchSize: 1 } };
    const back = choose('batch', mini);
    expect(back.config.optimizer.batchSize).toBe(0);
    expect([back.labelA, back.labelB]).toEqual(['stochastic (batch of 1)', 'full batch']);
  });

  it('batch: a batch as large as the data is the full batch, so it compares nothing', () => {
    const all = comparisonFor(A, { ...defaultChoice('batch', A), batchSize: 100 });
    expect(all.problem).toMatch(/full batch here/);
  });

  it('momentum: plain gradient descent against momentum with run A’s β', () => {
    const b = choose('momentum');
    expect(b.config.optimizer).toEqual({ ...A.optimizer, rule: 'momentum' });
    expect([b.labelA, b.labelB]).toEqual(['plain gradient descent', 'momentum β = 0.9']);
    expect(choose('momentum', withRule('momentum')).config.optimizer.rule).toBe('gradientDescent');
    expect(choose('momentum', withRule('newton')).problem).toMatch(/no momentum/);
  });

  it('every rule is named by its own entry in the rules’ table, and refused where it lacks the setting', () => {
    for (const rule of UPDATE_RULE_IDS) {
      const a = withRule(rule);
      expect(choose('newton', a).labelA).toBe(RULE_VIEWS[rule].name);
      expect(choose('learningRate', a).problem === null).toBe(usesSetting(rule, 'learningRate'));
      if (!usesSetting(rule, 'batchSize')) {
        expect(choose('batch', a).problem).toMatch(/full batch/);
        expect(choose('batch', a).labelA).toBe('full batch');
      }
    }
  });

  it('keeps run A’s data, initialization and seed objects as they are', () => {
    const a: TrainingConfig = { ...A, initialization: { kind: 'random', seed: 7 } };
    for (const kind of ['loss', 'learningRate', 'newton', 'batch', 'momentum'] as const) {
      const { config } = choose(kind, a);
      expect(config.data).toBe(a.data);
      expect(config.initialization).toBe(a.initialization);
      expect(config.features).toBe(a.features);
      expect(config.tolerance).toBe(a.tolerance);
      expect(config.speed).toBe(a.speed);
      expect(config.optimizer.seed).toBe(a.optimizer.seed);
    }
  });
});

describe('followActions', () => {
  it('a start clicked on the surface starts run B from the same θ, without a new run', () => {
    const clicked = { ...A, initialization: { kind: 'point', theta: [1, 2, 3] } } as const;
    expect(followActions(A, clicked)).toEqual([{ kind: 'start', theta: [1, 2, 3] }]);
  });

  it('data, features or another kind of start start run B afresh', () => {
    const random = { ...A, initialization: { kind: 'random', seed: 3 } } as const;
    expect(followActions(A, random)).toEqual([{ kind: 'load' }]);
    expect(followActions(A, { ...A, features: { standardize: false, degree: 1 } })).toEqual([
      { kind: 'load' },
    ]);
    expect(followActions(A, { ...A, data: { ...DEFAULT_CONFIG.data, seed: 2 } })).toEqual([
      { kind: 'load' },
    ]);
  });

  it('live settings and the speed go on without a new run', () => {
    const after = { ...A, optimizer: { ...A.optimizer, learningRate: 2 }, speed: 100 };
    expect(followActions(A, after)).toEqual([
      {
        kind: 'settings',
        settings: { objective: A.objective, optimizer: after.optimizer, tolerance: A.tolerance },
      },
      { kind: 'speed', speed: 100 },
    ]);
  });

  it('an equal configuration (a copy) asks for nothing', () => {
    expect(followActions(A, JSON.parse(JSON.stringify(A)) as TrainingConfig)).toEqual([]);
  });
});
