/**
 * The regularizations as the page shows them, one entry per id of the engine's
 * (engine/regularization.ts): a Record, so a new penalty does not compile without its menu label
 * and its terms in the derivation's formulas (J, ∇J and the Hessian).
 */
import type { RegularizationKind } from '../../engine';

export interface PenaltyView {
  /** In the settings' menu. */
  readonly label: string;
  /** What it adds to J, in TeX ('' for none). */
  readonly term: string;
  /** What it adds to ∇J as a vector, in TeX ('' for none, and for L1, which acts in the step). */
  readonly gradientTerm: string;
  /** What it adds to the Hessian, in TeX ('' when nothing: L1 has no Hessian, Newton refuses it). */
  readonly hessianTerm: string;
  /**
   * The derivation's sentence on it: "With L2 regularization, J(θ) = … The penalty pulls …"
   * (null for none).
   */
  readonly said: { readonly lead: string; readonly effect: string } | null;
}

export const PENALTY_VIEWS: Record<RegularizationKind, PenaltyView> = {
  none: { label: 'none', term: '', gradientTerm: '', hessianTerm: '', said: null },
  l2: {
    label: 'L2: (λ/2)‖w‖²',
    term: ' + \\frac{\\lambda}{2}\\lVert w\\rVert^2',
    gradientTerm: ' + \\lambda \\begin{bmatrix} 0 \\\\ w \\end{bmatrix}',
    hessianTerm: ' + \\lambda\\, \\operatorname{diag}(0, 1, \\dots, 1)',
    said: {
      lead: 'With L2 regularization, ',
      effect:
        ' pulls the weights towards 0 smoothly; it keeps them finite even when the classes can be separated.',
    },
  },
  l1: {
    label: 'L1: λ‖w‖₁',
    term: ' + \\lambda\\lVert w\\rVert_1',
    gradientTerm: '',
    hessianTerm: '',
    said: {
      lead: 'With L1 regularization, ',
      effect:
        ' pulls the weights towards 0 and sets some exactly to 0; it has a kink at 0, so the step handles it (see the last step).',
    },
  },
};
