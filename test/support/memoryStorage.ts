import type { StorageLike } from '../../src/state/persistence';

/** Local storage in a Map, for code that is given its storage (persistence, drafts, startup). */
export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}
