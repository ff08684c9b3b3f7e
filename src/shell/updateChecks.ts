/**
 * Asks the service worker's registration to look for a new version while the page stays open:
 * every UPDATE_INTERVAL_MS and whenever the page comes back into view (the window regains focus,
 * the tab is shown again), at most once per MIN_GAP_MS. A new version found this way goes through
 * the same prompt as one found at navigation (serviceWorker.ts): nothing is reloaded under the
 * teacher. The window and the clock are passed in, so tests drive it without a browser.
 */

/** A lecture's tab may stay open for hours: look every half hour. */
export const UPDATE_INTERVAL_MS = 30 * 60 * 1000;
/** Focus can come and go every few seconds (a teacher switching windows): one check a minute. */
export const MIN_GAP_MS = 60 * 1000;

export interface UpdatableRegistration {
  update(): Promise<unknown>;
}

export interface UpdateCheckHost {
  now(): number;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  /** `focus` on the window, `visibilitychange` on the document. */
  onReturn(listener: () => void): () => void;
  /** False while the tab is hidden: no network traffic for a page nobody looks at. */
  visible(): boolean;
  /** False while offline: the check would only fail. */
  online(): boolean;
}

/** Starts the checks; returns a function that stops them. */
export function watchForUpdates(
  registration: UpdatableRegistration,
  host: UpdateCheckHost,
): () => void {
  let last = host.now();
  const check = () => {
    const now = host.now();
    if (!host.visible() || !host.online() || now - last < MIN_GAP_MS) return;
    last = now;
    // A failed check (offline, server down) is retried at the next occasion; nothing to tell.
    registration.update().catch(() => undefined);
  };
  const handle = host.setInterval(check, UPDATE_INTERVAL_MS);
  const stopListening = host.onReturn(check);
  return () => {
    host.clearInterval(handle);
    stopListening();
  };
}

/** The browser's window, document and clock. */
export function browserUpdateHost(): UpdateCheckHost {
  return {
    now: () => Date.now(),
    setInterval: (callback, ms) => window.setInterval(callback, ms),
    clearInterval: (handle) => window.clearInterval(handle as number),
    onReturn(listener) {
      const onVisibility = () => {
        if (document.visibilityState === 'visible') listener();
      };
      window.addEventListener('focus', listener);
      document.addEventListener('visibilitychange', onVisibility);
      return () => {
        window.removeEventListener('focus', listener);
        document.removeEventListener('visibilitychange', onVisibility);
      };
    },
    visible: () => document.visibilityState !== 'hidden',
    online: () => navigator.onLine !== false,
  };
}
