/**
 * The page's address fragment (the part after #), which holds a shared link's configuration.
 * history.replaceState changes it without a reload and without a new entry in the back button's
 * history.
 */
import { configPart, joinFragment } from '../../state/pageLink';

/** Puts `text` after the # and returns the page's full address, for the clipboard. */
export function writeFragment(text: string): string {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}#${text}`);
  return window.location.href;
}

/**
 * Removes the fragment when its configuration is other than `current` (the run's link text). The
 * page's own keys (the guide's chapter, a presentation's settings) are not the run's: the page
 * keeps them up to date itself (syncPageFragment).
 */
export function dropStaleFragment(current: string): void {
  const { hash, pathname, search } = window.location;
  if (hash === '' || configPart(hash.slice(1)) === current) return;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

/** Rewrites the page's part of the fragment, if there is a fragment (a link was opened). */
export function syncPageFragment(pageText: string): void {
  const { hash, pathname, search } = window.location;
  if (hash === '') return;
  const text = joinFragment(configPart(hash.slice(1)), pageText);
  if (text === hash.slice(1)) return;
  window.history.replaceState(
    window.history.state,
    '',
    text === '' ? `${pathname}${search}` : `${pathname}${search}#${text}`,
  );
}
