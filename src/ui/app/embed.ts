/**
 * Embedding: the page shown in another page's frame (a course page, slides, a learning platform)
 * with only the parts the link names (`#…&embed=data,transport`), and the code a teacher pastes
 * to get it. An embedded page keeps nothing in the browser's storage: it would overwrite the
 * reader's own session of the full app (same origin) with the course page's setup.
 */
import type { EmbedPart, PageState } from '../../state/pageLink';
import { MemoryStorage } from '../../state/memoryStorage';
import {
  decodePageState,
  EMBED_PART_NAMES,
  encodePageState,
  joinFragment,
} from '../../state/pageLink';

/**
 * Whether this page was opened embedded; decided once, from the address it was opened at, by the
 * decoder that gives the page its embedded parts (page.embed), so the two cannot disagree.
 */
export const EMBEDDED_AT_LOAD: boolean =
  typeof window !== 'undefined' &&
  (decodePageState(window.location.hash, []).state.embed ?? null) !== null;

/** Storage that forgets: what an embedded page "saves" lives as long as the frame. */
export const EMBED_STORAGE = new MemoryStorage();

/** The address of this page (without its fragment) with the given fragment. */
export function pageAddress(fragment: string, location: Pick<Location, 'href'>): string {
  const base = location.href.split('#')[0];
  return fragment === '' ? base : `${base}#${fragment}`;
}

/** The full app with the same run and page: the embedded page's "open the full app" link. */
export function fullAppFragment(configText: string, page: PageState): string {
  return joinFragment(configText, encodePageState({ ...page, embed: null, presenting: false }));
}

/**
 * The embedded page's fragment: the run, the chapter and scene of the page's own fragment (as
 * encodePageState wrote it), and the parts to show; never presentation mode or hidden parts.
 */
export function embedFragment(
  configText: string,
  pageText: string,
  parts: readonly EmbedPart[],
): string {
  const page = new URLSearchParams(pageText);
  page.delete('present');
  page.delete('hide');
  page.set('embed', parts.join(','));
  return joinFragment(configText, page.toString());
}

/** What a frame's title says it holds, for screen readers on the course page. */
export function embedTitle(parts: readonly EmbedPart[]): string {
  const names = parts.filter((part) => part !== 'transport').map((part) => EMBED_PART_NAMES[part]);
  const what = names.length > 0 ? names.join(', ') : 'the run’s controls';
  return `Gradient descent for logistic regression: ${what}`;
}

/**
 * The HTML a teacher pastes: a plain iframe with a title, lazy loading, and a sandbox that allows
 * what the app needs (its scripts and workers, and its own origin for them and for the "open the
 * full app" link's new tab) and nothing else (no forms, no top navigation, no modals).
 */
export function embedCode(
  src: string,
  parts: readonly EmbedPart[],
  size = { width: 800, height: 500 },
): string {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return (
    `<iframe src="${escape(src)}" title="${escape(embedTitle(parts))}" ` +
    `width="${size.width}" height="${size.height}" loading="lazy" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" ` +
    `style="border: 1px solid #ccc; border-radius: 4px; max-width: 100%;"></iframe>`
  );
}
