/**
 * The stage: on a screen at least a laptop's size, the figures and what drives them fill the
 * viewport without scrolling, in columns that depend on which parts are shown (a hidden panel
 * gives its space to the others). Below that size (a phone, a short window) the
 * page flows in one column instead.
 */
import { useSyncExternalStore } from 'react';

/**
 * Wide and tall enough for the stage: 960 × 672 CSS px and up (a 1280 × 720 projector is). Below
 * that height the figures would be left too little room, and the page flows instead.
 */
export const STAGE_QUERY = '(min-width: 60rem) and (min-height: 42rem)';

export type PageLayout = 'stage' | 'flow';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(STAGE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function usePageLayout(): PageLayout {
  return useSyncExternalStore(
    subscribe,
    () => (window.matchMedia(STAGE_QUERY).matches ? 'stage' : 'flow'),
    () => 'flow',
  );
}

/** Which of the stage's columns are on the page. */
export interface StageParts {
  readonly guide: boolean;
  /** The guide shows its text (a wider column) or only its title, question and buttons. */
  readonly guideText: boolean;
  /** The mathematics, with the loss curve under it. */
  readonly side: boolean;
}

/**
 * The stage's columns: the guide on the left, the figures with the controls under them in the
 * middle, the mathematics and the loss curve on the right. A hidden part gives its room to the
 * figures.
 */
export function stageColumns(parts: StageParts): string {
  const columns: string[] = [];
  if (parts.guide) columns.push(parts.guideText ? 'minmax(16rem, 0.5fr)' : 'minmax(15rem, 0.4fr)');
  columns.push('minmax(0, 1.25fr)');
  if (parts.side) columns.push('minmax(19rem, 0.6fr)');
  return columns.join(' ');
}
