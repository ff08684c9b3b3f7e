/**
 * The page's address fragment (the part after #), which holds a shared link's configuration.
 * history.replaceState changes it without a reload and without a new entry in the back button's
 * history.
 */

/** Puts `text` after the # and returns the page's full address, for the clipboard. */
export function writeFragment(text: string): string {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}#${text}`);
  return window.location.href;
}

/** Removes the fragment when it holds something other than `current` (the run's link text). */
export function dropStaleFragment(current: string): void {
  const { hash, pathname, search } = window.location;
  if (hash === '' || hash.slice(1) === current) return;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}
