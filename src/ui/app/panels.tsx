/**
 * The page's panels, one entry each (issue 15): what each shows and where the stage puts it. Its
 * id, title and whether it can be hidden are state/panels.ts (a link carries them); App renders
 * every panel from here, its export buttons and its figure's export mark (figureSlug of the
 * title) included. The compiler asks for an entry for every id in state/panels.ts.
 */
import type { ComponentType, ReactNode } from 'react';
import type { PanelId } from '../../state/panels';
import { PANELS } from '../../state/panels';
import { LossCurve } from '../curve/LossCurve';
import { DataSpacePanel } from '../data/DataSpacePanel';
import { DerivationPanel } from '../derivation/DerivationPanel';
import { figureSlug } from '../export/fileName';
import { ParameterSpacePanel } from '../surface/ParameterSpacePanel';
import { Formula } from '../text/Formula';
import type { RunContext } from './runContext';

export interface PanelView {
  /** One line under the title on what the panel shows. */
  readonly caption: ReactNode;
  /** Where the stage places it (stage.css). */
  readonly className: string;
  /** What it shows, given this frame's run. */
  readonly Component: ComponentType<{ run: RunContext }>;
  /** Whether its heading offers SVG and PNG export; the figure marks itself with useFigureSlug. */
  readonly exported: boolean;
}

export const PANEL_VIEWS: Record<PanelId, PanelView> = {
  data: {
    caption: (
      <>
        The points and the decision boundary <Formula>w·φ(x) + b = 0</Formula>, moving with every
        step.
      </>
    ),
    className: 'stage-data',
    Component: DataSpacePanel,
    exported: true,
  },
  surface: {
    caption: 'The loss surface as contours, the path of the weights across it and the gradient.',
    className: 'stage-surface',
    Component: ParameterSpacePanel,
    exported: true,
  },
  curve: {
    caption: 'The loss and the gradient norm per iteration; drag to go back in time.',
    className: 'stage-curve',
    Component: LossCurve,
    exported: true,
  },
  derivation: {
    caption: "The derivation of the gradient, with this iteration's numbers in it.",
    className: 'stage-math',
    Component: DerivationPanel,
    exported: false,
  },
};

/** The slug of a panel's exported figure: its file's name and its `data-export-figure`. */
export function panelSlug(id: PanelId): string {
  return figureSlug(PANELS[id].title);
}
