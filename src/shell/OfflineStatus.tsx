import { useSyncExternalStore } from 'react';
import { offlineState, subscribeOffline, type OfflineState } from './serviceWorker';

const TEXT: Record<OfflineState, string | null> = {
  unsupported: null,
  installing: null,
  ready: 'Saved for offline use: this page, its data sets and its fonts work without a network.',
  failed: 'Not saved for offline use: this browser refused to store the page.',
};

/**
 * One line at the foot of the page saying whether the app would survive the network going away.
 * In the flow after everything else, so appearing never moves the figures or covers a control.
 */
export function OfflineStatus() {
  const state = useSyncExternalStore(subscribeOffline, offlineState, offlineState);
  const text = TEXT[state];
  return (
    <p className="offline-status" role="status">
      {text}
    </p>
  );
}
