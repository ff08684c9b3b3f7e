import { useEffect, useState } from 'react';
import type { TrainingConfig } from '../../state/config';
import { DEFAULT_CONFIG } from '../../state/config';
import { encodeConfig } from '../../state/link';
import { pageFragment, subscribePageFragment } from '../story/pageFragment';
import { save } from '../../state/persistence';
import { debounce } from './debounce';
import { followState } from './fragment';
import { browserStorage } from './startupConfig';

/** How long the configuration must stay still before it is written: a dragged slider writes once. */
export const SAVE_DELAY_MS = 300;

const SAVE_FAILED =
  'Your settings could not be kept in this browser (its storage is full or turned off): a reload will not restore them. Copy link keeps them instead.';

/** The defaults as a link writes them: a page at its defaults has the bare address. */
let defaultText: string | null = null;
const linkText = (config: TrainingConfig): string => {
  defaultText ??= encodeConfig(DEFAULT_CONFIG, 'link').text;
  const { text } = encodeConfig(config, 'link');
  return text === defaultText ? '' : text;
};

/**
 * Keeps the run's configuration in local storage, so a reload loses nothing: written
 * SAVE_DELAY_MS after the last change, at once when the page is left, and at startup when
 * `saveAtStart` (the page opened a link: the next visit opens what it showed). Returns a message
 * when the storage refuses.
 *
 * The address bar follows the state at the same moment (history.replaceState, so no entry in the
 * back button's history): it is always a link to what the page shows, also when a teacher hid
 * Copy link, and a reload restores the run rather than an old link.
 */
export function usePersistConfig(
  getConfig: () => TrainingConfig,
  subscribe: (listener: () => void) => () => void,
  saveAtStart: boolean,
): string | null {
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const storage = browserStorage();
    const saver = debounce(() => {
      const config = getConfig();
      followState(linkText(config), pageFragment());
      const saved = storage !== null && save(storage, config);
      setProblem(saved ? null : SAVE_FAILED);
    }, SAVE_DELAY_MS);

    if (saveAtStart) saver.schedule();
    const unsubscribe = subscribe(saver.schedule);
    const unsubscribePage = subscribePageFragment(saver.schedule);
    // A change made just before a reload or a closed tab is not lost to the delay.
    window.addEventListener('pagehide', saver.flush);
    return () => {
      unsubscribe();
      unsubscribePage();
      window.removeEventListener('pagehide', saver.flush);
      saver.flush();
    };
  }, [getConfig, subscribe, saveAtStart]);

  return problem;
}
