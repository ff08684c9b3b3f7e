/**
 * Page-level notices: things that went wrong outside any panel (a promise nobody waited for, an
 * exception in an event handler) and news about the app itself (a new version is ready). A tiny
 * store read with useSyncExternalStore, because the reporters (window listeners, the service
 * worker's callbacks) live outside React.
 */

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

export interface PageNotice {
  readonly id: number;
  readonly kind: 'error' | 'update';
  /** Plain text: shown as text, never parsed as HTML. */
  readonly text: string;
  /** How many times the same text was reported (a failing loop must not fill the screen). */
  readonly count: number;
  readonly action: NoticeAction | null;
}

let notices: readonly PageNotice[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: readonly PageNotice[]): void {
  notices = next;
  for (const listener of listeners) listener();
}

/** Shows a notice; the same text again only counts up the one already shown. */
export function showNotice(
  kind: PageNotice['kind'],
  text: string,
  action: NoticeAction | null = null,
): void {
  const same = notices.find((notice) => notice.kind === kind && notice.text === text);
  if (same) {
    publish(
      notices.map((notice) => (notice === same ? { ...same, count: same.count + 1 } : notice)),
    );
    return;
  }
  publish([...notices, { id: nextId++, kind, text, count: 1, action }]);
}

export function dismissNotice(id: number): void {
  publish(notices.filter((notice) => notice.id !== id));
}

/** For useSyncExternalStore: the same array until something changes. */
export const currentNotices = (): readonly PageNotice[] => notices;

export function subscribeNotices(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
