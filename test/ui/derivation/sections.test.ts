import katex from 'katex';
import { describe, expect, it } from 'vitest';
import type { Objective, OptimizerSettings, PresetKind } from '../../../src/engine';
import { DEFAULT_CONFIG, type TrainingConfig } from '../../../src/state/config';
import type { Block, Section } from '../../../src/ui/derivation/content';
import { liveNumbers, type LiveNumbers } from '../../../src/ui/derivation/liveNumbers';
import { KATEX_OPTIONS } from '../../../src/ui/derivation/renderTex';
import { derivationSections, INITIALLY_OPEN } from '../../../src/ui/derivation/sections';
import { componentTex } from '../../../src/ui/derivation/steps/vectorized';
import { FACTOR_DIGITS, texColumn, texMatrix, texNumber } from '../../../src/ui/derivation/tex';
import { prepareRun } from '../../../src/worker/run';
import { Trainer } from '../../../src/worker/trainer';

const COLORS = { border: '#9a5b00', background: '#fdf3e1' };

/** A run of `preset` after a few steps of plain gradient descent: θ away from 0. */
function setting(preset: PresetKind, degree = 1) {
  const config: TrainingConfig = {
    ...DEFAULT_CONFIG,
    data: { ...DEFAULT_CONFIG.data, preset },
    features: { standardize: true, degree },
  };
  const trainer = new Trainer(config, 1);
  for (let k = 0; k < 6; k++) trainer.stepForward();
  const info = trainer.info();
  return {
    prepared: prepareRun(config),
    theta: trainer.snapshot(false, 1).theta,
    names: info.parameterNames,
  };
}

const DATA = {
  'two blobs': setting('twoBlobs'),
  'one feature': setting('oneFeature'),
  'circles, degree 2': setting('circles', 2),
  'XOR, degree 3': setting('xor', 3),
};

const OBJECTIVES: Record<string, Objective> = {
  'cross-entropy': { loss: 'crossEntropy', regularization: { kind: 'none', lambda: 0 } },
  'cross-entropy + L2': { loss: 'crossEntropy', regularization: { kind: 'l2', lambda: 0.1 } },
  'cross-entropy + L1': { loss: 'crossEntropy', regularization: { kind: 'l1', lambda: 0.05 } },
  'squared error': { loss: 'squaredError', regularization: { kind: 'none', lambda: 0 } },
  'squared error + L2': { loss: 'squaredError', regularization: { kind: 'l2', lambda: 0.1 } },
  'squared error + L1': { loss: 'squaredError', regularization: { kind: 'l1', lambda: 0.05 } },
};

const RULES: Record<string, Partial<OptimizerSettings>> = {
  'gradient descent': { rule: 'gradientDescent' },
  momentum: { rule: 'momentum' },
  'Newton’s method': { rule: 'newton' },
  'mini-batch': { rule: 'gradientDescent', batchSize: 10 },
};

function numbersFor(
  data: keyof typeof DATA,
  objective: Objective,
  rule: Partial<OptimizerSettings>,
  pointIndex = 5,
): { live: LiveNumbers; names: readonly string[] } {
  const { prepared, theta, names } = DATA[data];
  const live = liveNumbers({
    iteration: 6,
    objective,
    optimizer: { ...DEFAULT_CONFIG.optimizer, ...rule },
    design: prepared.design,
    theta,
    pointIndex,
    aux: new Float64Array(theta.length).fill(0.01),
  });
  return { live, names };
}

function sectionsFor(live: LiveNumbers, names: readonly string[]): Section[] {
  return derivationSections({ live, names, standardized: true, colors: COLORS });
}

/** Every formula of a step, with how it is typeset. */
interface Formula {
  readonly tex: string;
  readonly display: boolean;
}

function formulas(blocks: readonly Block[]): Formula[] {
  return blocks.flatMap((block): Formula[] =>
    block.kind === 'math'
      ? [{ tex: block.tex, display: true }]
      : block.parts.flatMap((part) =>
          typeof part === 'string' ? [] : [{ tex: part.math, display: false }],
        ),
  );
}

