import { useEffect, useState } from 'react';
import type { DataSource, TrainingConfig } from '../../state/config';
import { DEFAULT_CONFIG } from '../../state/config';
import { encodeConfig } from '../../state/link';
import { packPoints } from '../../state/pointsCodec';
import { save, STORAGE_KEY } from '../../state/persistence';
import { pageFragment, subscribePageFragment } from '../story/pageFragment';
import { debounce, throttle } from './debounce';
import { followState } from './fragment';
import { browserStorage } from './startupConfig';

/**
 * What to tell a tab whose imported points another tab's session just replaced in the shared
 * storage (`saved`, the new text), or null when they are still there or were never imported.
 */
export function replacedImport(data: DataSource, saved: string | null): string | null {
  if (data.kind !== 'points') return null;
  const points = saved === null ? null : new URLSearchParams(saved).get('points');
  if (points === packPoints(data)) return null;
  return `Another tab saved its own session, so a new tab will open that one rather than your data “${data.name}”. Your data stays in this tab, and a reload keeps it; Copy link or Export data keep it elsewhere.`;
}

/** How long the configuration must stay still before it is written: a dragged slider writes once. */
export const SAVE_DELAY_MS = 300;

/** The address bar follows a moving slider at most this often (encoding a link is not free). */
const ADDRESS_INTERVAL_MS = 250;

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
  const [otherTab, setOtherTab] = useState<{ data: DataSource; message: string } | null>(null);

  useEffect(() => {
    const storage = browserStorage();
    // The address bar at once (a reload right after a change reloads the address as it is then,
    // before any pagehide handler runs), at most every ADDRESS_INTERVAL_MS while a slider moves.
    const address = throttle(
      () => followState(linkText(getConfig()), pageFragment()),
      ADDRESS_INTERVAL_MS,
    );
    const saver = debounce(() => {
      const saved = storage !== null && save(storage, getConfig());
      setProblem(saved ? null : SAVE_FAILED);
    }, SAVE_DELAY_MS);
    const onChange = () => {
      address.schedule();
      saver.schedule();
    };

    // Another tab saved its session over the one a new tab opens: if that was this tab's
    // imported data, say so (the data itself stays in this tab, see state/tabStorage.ts).
    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY) return;
      const message = replacedImport(getConfig().data, event.newValue);
      if (message) setOtherTab({ data: getConfig().data, message });
    };

    if (saveAtStart) onChange();
    const unsubscribe = subscribe(onChange);
    const unsubscribePage = subscribePageFragment(onChange);
    // A change made just before a reload or a closed tab is not lost to the delay.
    window.addEventListener('pagehide', saver.flush);
    window.addEventListener('storage', onStorage);
    return () => {
      unsubscribe();
      unsubscribePage();
      window.removeEventListener('pagehide', saver.flush);
      window.removeEventListener('storage', onStorage);
      address.flush();
      saver.flush();
    };
  }, [getConfig, subscribe, saveAtStart]);

  // The word about another tab holds while this tab keeps the data it was about.
  const current = getConfig().data;
  return problem ?? (otherTab && otherTab.data === current ? otherTab.message : null);
}
