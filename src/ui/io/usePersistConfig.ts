import { useEffect, useState } from 'react';
import type { TrainingConfig } from '../../state/config';
import { encodeConfig } from '../../state/link';
import { save } from '../../state/persistence';
import { debounce } from './debounce';
import { dropStaleFragment } from './fragment';
import { browserStorage } from './startupConfig';

/** How long the configuration must stay still before it is written: a dragged slider writes once. */
export const SAVE_DELAY_MS = 300;

const SAVE_FAILED =
  'Your settings could not be kept in this browser (its storage is full or turned off): a reload will not restore them. Copy link keeps them instead.';

/**
 * Keeps the run's configuration in local storage, so a reload loses nothing: written
 * SAVE_DELAY_MS after the last change, at once when the page is left, and at startup when
 * `saveAtStart` (the page opened a link: the next visit opens what it showed). Returns a message
 * when the storage refuses.
 *
 * A fragment left in the address bar from a link that no longer describes the run is removed
 * at the same time, so that a reload restores the run rather than the old link.
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
      dropStaleFragment(encodeConfig(config, 'link').text);
      const saved = storage !== null && save(storage, config);
      setProblem(saved ? null : SAVE_FAILED);
    }, SAVE_DELAY_MS);

    if (saveAtStart) saver.schedule();
    const unsubscribe = subscribe(saver.schedule);
    // A change made just before a reload or a closed tab is not lost to the delay.
    window.addEventListener('pagehide', saver.flush);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', saver.flush);
      saver.flush();
    };
  }, [getConfig, subscribe, saveAtStart]);

  return problem;
}
