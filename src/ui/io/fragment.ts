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
 * The address bar follows the state: the run's configuration (`configText`, '' at the defaults)
 * and the page's own keys (the guide's chapter, a presentation's settings), so that what the
 * address bar shows is always a link to what the page shows. A page at its defaults has the bare
 * address.
 */
export function followState(configText: string, pageText: string): void {
  const { hash, pathname, search } = window.location;
  const text = joinFragment(configText, pageText);
  if (text === hash.slice(1)) return;
  window.history.replaceState(
    window.history.state,
    '',
    text === '' ? `${pathname}${search}` : `${pathname}${search}#${text}`,
  );
}

/** Rewrites the page's part of the fragment, keeping the configuration's part. */
export function syncPageFragment(pageText: string): void {
  const { hash, pathname, search } = window.location;
  const text = joinFragment(configPart(hash.slice(1)), pageText);
  if (text === hash.slice(1)) return;
  window.history.replaceState(
    window.history.state,
    '',
    text === '' ? `${pathname}${search}` : `${pathname}${search}#${text}`,
  );
}
