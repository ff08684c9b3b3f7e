import { useSyncExternalStore } from 'react';
import { katexState, subscribeKatex, type KatexState } from './katexLoader';

/** Whether KaTeX is loaded yet (it starts loading when first asked). */
export function useKatex(): KatexState {
  return useSyncExternalStore(subscribeKatex, katexState, katexState);
}
