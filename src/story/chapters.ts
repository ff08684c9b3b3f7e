/**
 * The guided chapters: a sequence a reader can follow, or leave at any point to explore. Each has
 * a short text (paragraphs; TeX between $…$ is typeset), the configuration it sets, and a question
 * to predict before pressing play. The text is ours, never user input.
 */
import type { PresetSource, TrainingConfig } from '../state/config';
import { DEFAULT_CONFIG, MIN_SPEED } from '../state/config';
import { CHALLENGER } from '../data/challenger';

/**
 * What a change of scene does to the chapter's run. A learning rate may be given relative to a
 * landmark of the chapter's data (2/L0 or 2/L*), which the page knows once the run is loaded.
 */
export interface SceneChange {
  readonly learningRate?:
    | number
    | { readonly landmark: 'descentGuaranteed' | 'convergenceLimit'; readonly factor: number };
  readonly loss?: TrainingConfig['objective']['loss'];
  readonly regularization?: TrainingConfig['objective']['regularization'];
  readonly rule?: TrainingConfig['optimizer']['rule'];
  /** 0 is the full batch. */
  readonly batchSize?: number;
  /** β, for momentum. */
  readonly momentum?: number;
  /** Other features (raw instead of standardized, say) for the same data. */
  readonly features?: TrainingConfig['features'];
  /**
   * Other data. A scene that changes the data gives its learning rate as a number: the landmarks
   * the page knows are those of the chapter's data.
   */
  readonly data?: TrainingConfig['data'];
}

/**
 * One beat of a chapter, what a presenter's clicker advances through:
 * - start: the chapter's configuration at iteration 0, paused (read the text, predict);
 * - play: the run plays;
 * - step: one more iteration;
 * - change: a fresh run from the chapter's start with this change, playing.
 */
export type Scene =
  | { readonly kind: 'start'; readonly caption: string }
  | { readonly kind: 'play'; readonly caption: string }
  | { readonly kind: 'step'; readonly caption: string }
  | { readonly kind: 'change'; readonly caption: string; readonly change: SceneChange };

/**
 * How the reader answers a chapter's question before the run (predict, then see), and what the run
 * shows afterwards: the answer, with a one-line explanation.
 * - choice: one of a few options; the answer is fixed, or read from the run (`fromRun`);
 * - number: a number; fixed, or the run's iterations to convergence (`iterations`);
 * - surface: a mark on the loss surface where the weights will be (compared after the run);
 * - sketch: a freehand line on the data figure where the boundary will be (measured against the
 *   model's boundary after the run: how far, and whether it has its shape).
 */
export type AnswerForm =
  | {
      readonly kind: 'choice';
      readonly options: readonly { readonly id: string; readonly label: string }[];
      /** The right option's id; 'sign of w' reads it from the run: the first weight's sign. */
      readonly answer: string | { readonly fromRun: 'signOfFirstWeight' };
      readonly explanation: string;
    }
  | {
      readonly kind: 'number';
      /** What the number is, as the field's label. */
      readonly label: string;
      /** The right number, or the run's iterations until it converged. */
      readonly answer: number | 'iterations';
      readonly explanation: string;
    }
  | { readonly kind: 'surface'; readonly explanation: string }
  | { readonly kind: 'sketch'; readonly explanation: string };

export interface Chapter {
  /** Stable, for links: `chapter=learning-rate`. */
  readonly id: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** The configuration the chapter starts from. */
  readonly config: TrainingConfig;
  /** Asked before the reader presses play: predict, then see. */
  readonly question: string;
  /** How the question is answered, and the answer revealed after the run. */
  readonly answer: AnswerForm;
  /** The beats a presenter steps through; the first is always the start. */
  readonly scenes: readonly Scene[];
  /**
   * Panels the chapter shows under its text (they are in the settings drawer too): the model
   * summary as R prints it, and the decision threshold with its confusion matrix and ROC curve.
   */
  readonly panels?: readonly ('summary' | 'threshold')[];
}

