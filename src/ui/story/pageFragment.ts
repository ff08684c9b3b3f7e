/**
 * The page state's part of a shared link, as last set by the guide (useGuide). "Copy link" lives
 * with the data controls, far from the guide; this one value is how it learns the chapter and the
 * presentation settings without threading them through every component between. The address bar
 * (usePersistConfig) listens to its changes.
 */
let current = '';
const listeners = new Set<() => void>();

export function setPageFragment(text: string): void {
  if (text === current) return;
  current = text;
  for (const listener of listeners) listener();
}

export function pageFragment(): string {
  return current;
}

export function subscribePageFragment(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
