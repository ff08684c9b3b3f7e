/**
 * TeX to HTML with KaTeX (once loaded, see katexLoader.ts), always with the same safe options,
 * and a small cache so the static formulas (the same string every iteration) are typeset once.
 */
import type { KatexOptions } from 'katex';
import { katexState } from './katexLoader';

/**
 * trust: false      no \href, \url, \includegraphics or \html… commands: TeX cannot make links,
 *                   load images or set classes, ids, styles or attributes.
 * throwOnError      false: a formula KaTeX cannot parse shows as red source text, never a crash.
 * output            HTML for the eye, MathML for screen readers.
 * strict: 'ignore'  a user's feature name may hold characters outside KaTeX's fonts (emoji,
 *                   CJK); they are shown with a fallback font instead of a console warning. This
 *                   concerns LaTeX compatibility only, not safety. The tests render every builder
 *                   with strict: 'error', so our own TeX stays clean.
 */
export const KATEX_OPTIONS: Readonly<KatexOptions> = {
  trust: false,
  throwOnError: false,
  output: 'htmlAndMathml',
  strict: 'ignore',
};

/** Enough for the static formulas of every variant; live ones (new every iteration) skip it. */
const CACHE_SIZE = 256;
const cache = new Map<string, string>();

/**
 * KaTeX's HTML for `tex`, displayed (a block) or inline; `cached` for formulas that recur (the
 * static ones). Pure in effect: the cache only saves work, and a string evicted is typeset again
 * the same way.
 */
export function renderTex(tex: string, displayMode: boolean, cached = false): string {
  const loaded = katexState();
  // The panel renders formulas only once KaTeX is ready (useKatex).
  if (loaded.status !== 'ready') throw new Error('KaTeX is not loaded yet.');
  const { katex } = loaded;
  if (!cached) return katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode });
  const key = `${displayMode ? 'D' : 'I'}${tex}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    // Refresh its place: the Map's order is the eviction order.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode });
  cache.set(key, html);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return html;
}