/** All the TeX and words of a step, for looking things up. */
function sectionText(section: Section): string {
  return section
    .build()
    .map((block) =>
      block.kind === 'math'
        ? block.tex
        : block.parts.map((part) => (typeof part === 'string' ? part : part.math)).join(''),
    )
    .join('\n');
}

const byId = (sections: Section[], id: string): Section => {
  const found = sections.find((section) => section.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

describe('derivationSections', () => {
  it('every formula of every variant typesets in KaTeX without an error (CE/SE × none/L2/L1 × rules × data sets)', () => {
    for (const data of Object.keys(DATA) as (keyof typeof DATA)[]) {
      for (const objective of Object.values(OBJECTIVES)) {
        for (const rule of Object.values(RULES)) {
          const { live, names } = numbersFor(data, objective, rule);
          for (const section of sectionsFor(live, names)) {
            for (const { tex, display } of formulas(section.build())) {
              const where = `${data}, ${objective.loss}/${objective.regularization.kind}, ${rule.rule}, ${section.id}: ${tex}`;
              // strict: 'error' and throwOnError: catch any TeX KaTeX would only warn about.
              let html = '';
              expect(() => {
                html = katex.renderToString(tex, {
                  ...KATEX_OPTIONS,
                  displayMode: display,
                  strict: 'error',
                  throwOnError: true,
                });
              }, where).not.toThrow();
              expect(html, where).not.toContain('katex-error');
              expect(html, where).not.toMatch(/NaN|Infinity/);
            }
          }
        }
      }
    }
  }, 30_000);

  it('the cross-entropy’s steps are model, likelihood, sign flip, chain rule, σ′, what cancels, all points, the check and the step', () => {
    const { live, names } = numbersFor('two blobs', OBJECTIVES['cross-entropy'], {});
    const sections = sectionsFor(live, names);
    expect(sections.map((s) => s.id)).toEqual([
      'model',
      'likelihood',
      'loss',
      'chainRule',
      'sigmoidSlope',
      'cancellation',
      'vectorized',
      'finiteDifference',
      'update',
    ]);
    expect(sections.map((s) => s.title)).toContain('What cancels');
    expect(INITIALLY_OPEN.every((id) => sections.some((s) => s.id === id))).toBe(true);
  });

  it('squared error replaces the likelihood and the sign flip by its own loss, and nothing cancels', () => {
    const { live, names } = numbersFor('two blobs', OBJECTIVES['squared error'], {});
    const sections = sectionsFor(live, names);
    expect(sections.map((s) => s.id)).not.toContain('likelihood');
    expect(byId(sections, 'loss').title).toBe('The loss: squared error');
    expect(sectionText(byId(sections, 'loss'))).toContain('\\frac{1}{N}');
    const cancellation = byId(sections, 'cancellation');
    expect(cancellation.title).toBe('What does not cancel');
    const text = sectionText(cancellation);
    // The factor p(1 − p) is framed, in the formula and with its value for the point.
    expect(text).toContain('\\fcolorbox{#9a5b00}{#fdf3e1}{$p_i(1 - p_i)$}');
    expect(text).toContain(
      `\\fcolorbox{#9a5b00}{#fdf3e1}{$${texNumber(live.derivation.point.slope)}$}`,
    );
    expect(text).toContain(texNumber(live.derivation.point.weight));
    expect(text).toMatch(/confidently wrong/);
  });

  it('the model step shows the highlighted point’s φ̃_i, y_i, z_i and p_i, counted from 1', () => {
    const { live, names } = numbersFor('two blobs', OBJECTIVES['cross-entropy'], {}, 5);
    const text = sectionText(byId(sectionsFor(live, names), 'model'));
    const { point } = live.derivation;
    expect(text).toContain('Point 6 of 100');
    expect(text).toContain(`y_{6} = ${point.y}`);
    expect(text).toContain(`z_{6} &= b + w_{1}\\varphi_{6,1} + w_{2}\\varphi_{6,2}`);
    expect(text).toContain(`&= ${texNumber(point.z)}`);
    expect(text).toContain(`p_{6} &= \\sigma(z_{6}) = ${texNumber(point.p)}`);
    expect(text).toContain(texNumber(point.features[1], FACTOR_DIGITS));
    expect(text).toContain('\\varphi(x) = ({\\text{x1}},\\allowbreak\\ {\\text{x2}})');
  });

  it('the sign flip shows the mean loss J(θ) and the point’s own loss', () => {
    const { live, names } = numbersFor('two blobs', OBJECTIVES['cross-entropy'], {});
    const text = sectionText(byId(sectionsFor(live, names), 'loss'));
    expect(text).toContain(`J(\\theta) &= ${texNumber(live.derivation.loss)}`);
    expect(text).toContain(`= ${texNumber(live.derivation.point.loss)}`);
  });

  it('componentTex(live, j) writes ∂J/∂w_j as its sum: the first two terms with their numbers, ⋯, and the total', () => {
    const { live } = numbersFor('two blobs', OBJECTIVES['cross-entropy'], {});
    const [first, second] = live.leading;
    const tex = componentTex(live, 1);
    expect(tex).toContain(
      '\\frac{\\partial J}{\\partial w_{1}} &= \\frac{1}{N} \\bigl(g_{1} \\varphi_{1,1} + g_{2} \\varphi_{2,1} + \\cdots + g_{N} \\varphi_{N,1}\\bigr)',
    );
    const factor = (v: number) => {
      const t = texNumber(v, FACTOR_DIGITS);
      return t.startsWith('-') ? `(${t})` : t;
    };
    expect(tex).toContain(
      `&= \\frac{1}{100} \\bigl(${factor(first.weight)} \\cdot ${factor(first.features[1])} + ${factor(second.weight)} \\cdot ${factor(second.features[1])} + \\cdots\\bigr)`,
    );
    expect(tex).toContain(`&= ${texNumber(live.derivation.gradient[1])}`);
    expect(componentTex(live, 0)).toContain('\\bigl(g_{1} + g_{2} + \\cdots + g_{N}\\bigr)');
  });

  it('with L2, each weight’s component adds λw_j with its numbers; the bias’s does not', () => {
    const { live } = numbersFor('two blobs', OBJECTIVES['cross-entropy + L2'], {});
    expect(componentTex(live, 1)).toContain('\\bigr) + \\lambda w_{1}');
    expect(componentTex(live, 1)).toContain(`\\\\ &\\qquad + 0.1 \\cdot `);
    expect(componentTex(live, 0)).not.toContain('\\lambda');
  });

  it('all points at once shows ∇J and ‖∇J‖ of this iteration, and the sums of at most 4 components', () => {
    const small = numbersFor('two blobs', OBJECTIVES['cross-entropy'], {});
    const text = sectionText(byId(sectionsFor(small.live, small.names), 'vectorized'));
    expect(text).toContain(texColumn(small.live.derivation.gradient));
    expect(text).toContain(texNumber(small.live.derivation.gradientNorm));
    expect(text).toContain('\\tilde X^\\top (p - y)');
    const big = numbersFor('XOR, degree 3', OBJECTIVES['cross-entropy'], {});
    const bigText = sectionText(byId(sectionsFor(big.live, big.names), 'vectorized'));
    expect(bigText).toContain('The other 6 components');
    expect(bigText.match(/&= \\frac\{1\}\{100\}/g)).toHaveLength(4);
  });

  it('the check step shows both gradients and how closely they agree', () => {
    const { live, names } = numbersFor('two blobs', OBJECTIVES['cross-entropy'], {});
    const text = sectionText(byId(sectionsFor(live, names), 'finiteDifference'));
    expect(text).toContain(texNumber(live.derivation.finiteDifference[1]));
    expect(text).toMatch(/Finite differences agree with the formula to \d/);
  });

  it('the step shows θ, η, ∇J and θ − η∇J; with L1, the soft-threshold', () => {
    const plain = numbersFor('two blobs', OBJECTIVES['cross-entropy'], {});
    const text = sectionText(byId(sectionsFor(plain.live, plain.names), 'update'));
    expect(text).toContain(
      `${texColumn(plain.live.theta)} - 1 \\cdot ${texColumn(plain.live.derivation.gradient)}`,
    );
    expect(text).toContain(`&= ${texColumn(plain.live.derivation.next)}`);
    expect(text).toContain('Iteration 7 starts from this θ.');

    const l1 = numbersFor('two blobs', OBJECTIVES['cross-entropy + L1'], {});
    const l1Text = sectionText(byId(sectionsFor(l1.live, l1.names), 'update'));
    expect(l1Text).toContain('\\operatorname{sign}(w_j)');
    expect(l1Text).toContain(
      `\\xrightarrow{\\text{soft-threshold}} ${texColumn(l1.live.derivation.next)}`,
    );

    const batch = numbersFor('two blobs', OBJECTIVES['cross-entropy'], RULES['mini-batch']);
    expect(sectionText(byId(sectionsFor(batch.live, batch.names), 'update'))).toContain(
      'mini-batches of 10 points',
    );
  });

  it('under Newton’s method the step shows H in full for 3 parameters, its size and eigenvalues for more', () => {
    const small = numbersFor('two blobs', OBJECTIVES['cross-entropy'], RULES['Newton’s method']);
    const step = byId(sectionsFor(small.live, small.names), 'update');
    expect(step.title).toBe('Newton’s step: use the curvature');
    const text = sectionText(step);
    const H = small.live.newton!.hessian;
    const negligible = 1e-12 * Math.max(...H.map(Math.abs));
    expect(text).toContain(`H = ${texMatrix(H, 3, FACTOR_DIGITS, negligible)}`);
    expect(text).toContain(`&= ${texColumn(small.live.newton!.next)}`);
    expect(text).toContain('Its eigenvalues run from');

    const big = numbersFor(
      'circles, degree 2',
      OBJECTIVES['cross-entropy + L2'],
      RULES['Newton’s method'],
    );
    const bigText = sectionText(byId(sectionsFor(big.live, big.names), 'update'));
    expect(bigText).toContain('H is 6 × 6');
    expect(bigText).toContain('\\operatorname{diag}(0, 1, \\dots, 1)');
  });

  it('a hostile feature name reaches the TeX only escaped, and typesets as inert text', () => {
    const { live } = numbersFor('two blobs', OBJECTIVES['cross-entropy'], {});
    const names = ['intercept', '<img src=x onerror=alert(1)>', '\\def\\x{}\\x'];
    for (const section of sectionsFor(live, names)) {
      for (const { tex, display } of formulas(section.build())) {
        const html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display });
        expect(html).not.toMatch(/<img/i);
        expect(html).not.toContain('katex-error');
      }
    }
    const model = sectionText(byId(sectionsFor(live, names), 'model'));
    expect(model).toContain('\\text{\\textbackslash{}def\\textbackslash{}x\\textbraceleft{}');
  });

  it('a diverged run (θ huge) still shows words, never NaN or Infinity', () => {
    const { prepared } = DATA['two blobs'];
    const live = liveNumbers({
      iteration: 9,
      objective: OBJECTIVES['squared error'],
      optimizer: DEFAULT_CONFIG.optimizer,
      design: prepared.design,
      theta: Float64Array.from([1e300, -1e308, Infinity]),
      pointIndex: 0,
      aux: null,
    });
    for (const section of sectionsFor(live, DATA['two blobs'].names)) {
      for (const { tex, display } of formulas(section.build())) {
        const html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display });
        expect(html.replace(/<annotation[\s\S]*?<\/annotation>/g, '')).not.toMatch(/NaN|Infinity/);
      }
    }
  });
});
