import type { StorageLike } from './persistence';

/**
 * Storage in a Map: what an embedded page "saves" lives as long as its frame (it must not
 * overwrite the reader's own session of the full app), and what tests give code that is handed
 * its storage (persistence, drafts, startup).
 */
export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}
