/**
 * Step 8, the update.
 *
 *   gradient descent   θ ← θ − η∇J(θ)                 (then, with L1, the proximal step
 *                                                      w_j ← sign(w_j)·max(|w_j| − ηλ, 0))
 *   momentum           v ← βv + ∇J(θ);  θ ← θ − ηv   (v the velocity; z is the score)
 *
 * with this iteration's θ, η, ∇J and the resulting θ: derivationNumbers.next for gradient
 * descent, the optimizer's own step for momentum (both full-batch). The rules' table
 * (ui/rules/ruleViews.ts) says which rule shows which.
 */
import { formula, math, note, numbers, prose, type Block, type Section } from '../content';
import { formatCount } from '../../text/format';
import { texColumn, texSetting, texSymbolColumn } from '../tex';
import type { StepInput } from './input';
import { parameterSymbols } from './notation';

const TITLE = 'The step downhill';

export function gradientUpdateStep(input: StepInput): Section {
  return { id: 'update', title: TITLE, build: () => gradientBlocks(input) };
}

export function momentumUpdateStep(input: StepInput): Section {
  return { id: 'update', title: TITLE, build: () => momentumBlocks(input) };
}

function gradientBlocks({ live }: StepInput): Block[] {
  const { derivation, optimizer, objective } = live;
  const reg = objective.regularization;
  const eta = texSetting(optimizer.learningRate);
  const symbols = texSymbolColumn(parameterSymbols(live.theta.length));
  const blocks: Block[] = [
    prose(
      'The gradient points uphill. Step the other way, by the learning rate ',
      math('\\eta'),
      ':',
    ),
    formula('\\theta \\leftarrow \\theta - \\eta\\, \\nabla J(\\theta)'),
  ];
  if (reg.kind === 'l1') blocks.push(...proximalBlocks(texSetting(reg.lambda), eta));
  blocks.push(
    prose('This iteration, with ', math(`\\eta = ${eta}`), ':'),
    numbers(
      `\\begin{aligned} ${symbols} &\\leftarrow ${texColumn(live.theta)} - ${eta} \\cdot ${texColumn(derivation.gradient)} \\\\ ` +
        `${reg.kind === 'l1' && reg.lambda > 0 ? '&\\xrightarrow{\\text{soft-threshold}}' : '&='} ${texColumn(derivation.next)} \\end{aligned}`,
    ),
    stepNote(live.fullBatch, optimizer.batchSize, live.iteration),
  );
  return blocks;
}

function momentumBlocks({ live }: StepInput): Block[] {
  const { derivation, optimizer, objective } = live;
  // Momentum's auxiliary state is its velocity v (engine/updateRules.ts), before and after.
  const momentum = live.step && {
    velocity: live.step.aux,
    nextVelocity: live.step.nextAux,
    next: live.step.theta,
  };
  const eta = texSetting(optimizer.learningRate);
  const beta = texSetting(optimizer.momentum);
  const blocks: Block[] = [
    prose(
      'Momentum keeps a velocity ',
      math('v'),
      ', a running sum of past gradients, each shrunk by β per iteration, so steps gather speed along directions the gradient keeps pointing and cancel across ones where it flips:',
    ),
    formula(
      'v \\leftarrow \\beta v + \\nabla J(\\theta), \\qquad \\theta \\leftarrow \\theta - \\eta v',
    ),
  ];
  const reg = objective.regularization;
  if (reg.kind === 'l1') blocks.push(...proximalBlocks(texSetting(reg.lambda), eta));
  if (!momentum) {
    blocks.push(
      note(
        'The velocity ',
        math('v'),
        ' of this iteration is not in the page’s history any more, so only the formula is shown.',
      ),
    );
    return blocks;
  }
  blocks.push(
    prose('This iteration, with ', math(`\\beta = ${beta}`), ' and ', math(`\\eta = ${eta}`), ':'),
    numbers(
      `\\begin{aligned} v &\\leftarrow ${beta} ${texColumn(momentum.velocity)} + ${texColumn(derivation.gradient)} \\\\ ` +
        `&= ${texColumn(momentum.nextVelocity)} \\\\ ` +
        `${texSymbolColumn(parameterSymbols(live.theta.length))} &\\leftarrow ${texColumn(live.theta)} - ${eta} \\cdot v \\\\ ` +
        `&= ${texColumn(momentum.next)} \\end{aligned}`,
    ),
    stepNote(live.fullBatch, optimizer.batchSize, live.iteration),
  );
  return blocks;
}

/** L1's proximal step after the gradient step. */
function proximalBlocks(lambda: string, eta: string): Block[] {
  return [
    prose(
      'Then L1’s proximal step, soft-thresholding: every weight moves towards 0 by ',
      math(`\\eta\\lambda = ${eta} \\cdot ${lambda}`),
      ', and stops at exactly 0 rather than cross it. That is the honest way down a penalty with a kink, and why L1 makes weights exactly 0.',
    ),
    formula(
      'w_j \\leftarrow \\operatorname{sign}(w_j) \\max\\bigl(|w_j| - \\eta\\lambda,\\ 0\\bigr)',
    ),
  ];
}

/** Whether the next iteration shows this θ, or a mini-batch step instead. */
function stepNote(fullBatch: boolean, batchSize: number, iteration: number): Block {
  return fullBatch
    ? note(`Iteration ${formatCount(iteration + 1)} starts from this θ.`)
    : note(
        `This run steps on mini-batches of ${formatCount(batchSize)} points: each step uses the same formula with the mean over its batch only, so the next iteration’s θ differs from this full-batch step.`,
      );
}
