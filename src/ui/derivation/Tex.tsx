import { memo, useMemo } from 'react';
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
  // Why this innerHTML is safe: `html` is KaTeX's output (trust: false, so no links, images,
  // classes or styles from TeX) for TeX built in this folder from our own symbols, numbers
  // written by tex.ts, and user text only through texText, which escapes every TeX special
  // character. KaTeX HTML-escapes all text it prints. No user string reaches here raw.
  return display ? (
    <div className="derivation-math" dangerouslySetInnerHTML={{ __html: html }} />
  ) : (
    <span className="derivation-inline-math" dangerouslySetInnerHTML={{ __html: html }} />
  );
});
