import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { morphInnerHtml } from './morph';
import { renderTex } from './renderTex';

interface TexProps {
  tex: string;
  /** A displayed formula in its own horizontally scrolling box, or inline in a sentence. */
  display?: boolean;
  /** Static formulas are typeset once and cached (see renderTex). */
  cached?: boolean;
}

/** A formula, typeset by KaTeX; re-typeset only when its TeX changes. */
export const Tex = memo(function Tex({ tex, display = false, cached = false }: TexProps) {
  const html = useMemo(() => renderTex(tex, display, cached), [tex, display, cached]);
  // Why this HTML is safe: `html` is KaTeX's output (trust: false, so no links, images,
  // classes or styles from TeX) for TeX built in this folder from our own symbols, numbers
  // written by tex.ts, and user text only through texText, which escapes every TeX special
  // character. KaTeX HTML-escapes all text it prints. No user string reaches here raw.
  const box = useKeyboardScroll(display, html);
  const inline = useRef<HTMLSpanElement>(null);
  // The formula's elements are this component's own, not React's: a new formula changes only the
  // nodes that differ (morph.ts), before the browser draws.
  useLayoutEffect(() => {
    const element = display ? box.current : inline.current;
    if (element) morphInnerHtml(element, html);
  }, [display, html, box]);
  return display ? (
    <div ref={box} className="derivation-math" />
  ) : (
    <span ref={inline} className="derivation-inline-math" />
  );
});

/**
 * A displayed formula wider than its box scrolls sideways; keyboard users can only scroll what
 * they can focus, so the box joins the tab order while (and only while) it overflows: not every
 * formula becomes a tab stop.
 */
function useKeyboardScroll(active: boolean, html: string) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!active || !element) return;
    // Measured in the observer's callback, after layout, never by forcing one: live formulas
    // change several times a second while the run plays. The box and its content are both
    // watched: new content may overflow a box whose own size did not change. KaTeX's display
    // wrappers are blocks as wide as the box, so the content is watched through its pieces (the
    // inline blocks of each line), whose widths change when, say, a font arrives after the typesetting.
    const observer = new ResizeObserver(() => {
      if (element.scrollWidth > element.clientWidth) element.tabIndex = 0;
      else element.removeAttribute('tabindex');
    });
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    for (const piece of element.querySelectorAll('.katex-html > .base, .katex-html > .tag')) {
      observer.observe(piece);
    }
    return () => observer.disconnect();
  }, [active, html]);
  return ref;
}
