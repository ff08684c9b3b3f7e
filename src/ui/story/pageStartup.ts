/**
 * The page state (guide position, presentation) the page opens with: a link's, else the one kept
 * at the last visit (without presenting: full screen needs the user's gesture), else none.
 */
import { useState } from 'react';
import type { StorageLike } from '../../state/persistence';
import type { PageState } from '../../state/pageLink';
import { DEFAULT_PAGE_STATE, decodePageState, encodePageState } from '../../state/pageLink';
import { CHAPTERS } from '../../story/chapters';
import { browserStorage } from '../io/startupConfig';

export const PAGE_STORAGE_KEY = 'logistic-descent:page';

const CHAPTER_IDS = CHAPTERS.map((chapter) => chapter.id);

export interface StartupPage {
  readonly state: PageState;
  readonly notices: readonly string[];
}

export function chooseStartupPage(hash: string, storage: StorageLike | null): StartupPage {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment !== '') return decodePageState(fragment, CHAPTER_IDS);
  let saved: string | null = null;
  try {
    saved = storage?.getItem(PAGE_STORAGE_KEY) ?? null;
  } catch {
    // Unreadable storage: the page opens outside the guide.
  }
  if (saved === null) return { state: DEFAULT_PAGE_STATE, notices: [] };
  const { state } = decodePageState(saved, CHAPTER_IDS);
  return { state: { ...state, presenting: false, embed: null }, notices: [] };
}

/** Keeps the guide's position and hidden controls for the next visit; false if refused. */
export function savePageState(storage: StorageLike | null, state: PageState): boolean {
  try {
    storage?.setItem(
      PAGE_STORAGE_KEY,
      encodePageState({ ...state, presenting: false, embed: null }),
    );
    return storage !== null;
  } catch {
    return false;
  }
}

export function useStartupPage(): StartupPage {
  const [startup] = useState(() => chooseStartupPage(window.location.hash, browserStorage()));
  return startup;
}
