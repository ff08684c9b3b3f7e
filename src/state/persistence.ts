/**
 * The configuration (with the user's own points) in local storage, so a reload loses nothing.
 * The storage is passed in: tests give a Map-backed fake, the page gives window.localStorage.
 */
import type { TrainingConfig } from './config';
import type { Decoded } from './link';
import { decodeConfig, encodeConfig } from './link';

export const STORAGE_KEY = 'logistic-descent:config';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** The saved configuration, or null when there is none (or the storage cannot be read). */
export function loadSaved(storage: StorageLike): Decoded | null {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
  return text === null ? null : decodeConfig(text, 'storage');
}

/** Saves the configuration; false when the storage refuses (full, or disabled by the browser). */
export function save(storage: StorageLike, config: TrainingConfig): boolean {
  try {
    storage.setItem(STORAGE_KEY, encodeConfig(config, 'storage').text);
    return true;
  } catch {
    return false;
  }
}
