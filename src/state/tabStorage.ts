/**
 * Storage for one tab's session. Local storage is shared by every tab of the site, so two tabs
 * saving into it overwrote each other: tab A's imported data was replaced by tab B's settings at
 * A's next reload. Each tab now keeps its session in session storage (its own, and kept across
 * its reloads) and writes local storage as well, which a new tab starts from.
 */
import type { StorageLike } from './persistence';

/**
 * Reads the tab's own copy first, then the shared one; writes both. Throws only when neither
 * takes the value (a full or disabled storage), so the page can say the session is not kept.
 */
export function tabStorage(tab: StorageLike | null, shared: StorageLike | null): StorageLike {
  return {
    getItem(key) {
      const own = tryRead(tab, key);
      return own !== null ? own : tryRead(shared, key);
    },
    setItem(key, value) {
      const kept = [tab, shared].map((storage) => {
        if (!storage) return false;
        try {
          storage.setItem(key, value);
          return true;
        } catch {
          return false;
        }
      });
      if (!kept.includes(true)) throw new Error('The session could not be stored.');
    },
  };
}

function tryRead(storage: StorageLike | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
