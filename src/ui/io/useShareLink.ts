import { useCallback, useState } from 'react';
import type { TrainingConfig } from '../../state/config';
import { encodeConfig } from '../../state/link';
import { joinFragment } from '../../state/pageLink';
import { pageFragment } from '../story/pageFragment';
import { writeFragment } from './fragment';

export interface SharedLink {
  /** The page's address with the configuration in its fragment. */
  readonly url: string;
  /** Whether it reached the clipboard; if not, the page shows it for the user to copy. */
  readonly copied: boolean;
  /** Why the link does not hold everything (too many points), or null. */
  readonly omitted: string | null;
}

/**
 * "Copy link": the run's configuration goes into the address bar's fragment, and the whole
 * address to the clipboard. The clipboard may be missing (an insecure page) or refused (the
 * browser's permission); the result says so, and the link is then shown to copy by hand.
 */
export function useShareLink(getConfig: () => TrainingConfig) {
  const [shared, setShared] = useState<SharedLink | null>(null);

  const copy = useCallback(async (): Promise<SharedLink> => {
    const { text, omitted } = encodeConfig(getConfig(), 'link');
    // The guide's chapter and a presentation's settings travel with the run.
    const url = writeFragment(joinFragment(text, pageFragment()));
    let copied = false;
    try {
      // Typed as always present, but absent outside secure contexts.
      if (navigator.clipboard) {
        await navigator.clipboard.writeText(url);
        copied = true;
      }
    } catch {
      // Refused: `copied` stays false and the page offers the link to copy by hand.
    }
    const result = { url, copied, omitted };
    setShared(result);
    return result;
  }, [getConfig]);

  const dismiss = useCallback(() => setShared(null), []);

  return { shared, copy, dismiss };
}