const START: Scene = { kind: 'start', caption: 'Read, and predict before pressing play.' };
const PLAY: Scene = { kind: 'play', caption: 'Play: see whether you were right.' };
/** The scenes of most chapters: predict, then watch it run. */
const PREDICT_AND_PLAY: readonly Scene[] = [START, PLAY];

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
      'A linear score $z = w\\,\\varphi(x) + b$ can be any number; $\\varphi(x)$ is the point’s feature, here $x$ standardized to mean 0 and standard deviation 1. The sigmoid $\\sigma(z) = 1/(1 + e^{-z})$ squeezes the score into $(0, 1)$, so it can be read as the probability $p$ that the label is 1.',
      'With one feature the model is an S-shaped curve over $x$. Its midpoint, where $z = 0$ and $p = 0.5$, is the boundary: $x = -b/w$, with $b$ and $w$ in the units of $x$ as the parameters table shows them. The weight $w$ sets how steep the S is; the midpoint depends on both, so changing $w$ moves it too (unless $b = 0$).',
    ],
    config: { ...base, data: preset({ preset: 'oneFeature', n: 60 }), ...slow },
    question:
      'Starting from w = 0 and b = 0, every point gets p = 0.5. Which way will the curve tilt after the first step?',
    answer: {
      kind: 'choice',
      options: [
        { id: 'up', label: 'It rises to the right (w becomes positive)' },
        { id: 'down', label: 'It falls to the right (w becomes negative)' },
        { id: 'flat', label: 'It stays flat (w stays 0)' },
      ],
      answer: { fromRun: 'signOfFirstWeight' },
      explanation:
        'At p = 0.5 every point’s error p − y is ±0.5: the points labelled 1 pull w towards their x, the others away from theirs, and here the points labelled 1 lie to the right.',
    },
    scenes: PREDICT_AND_PLAY,
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
    answer: {
      kind: 'choice',
      options: [
        { id: 'more', label: 'More' },
        { id: 'less', label: 'Less' },
        { id: 'same', label: 'The same' },
      ],
      answer: 'more',
      explanation:
        'Under the cross-entropy a point pulls with its error p − y, near ±1 for a confidently wrong point and near 0 for one already right: the far, wrong points have the largest halos.',
    },
    scenes: PREDICT_AND_PLAY,
  },
  {
    id: 'gradient',
    title: 'Deriving the gradient',
    paragraphs: [
      "Maximizing the log-likelihood is gradient ascent; minimizing $J = -\\tfrac1N\\log L$, its negative mean, is gradient descent. The two take the same steps only when the ascent’s learning rate is the descent’s divided by $N$: the mean keeps one $\\eta$ right for any number of points. The chain rule through $J \\to p \\to z \\to w$ and the identity $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$ cancel to a strikingly simple result: $\\partial J/\\partial w = \\tfrac1N\\sum_i (p_i - y_i)\\,\\varphi(x_i)$, with $\\varphi(x_i)$ the point’s features.",
      'Open the steps in “The mathematics”: the numbers of the highlighted point are filled in. Point at another point in the data to follow it instead.',
    ],
    config: { ...base, ...slow },
    question:
      'For a point with y = 1 and p = 0.9, what is its error p − y, and which way does it push w?',
    answer: {
      kind: 'number',
      label: 'Its error p − y',
      answer: -0.1,
      explanation:
        'p − y = 0.9 − 1 = −0.1: negative, so the step −η(p − y)φ(x) adds 0.1·η·φ(x) to w, moving w towards the point’s features and raising its p towards 1.',
    },
    scenes: [
      START,
      { kind: 'step', caption: 'One step: every point’s (p − y)·φ(x), averaged, is the gradient.' },
      { kind: 'step', caption: 'Another step: the errors are smaller, so is the gradient.' },
      PLAY,
    ],
  },
  {
    id: 'one-step',
    title: 'One step of gradient descent, slowly',
    paragraphs: [
      'One iteration: compute $z$ and $p$ for every point; each point’s error $p - y$; the mean of the errors times the features, $\\nabla J = \\tfrac1N\\sum_i (p_i - y_i)\\,\\tilde\\varphi_i$ with $\\tilde\\varphi_i = (1, \\varphi(x_i))$, is the gradient; step against it, $\\theta \\leftarrow \\theta - \\eta\\nabla J$, and the boundary moves.',
      'Press Step and watch all three panels: the boundary in the data, the point on the loss surface moving along the arrow, and the same numbers in the derivation.',
    ],
    // The slowest speed: each step plays in slow motion, phase by phase.
    config: { ...base, speed: MIN_SPEED },
    question: 'Drag where you expect the weights to be after one step, then press Step.',
    answer: {
      kind: 'surface',
      explanation:
        'The step goes straight down the arrow: θ₁ = θ₀ − η∇J, and the arrow on the surface is −η∇J itself.',
    },
    scenes: [
      START,
      { kind: 'step', caption: 'Step 1: all of p, p − y, the gradient and the move, in one go.' },
      {
        kind: 'step',
        caption: 'Step 2: a shorter arrow than the first step’s, as the errors shrink.',
      },
      { kind: 'step', caption: 'Step 3.' },
      PLAY,
    ],
  },
  {
    id: 'learning-rate',
    title: 'The learning rate: too small, about right, too large',
    paragraphs: [
      'Below $2/L_0$ every step lowers the loss. Between $2/L_0$ and $2/L^*$ that guarantee is gone: the loss may rise on some steps and still converge. Above $2/L^*$ gradient descent cannot converge: the weights overshoot the optimum and keep bouncing, every other step or in a longer or irregular pattern.',
      'Here the bouncing stays bounded, for two reasons together: the log-loss’s gradient is bounded (every $|p_i - y_i| \\le 1$), so no single step is huge; and no line separates these classes, so far from the optimum the loss rises in every direction and the steps lead back. On separable data, or with a gradient that grows with the weights, the weights could run away. A naive program that computes $\\log \\sigma(z)$ directly would still print NaN (“not a number”) once $\\sigma(z)$ rounds to exactly 1 for a point with $y = 1$: its term $(1 - y)\\log(1 - p)$ becomes $0 \\cdot (-\\infty)$. This one computes the loss stably, and calls a run diverged when the weights or the loss run away.',
      'The marks on the learning-rate slider show both values for this data. Drag across them while it runs.',
    ],
    // The outliers data: on it the loss does rise on some steps between 2/L0 and 2/L* (on the
    // overlapping blobs it never does from θ = 0, however close η comes to 2/L*).
    config: {
      ...base,
      data: preset({ preset: 'outliers' }),
      optimizer: optimizer({ learningRate: 0.1 }),
      speed: 30,
    },
    question: 'η = 0.1 is far below 2/L0. What will happen if you set η just above 2/L*?',
    answer: {
      kind: 'choice',
      options: [
        { id: 'faster', label: 'It converges faster' },
        { id: 'slower', label: 'It converges, but more slowly' },
        { id: 'bounce', label: 'It bounces and never settles, but stays bounded' },
        { id: 'runaway', label: 'The weights run away to infinity' },
      ],
      answer: 'bounce',
      explanation:
        'Above 2/L* each step overshoots the optimum by more than it corrects, so it never settles; the log-loss’s bounded gradient and the overlapping classes keep the bouncing bounded (the last scene shows it).',
    },
    scenes: [
      START,
      { kind: 'play', caption: 'η = 0.1: every step is safe, and slow.' },
      {
        kind: 'change',
        caption: 'η just below 2/L0: every step still guaranteed to descend, far fewer iterations.',
        change: { learningRate: { landmark: 'descentGuaranteed', factor: 0.95 } },
      },
      {
        kind: 'change',
        caption:
          'η just below 2/L*: no guarantee any more; the loss rises on some of the first steps, and still converges.',
        change: { learningRate: { landmark: 'convergenceLimit', factor: 0.98 } },
      },
      {
        kind: 'change',
        caption: 'η past 2/L*: the loss jumps up and down and never settles, but stays bounded.',
        change: { learningRate: { landmark: 'convergenceLimit', factor: 1.3 } },
      },
    ],
  },
  {
    id: 'squared-error',
    title: 'Squared error against cross-entropy',
    paragraphs: [
      'With squared error $J = \\tfrac1{2N}\\sum_i (p_i - y_i)^2$ the gradient keeps the factor the cross-entropy cancels: $\\partial J/\\partial w = \\tfrac1N\\sum_i (p_i - y_i)\\,p_i(1 - p_i)\\,\\varphi(x_i)$. Since $p(1 - p) \\le 1/4$ every point pulls at most a quarter as hard, and for a confidently wrong point $p(1 - p) \\approx 0$: it falls silent.',
      'That silence is a trade-off, not only a defect. A bounded loss is robust: the few points deep on the wrong side (likely mislabelled) barely pull on the squared-error fit, and on this data its boundary classifies more points correctly than the cross-entropy’s (compare the accuracy in the parameters table). The price: its surface is not convex, with plateaus where descent crawls, and it learns slowly.',
      'Each loss races at a learning rate that suits it: $\\eta = 100$ for squared error, the largest the slider offers (on this data, the larger the faster), and $\\eta = 4$ for the cross-entropy, just below its $2/L_0$. At equal $\\eta$ squared error would fall much further behind.',
    ],
    config: {
      ...base,
      data: preset({ preset: 'outliers' }),
      objective: { ...base.objective, loss: 'squaredError' },
      optimizer: optimizer({ learningRate: 100 }),
      speed: 100,
    },
    question:
      'Each loss runs at its own good learning rate. Which reaches its optimum in fewer iterations, and which boundary classifies more points correctly?',
    answer: {
      kind: 'choice',
      options: [
        {
          id: 'ce-se',
          label: 'Cross-entropy is faster; squared error classifies more points right',
        },
        { id: 'ce-ce', label: 'Cross-entropy is faster and classifies more points right' },
        { id: 'se-se', label: 'Squared error is faster and classifies more points right' },
        {
          id: 'se-ce',
          label: 'Squared error is faster; cross-entropy classifies more points right',
        },
      ],
      answer: 'ce-se',
      explanation:
        'The cross-entropy’s gradient keeps every error whole, so it converges in far fewer iterations; squared error silences the confidently wrong outliers, so its boundary is not dragged towards them.',
    },
    scenes: [
      START,
      {
        kind: 'play',
        caption:
          'Squared error, η = 100: the confidently wrong points fall silent; it converges, slowly.',
      },
      {
        kind: 'change',
        caption:
          'Cross-entropy, η = 4, from the same start: far fewer iterations, and the outliers pull its boundary towards them.',
        change: { loss: 'crossEntropy', learningRate: 4 },
      },
    ],
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
    answer: {
      kind: 'choice',
      options: [
        { id: 'smooth', label: 'Yes, smoothly' },
        { id: 'noisy', label: 'No: down overall, but jagged, rising on some steps' },
      ],
      answer: 'noisy',
      explanation:
        'Each step follows the gradient of 10 random points, not of all of them: on average downhill, but each batch’s gradient points a little elsewhere, so the loss of all the points jitters.',
    },
    scenes: [
      START,
      { kind: 'play', caption: 'Batches of 10: a noisy, cheap descent.' },
      {
        kind: 'change',
        caption: 'The full batch, for comparison: smooth.',
        change: { batchSize: 0 },
      },
    ],
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
    answer: {
      kind: 'choice',
      options: [
        { id: 'stop', label: 'They stop at an optimum, with or without L2' },
        { id: 'l2', label: 'They grow forever; with L2 they stop' },
        { id: 'never', label: 'They grow forever, even with L2' },
      ],
      answer: 'l2',
      explanation:
        'A line separates the classes, so larger weights always lower the loss a little more: no optimum; L2’s (λ/2)‖w‖² grows faster than that gain, so with it an optimum exists.',
    },
    scenes: [
      START,
      { kind: 'play', caption: 'No regularization: the weights grow without bound.' },
      {
        kind: 'change',
        caption: 'L2 with λ = 0.01: now an optimum exists.',
        change: { regularization: { kind: 'l2', lambda: 0.01 } },
      },
      {
        kind: 'change',
        caption:
          'L1 with λ = 0.3: the weight of x2 is exactly 0 and that of x1 is not (see the parameters table); the boundary uses x1 alone.',
        change: { regularization: { kind: 'l1', lambda: 0.3 } },
      },
    ],
  },
  {
    id: 'polynomial',
    title: 'Curved boundaries from polynomial features',
    paragraphs: [
      'No line separates the circles. With the features $\\varphi(x) = (x_1, x_2, x_1^2, x_1x_2, x_2^2)$, each standardized, the model is still linear in its features, yet its boundary in the original plane is a conic: here, nearly a circle.',
    ],
    config: {
      ...base,
      data: preset({ preset: 'circles' }),
      features: { standardize: true, degree: 2 },
      // Below 2/L0 for these features: converges in a few thousand iterations, where η = 1 takes
      // over 17,000 (test/story/claims.test.ts measures both).
      optimizer: optimizer({ learningRate: 5 }),
      speed: 100,
    },
    question: 'What shape will the boundary take?',
    answer: {
      kind: 'sketch',
      explanation:
        'With x₁², x₁x₂ and x₂² among the features, w·φ(x) + b = 0 is a conic in the plane: here the data ask for an ellipse, nearly a circle, around the inner class.',
    },
    scenes: PREDICT_AND_PLAY,
  },
  {
    id: 'newton',
    title: 'Newton’s method',
    paragraphs: [
      'Newton’s method uses the curvature too: $\\theta \\leftarrow \\theta - H^{-1}\\nabla J$ with the Hessian $H = \\tfrac1N\\sum_i p_i(1 - p_i)\\,\\tilde\\varphi_i\\tilde\\varphi_i^\\top$ (with $\\tilde\\varphi_i = (1, \\varphi(x_i))$, the 1 for the bias). In matrix form $H = \\tilde X^\\top S \\tilde X / N$, with the $\\tilde\\varphi_i^\\top$ as the rows of $\\tilde X$ and $S = \\operatorname{diag}(p_i(1 - p_i))$: each step solves a weighted least-squares problem, which is why Newton’s method for logistic regression is also called iteratively reweighted least squares (IRLS).',
      'It converges in a handful of steps where gradient descent takes hundreds or thousands, at the price of solving a linear system each step.',
    ],
    config: {
      ...base,
      data: preset({ preset: 'unbalanced' }),
      optimizer: optimizer({ rule: 'newton' }),
      speed: 1,
    },
    question:
      'How many steps will Newton’s method need on this unbalanced data? Gradient descent needs thousands.',
    answer: {
      kind: 'number',
      label: 'Steps',
      answer: 'iterations',
      explanation:
        'Near the optimum Newton’s steps converge quadratically, the correct digits doubling with each step, so a handful suffice where gradient descent crawls.',
    },
    scenes: [
      START,
      { kind: 'step', caption: 'One Newton step: the curvature scales the gradient.' },
      { kind: 'step', caption: 'A second step.' },
      PLAY,
    ],
  },
  {
    id: 'conditioning',
    title: 'Standardization and conditioning',
    paragraphs: [
      'The Challenger data: the launch temperature of the 23 space-shuttle flights before the accident and whether an O-ring showed thermal distress (Dalal, Fowlkes and Hoadley, 1989). Here the feature is the raw temperature in °F, between 53 and 81, not standardized. On the loss surface the contours are long, thin ellipses: every $x$ is near 70, so a change of $w$ must be undone by a change of $b$ seventy times larger.',
      'How thin they are is measured by the condition number of the Hessian at the optimum, $\\kappa = \\lambda_{\\max}/\\lambda_{\\min}$: about $8 \\times 10^5$ on raw temperatures, about 2 on standardized ones. A step may be at most $2/\\lambda_{\\max}$ long for the steepest direction, and along the flattest one it then moves a fraction $\\eta\\lambda_{\\min} \\approx 1/\\kappa$ of the way: a millionth. At $\\eta = 1/L_0$ on raw temperatures the intercept is still below 2 after 100,000 iterations (R finds 15.04); on standardized temperatures the same rule at its own $1/L_0 = 4$ converges in 33.',
      'Standardizing, $\\varphi(x) = (x - \\bar x)/s$, changes the coordinates, not the model: $w\\,\\varphi(x) + b = (w/s)\\,x + (b - w\\bar x/s)$. So the coefficients map back to raw units exactly, and the parameters table shows them in °F whichever features the optimizer works on. Newton’s method does not care about the coordinates at all (it is affine invariant): its steps on raw temperatures are its steps on standardized ones, mapped back.',
    ],
    config: {
      ...base,
      data: CHALLENGER,
      features: { standardize: false, degree: 1 },
      // Just below 1/L0 = 0.000818 for the raw temperatures (claims.test.ts checks).
      optimizer: optimizer({ learningRate: 0.0008 }),
      speed: 100,
    },
    question:
      'Standardized, gradient descent converges in 33 iterations. How far will it get on the raw temperatures in a thousand times as many?',
    answer: {
      kind: 'choice',
      options: [
        { id: 'converges', label: 'It converges too, only more slowly' },
        { id: 'halfway', label: 'About halfway: the intercept near 7 of R’s 15.04' },
        { id: 'nowhere', label: 'Hardly anywhere: the intercept stays far from R’s 15.04' },
      ],
      answer: 'nowhere',
      explanation:
        'Along the flattest direction each step moves about 1/κ ≈ 10⁻⁶ of the way: after 100,000 iterations the intercept is still below 2.',
    },
    scenes: [
      START,
      {
        kind: 'play',
        caption: 'Raw temperatures, η = 0.0008 ≈ 1/L0: the loss barely moves, the path crawls.',
      },
      {
        kind: 'change',
        caption:
          'Standardized temperatures, η = 4 = 1/L0: converged in 33 iterations, to R’s coefficients in °F.',
        change: { features: { standardize: true, degree: 1 }, learningRate: 4 },
      },
      {
        kind: 'change',
        caption:
          'Newton’s method on the raw temperatures: converged in a handful of steps, the same steps as on standardized ones.',
        change: { rule: 'newton' },
      },
    ],
  },
  {
    id: 'reading-the-fit',
    title: 'Reading the fit: log-odds, odds ratios and the decision threshold',
    paragraphs: [
      'The Challenger fit in °F is $\\log\\frac{p}{1 - p} = 15.04 - 0.232\\,x$. A coefficient is a change in log-odds: each degree warmer lowers the log-odds of O-ring distress by 0.232, that is, it multiplies the odds $p/(1 - p)$ by $e^{-0.232} \\approx 0.79$, at any temperature; ten degrees colder multiplies them by $e^{2.32} \\approx 10$. The intercept is the log-odds at 0 °F, far outside the data, and means little by itself.',
      'The model summary below is laid out as R prints summary(glm(distress ~ temperature, family = binomial)): the estimates 15.0429 and −0.2322, their standard errors 7.3786 and 0.1082 from the inverse of the information matrix $N\\,H(\\hat\\theta)$, the z values and p-values, and the residual deviance 20.315 on 21 degrees of freedom. The odds ratio per °F, 0.79, has the 95% interval 0.64 to 0.98. “Fit this in R / Python” copies a script that prints the same numbers.',
      'A probability is not yet a decision. Calling a flight at risk when $p \\ge t$ turns the fit into yes or no, and the threshold $t$ trades the two kinds of mistake: at $t = 0.5$ this fit catches 4 of the 7 flights with distress and raises no false alarm; at $t = 0.2$ it catches 6, at the price of 8 false alarms among the 16 flights without. The ROC curve draws every threshold at once; its area, here 0.78, is the chance that a random flight with distress got a higher $p$ than a random flight without.',
      'The launch on 28 January 1986 was forecast at about 31 °F, far below every flight in the data. The fit gives $p \\approx 0.9996$ there: an extrapolation, but a stark one.',
    ],
    config: {
      ...base,
      data: CHALLENGER,
      // 1/L0 on the standardized temperatures: converges in 33 iterations (claims.test.ts).
      optimizer: optimizer({ learningRate: 4 }),
      speed: 10,
    },
    question:
      'Lower the threshold from 0.5 to 0.2: how many more of the 7 flights with distress will be caught, and how many false alarms will it cost?',
    answer: {
      kind: 'number',
      label: 'More flights with distress caught at 0.2',
      answer: 2,
      explanation:
        'At 0.5 the fit catches 4 of the 7 with no false alarm; at 0.2 it catches 6, at the cost of 8 false alarms among the 16 flights without distress.',
    },
    scenes: [
      START,
      {
        kind: 'play',
        caption:
          'Play: the fit reaches R’s coefficients. Open the summary, then move the threshold.',
      },
    ],
    panels: ['summary', 'threshold'],
  },
  {
    id: 'rates',
    title: 'How fast, not just whether',
    paragraphs: [
      'Near the optimum $\\theta^*$ the loss is nearly quadratic, $J(\\theta) \\approx J^* + \\tfrac12(\\theta - \\theta^*)^\\top H^*(\\theta - \\theta^*)$, and a step of gradient descent is a linear map: $\\theta - \\theta^* \\leftarrow (I - \\eta H^*)(\\theta - \\theta^*)$. Along each eigenvector of $H^*$ the distance is multiplied by $1 - \\eta\\lambda_i$, so the run goes at the pace of its slowest direction, the contraction factor $\\rho = \\max_i |1 - \\eta\\lambda_i|$. Every step multiplies the distance, and the gradient norm, by $\\rho$: on the loss chart’s log scale the gradient norm falls along a straight line, $\\log_{10}\\rho$ per iteration.',
      'With $\\mu^*$ and $L^*$ the smallest and largest eigenvalues, $\\rho$ is smallest at $\\eta = 2/(\\mu^* + L^*)$, where $\\rho = (\\kappa - 1)/(\\kappa + 1)$ with $\\kappa = L^*/\\mu^*$. On these unbalanced blobs $\\kappa \\approx 58$: the best fixed step, about 27.1, lies just below the cliff at $2/L^* \\approx 27.6$, and still each step removes only about 3% of the distance.',
      'Momentum, $v \\leftarrow \\beta v + \\nabla J$ and $\\theta \\leftarrow \\theta - \\eta v$, carries the previous steps along. Near the optimum it converges for every $\\eta < 2(1 + \\beta)/L^*$, beyond gradient descent’s limit, and at its sweet spot, $\\beta = \\bigl((\\sqrt\\kappa - 1)/(\\sqrt\\kappa + 1)\\bigr)^2$ with $\\eta = 4/(\\sqrt{L^*} + \\sqrt{\\mu^*})^2$, it contracts by $\\sqrt\\beta = (\\sqrt\\kappa - 1)/(\\sqrt\\kappa + 1)$ per step: about 0.77 here, against 0.97.',
      'On separable data there is no optimum and no rate: $\\lVert w\\rVert$ grows without bound, but only like $\\log t$ (each tenfold more iterations adds about the same), while the direction of $\\theta$ turns, ever more slowly, toward the maximum-margin separator, the one a hard-margin support-vector machine finds.',
    ],
    config: {
      ...base,
      data: preset({ preset: 'unbalanced' }),
      optimizer: optimizer({ learningRate: 10 }),
      speed: 100,
    },
    question:
      'At η = 10 the run takes about 600 iterations. How many will it take at η = 27, and how many will momentum save?',
    answer: {
      kind: 'choice',
      options: [
        { id: 'same', label: 'About as many: near the optimum every run slows down the same' },
        { id: 'fewer', label: 'Less than half at η = 27, and under half again with momentum' },
        { id: 'more', label: 'More: so large a step overshoots and must come back' },
      ],
      answer: 'fewer',
      explanation:
        'The distance shrinks by ρ per step: 0.988 at η = 10, 0.966 at the best fixed step 27.1, and 0.77 with momentum at its sweet spot (β = 0.6, η = 43).',
    },
    scenes: [
      START,
      {
        kind: 'play',
        caption:
          'η = 10: the gradient norm falls along a straight line on the log scale, ρ = 1 − 10μ* ≈ 0.988 per step.',
      },
      {
        kind: 'change',
        caption:
          'η = 27.1 ≈ 2/(μ* + L*), the best fixed step: ρ ≈ 0.966, less than half the iterations.',
        change: { learningRate: 27.1 },
      },
      {
        kind: 'change',
        caption:
          'Momentum at its sweet spot, β = 0.6 and η = 43 (beyond 2/L*): ρ ≈ 0.77, under half the iterations again.',
        change: { rule: 'momentum', momentum: 0.6, learningRate: 43 },
      },
      {
        kind: 'change',
        caption: 'Momentum with β = 0.9 and η = 55, past 2(1 + β)/L* ≈ 52: it never settles.',
        change: { rule: 'momentum', momentum: 0.9, learningRate: 55 },
      },
      {
        kind: 'change',
        caption:
          'Separable data, η = 2: ‖w‖ grows like log t, and the boundary turns toward the maximum-margin one.',
        change: { data: preset({ preset: 'separable' }), learningRate: 2 },
      },
    ],
  },
  {
    id: 'same-update',
    title: 'The same update everywhere: (prediction − target) · φ(x)',
    paragraphs: [
      'For one point $i$ the step is $w \\leftarrow w - \\eta\\,(\\hat y_i - y_i)\\,\\varphi(x_i)$; the full batch takes the mean, $w \\leftarrow w - \\eta\\,\\tfrac1N\\sum_i (\\hat y_i - y_i)\\,\\varphi(x_i)$. With the identity $\\hat y = z$ in place of the sigmoid it is the gradient step of least squares, $J = \\tfrac1{2N}\\sum_i (z_i - y_i)^2$, which is maximum likelihood under Gaussian noise. Logistic regression is the same with $\\hat y = \\sigma(z)$ and the Bernoulli likelihood.',
      'Why least squares is maximum likelihood: suppose $y_i = z_i + \\varepsilon_i$ with Gaussian noise $\\varepsilon_i \\sim \\mathcal N(0, \\sigma^2)$. The likelihood of the targets is $\\prod_i \\tfrac{1}{\\sqrt{2\\pi}\\,\\sigma}\\, e^{-(y_i - z_i)^2/(2\\sigma^2)}$; its negative log, divided by $N$, is $\\tfrac{1}{\\sigma^2}\\cdot\\tfrac1{2N}\\sum_i (z_i - y_i)^2 + \\tfrac12\\log(2\\pi\\sigma^2)$: the squared error, scaled and shifted by constants that do not move its minimum. Minimizing squared error maximizes the Gaussian likelihood, as minimizing the cross-entropy maximizes the Bernoulli one.',
      'Why the same $(\\hat y - y)$ appears in both: each likelihood is an exponential family, $\\log P(y \\mid z) = y\\,z - A(z) + c(y)$, with $A(z) = z^2/2$ for the Gaussian (with $\\sigma = 1$) and $A(z) = \\log(1 + e^z)$ for the Bernoulli, and each model uses its canonical link, the one that makes the score $z$ the family’s natural parameter. Then $\\partial(-\\log P)/\\partial z = A^\\prime(z) - y = \\hat y - y$, because $A^\\prime(z)$ is the mean: $z$ for the Gaussian, $\\sigma(z)$ for the Bernoulli. The chain rule adds $\\partial z/\\partial w = \\varphi(x)$ and nothing else. Squared error on a sigmoid is not such a pair, and keeps the factor $\\sigma^\\prime(z)$, as the squared-error chapter showed.',
      'word2vec’s skip-gram with negative sampling updates each (word, context) pair with an update of this form, the label saying whether the context word really occurred, with three differences: its “features” are themselves a learned embedding of the word, updated by the same step; the negatives are sampled, $k$ for each real pair, from the unigram distribution raised to the power $3/4$; and there is no bias.',
    ],
    config: { ...base, ...slow },
    question:
      'In the derivation, find the factor (p − y). Which part of the update would change for linear regression?',
    answer: {
      kind: 'choice',
      options: [
        { id: 'error', label: 'The factor (p − y)' },
        { id: 'features', label: 'The features φ(x)' },
        { id: 'prediction', label: 'Only the prediction: ŷ = z instead of σ(z)' },
      ],
      answer: 'prediction',
      explanation:
        'The update is (ŷ − y)·φ(x) for both; only the prediction ŷ changes, z itself for linear regression and σ(z) for logistic regression.',
    },
    scenes: PREDICT_AND_PLAY,
  },
];

export function chapterById(id: string): Chapter | undefined {
  return CHAPTERS.find((chapter) => chapter.id === id);
}
