/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The service worker that keeps the app working without a network (see vite.config.ts, VitePWA),
 * registered from here rather than by an inline script (the Content-Security-Policy allows none).
 *
 * Updates wait for the user: when a new version has been downloaded, a notice offers "Reload";
 * until then the page keeps the version it started with, so a lecture is never interrupted. An
 * open tab checks for a new version every half hour and when it comes back into view
 * (updateChecks.ts).
 */
import { registerSW } from 'virtual:pwa-register';
import { errorMessage } from './errorMessage';
import { showNotice } from './notices';
import { browserUpdateHost, watchForUpdates } from './updateChecks';

export type OfflineState = 'unsupported' | 'installing' | 'ready' | 'failed';

let state: OfflineState = 'installing';
const listeners = new Set<() => void>();

function settle(next: OfflineState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore. */
export const offlineState = (): OfflineState => state;

export function subscribeOffline(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Registers the service worker (production builds only: the dev server has none). */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) {
    settle('unsupported');
    return;
  }
  const update = registerSW({
    onOfflineReady: () => settle('ready'),
    onRegisteredSW(_url, registration) {
      // Installed on an earlier visit: everything is cached already, and onOfflineReady, which
      // fires only on the first install, will not come.
      if (registration?.active) settle('ready');
      // An open tab looks for a new version now and then, not only when it navigates.
      if (registration) watchForUpdates(registration, browserUpdateHost());
    },
    onNeedRefresh() {
      showNotice(
        'update',
        'A new version of this app is ready. It is used from the next visit on.',
        {
          label: 'Reload now',
          run: () => {
            // Activates the waiting worker, which then reloads the page once.
            update().catch((error: unknown) =>
              showNotice('error', `The update could not be applied: ${errorMessage(error)}`),
            );
          },
        },
      );
    },
    onRegisterError(error: unknown) {
      // The app still works online; only the offline copy is missing (e.g. a private window).
      console.warn('The service worker could not be registered:', error);
      settle('failed');
    },
  });
}
