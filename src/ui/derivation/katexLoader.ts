/**
 * KaTeX, loaded on demand: its ~75 KB (gzipped) of JavaScript are a chunk of their own, fetched
 * as the panel first shows, not part of the page's first load (docs/design.md's budget). The module
 * is loaded once; like the browser's module cache, this holds the one loaded instance.
 */
import type katexModule from 'katex';

export type Katex = typeof katexModule;

export type KatexState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly katex: Katex }
  | { readonly status: 'failed'; readonly message: string };

let state: KatexState = { status: 'loading' };
let pending: Promise<void> | null = null;
const listeners = new Set<() => void>();

function settle(next: KatexState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Starts loading KaTeX (once); resolves when it is ready or has failed. */
export function loadKatex(): Promise<void> {
  pending ??= import('katex').then(
    (module) => settle({ status: 'ready', katex: module.default }),
    (error: unknown) =>
      settle({
        status: 'failed',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
  return pending;
}

/** For useSyncExternalStore: the same object until the state changes. */
export const katexState = (): KatexState => state;

export function subscribeKatex(listener: () => void): () => void {
  listeners.add(listener);
  void loadKatex();
  return () => listeners.delete(listener);
}
