/**
 * The guided chapters: a sequence a reader can follow, or leave at any point to explore. Each has
 * a short text (paragraphs; TeX between $…$ is typeset), the configuration it sets, and a question
 * to predict before pressing play. The text is ours, never user input.
 */
import type { PresetSource, TrainingConfig } from '../state/config';
import { DEFAULT_CONFIG } from '../state/config';

export interface Chapter {
  /** Stable, for links: `chapter=learning-rate`. */
  readonly id: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** The configuration the chapter starts from. */
  readonly config: TrainingConfig;
  /** Asked before the reader presses play: predict, then see. */
  readonly question: string;
}

const base = DEFAULT_CONFIG;
const preset = (change: Partial<PresetSource>): PresetSource => ({ ...base.data, ...change });
const optimizer = (change: Partial<TrainingConfig['optimizer']>) => ({
  ...base.optimizer,
  ...change,
});
const slow = { speed: 5 };

export const CHAPTERS: readonly Chapter[] = [
  {
    id: 'sigmoid',
    title: 'The sigmoid turns a score into a probability',
    paragraphs: [
      'A linear score $z = w\\cdot x + b$ can be any number. The sigmoid $\\sigma(z) = 1/(1 + e^{-z})$ squeezes it into $(0, 1)$, so it can be read as the probability $p$ that the label is 1.',
      'With one feature the model is an S-shaped curve over $x$; the boundary is where $z = 0$, so $p = 0.5$. The weight $w$ sets how steep the S is, the bias $b$ where it sits.',
    ],
    config: { ...base, data: preset({ preset: 'oneFeature', n: 60 }), ...slow },
    question:
      'Starting from w = 0 and b = 0, every point gets p = 0.5. Which way will the curve tilt after the first step?',
  },
  {
    id: 'likelihood',
    title: 'Likelihood and the log-loss',
    paragraphs: [
      'The likelihood of the labels is $\\prod_i p_i^{y_i}(1 - p_i)^{1 - y_i}$: the probability the model gave to what actually happened. Its logarithm turns the product into a sum, and its negative mean is the cross-entropy $J = -\\tfrac1N\\sum_i [y_i\\log p_i + (1 - y_i)\\log(1 - p_i)]$.',
      'A confident mistake costs a lot: a point with $y = 1$ given $p = 0.01$ adds $-\\log 0.01 \\approx 4.6$, while $p = 0.4$ adds only $0.9$. The log-loss punishes confident mistakes hardest.',
    ],
    config: { ...base, data: preset({ preset: 'outliers' }), ...slow },
    question:
      'The points far across the boundary are confidently wrong. Will they pull the boundary more, or less, than the points near it?',
  },
  {
    id: 'gradient',
    title: 'Deriving the gradient',
    paragraphs: [
      "Maximizing the log-likelihood is gradient ascent; minimizing $J$, its negative mean, is gradient descent. The chain rule through $J \\to p \\to z \\to w$ and the identity $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$ cancel to a strikingly simple result: $\\partial J/\\partial w = \\tfrac1N\\sum_i (p_i - y_i)\\,x_i$.",
      'Open the steps in “The mathematics”: the numbers of the highlighted point are filled in. Point at another point in the data to follow it instead.',
    ],
    config: { ...base, ...slow },
    question:
      'For a point with y = 1 and p = 0.9, what is its error p − y, and which way does it push w?',
  },
  {
    id: 'one-step',
    title: 'One step of gradient descent, slowly',
    paragraphs: [
      'One iteration: compute $z$ and $p$ for every point; each point’s error $p - y$; their sum, weighted by the features, is the gradient; step against it, $\\theta \\leftarrow \\theta - \\eta\\nabla J$, and the boundary moves.',
      'Press Step and watch all three panels: the boundary in the data, the point on the loss surface moving along the arrow, and the same numbers in the derivation.',
    ],
    config: { ...base, speed: 1 },
    question: 'Drag where you expect the weights to be after one step, then press Step.',
  },
  {
    id: 'learning-rate',
    title: 'The learning rate: too small, about right, too large',
    paragraphs: [
      'Below $2/L_0$ every step lowers the loss. Between $2/L_0$ and $2/L^*$ the loss may rise on some steps and still converge. Above $2/L^*$, gradient descent cannot converge: it ends in a 2-cycle or diverges, and if the numbers overflow the loss becomes “not a number”.',
      'The marks on the learning-rate slider show both values for this data. Drag across them while it runs.',
    ],
    config: {
      ...base,
      data: preset({ preset: 'overlapping' }),
      optimizer: optimizer({ learningRate: 0.05 }),
      speed: 30,
    },
    question: 'η = 0.05 is far below 2/L0. What will happen if you set η just above 2/L*?',
  },
  {
    id: 'squared-error',
    title: 'Squared error against cross-entropy',
    paragraphs: [
      'With squared error $J = \\tfrac1{2N}\\sum_i (p_i - y_i)^2$ the gradient keeps the factor the cross-entropy cancels: $\\tfrac1N\\sum_i (p_i - y_i)\\,p_i(1 - p_i)\\,x_i$. Since $p(1 - p) \\le 1/4$ the steps are smaller, and for a confidently wrong point $p(1 - p) \\approx 0$: it falls silent.',
      'The surface of squared error is not convex: far from the optimum it flattens into plateaus where descent crawls.',
    ],
    config: {
      ...base,
      data: preset({ preset: 'outliers' }),
      objective: { ...base.objective, loss: 'squaredError' },
      speed: 30,
    },
    question: 'Which loss will reach a good boundary in fewer iterations on this data?',
  },
  {
    id: 'stochastic',
    title: 'Stochastic and mini-batch descent',
    paragraphs: [
      'Each iteration may use a random batch of the points instead of all of them: the gradient is noisy but cheap. One pass over all the points, batch by batch, is an epoch; the order is shuffled with a seed, so a run can be replayed exactly.',
      'With a constant learning rate the iterates never settle exactly: they jitter around the optimum.',
    ],
    config: { ...base, optimizer: optimizer({ batchSize: 10, learningRate: 0.3 }), speed: 30 },
    question: 'Will the loss curve go down smoothly, as with the full batch?',
  },
  {
    id: 'separable',
    title: 'Separable data, weights without bound, and regularization',
    paragraphs: [
      'When a line separates the classes, every step can lower the loss a little more by making the weights larger: the unregularized optimum does not exist. The loss creeps toward zero while $\\lVert w\\rVert$ grows forever.',
      'L2 regularization adds $\\tfrac{\\lambda}{2}\\lVert w\\rVert^2$ (never to the bias): now the optimum exists. L1 adds $\\lambda\\lVert w\\rVert_1$ and its proximal step sets small weights exactly to zero.',
    ],
    config: {
      ...base,
      data: preset({ preset: 'separable' }),
      optimizer: optimizer({ learningRate: 2 }),
      speed: 100,
    },
    question: 'Will the weights ever stop growing? What changes when you switch on L2?',
  },
  {
    id: 'polynomial',
    title: 'Curved boundaries from polynomial features',
    paragraphs: [
      'No line separates the circles. With the features $x_1, x_2, x_1^2, x_1x_2, x_2^2$ the model is still linear in its features, yet its boundary in the original plane is a conic: here, nearly a circle.',
    ],
    config: {
      ...base,
      data: preset({ preset: 'circles' }),
      features: { standardize: true, degree: 2 },
      speed: 100,
    },
    question: 'What shape will the boundary take?',
  },
  {
    id: 'newton',
    title: 'Newton’s method',
    paragraphs: [
      'Newton’s method uses the curvature too: $\\theta \\leftarrow \\theta - H^{-1}\\nabla J$ with the Hessian $H = \\tfrac1N\\sum_i p_i(1 - p_i)\\tilde x_i\\tilde x_i^\\top$. It converges in a handful of steps where gradient descent takes hundreds, at the price of solving a linear system each step.',
    ],
    config: {
      ...base,
      data: preset({ preset: 'unbalanced' }),
      optimizer: optimizer({ rule: 'newton' }),
      speed: 1,
    },
    question:
      'How many steps will Newton’s method need on this unbalanced data? Gradient descent needs thousands.',
  },
  {
    id: 'same-update',
    title: 'The same update everywhere: (prediction − target) · x',
    paragraphs: [
      'With the identity in place of the sigmoid, the same rule $w \\leftarrow w - \\eta\\,(\\hat y - y)\\,x$ is the gradient step of least squares, which is maximum likelihood under Gaussian noise. Logistic regression is the same with $\\hat y = \\sigma(z)$ and the Bernoulli likelihood.',
      'word2vec’s negative sampling trains each word pair with exactly this logistic update: the “label” is whether the context word really occurred.',
    ],
    config: { ...base, ...slow },
    question:
      'In the derivation, find the factor (p − y). Which part of the update would change for linear regression?',
  },
];

export function chapterById(id: string): Chapter | undefined {
  return CHAPTERS.find((chapter) => chapter.id === id);
}
