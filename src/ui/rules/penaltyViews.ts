/**
 * The regularizations as the page shows them, one entry per id of the engine's
 * (engine/regularization.ts): a Record, so a new penalty does not compile without its menu label
 * and its term in the derivation's formulas.
 */
import type { RegularizationKind } from '../../engine';

export interface PenaltyView {
  /** In the settings' menu. */
  readonly label: string;
  /** What it adds to J, in TeX ('' for none). */
  readonly term: string;
}

export const PENALTY_VIEWS: Record<RegularizationKind, PenaltyView> = {
  none: { label: 'none', term: '' },
  l2: { label: 'L2: (λ/2)‖w‖²', term: ' + \\frac{\\lambda}{2}\\lVert w\\rVert^2' },
  l1: { label: 'L1: λ‖w‖₁', term: ' + \\lambda\\lVert w\\rVert_1' },
};
