/**
 * What a step of the derivation is made of, as plain data: paragraphs of words and inline
 * formulas, displayed formulas, and notes. The step builders (steps/*.ts) return it; the
 * components render it. User text only ever sits in `string` parts (rendered by React as text) or
 * inside TeX built with texText (tex.ts).
 */

/** A run of prose: words, or an inline formula in TeX (live: it holds this iteration's numbers). */
export type Inline = string | { readonly math: string; readonly live?: boolean };

export type Block =
  /** A paragraph. */
  | { readonly kind: 'prose'; readonly parts: readonly Inline[] }
  /** A displayed formula: static (the same for every iteration) or filled with live numbers. */
  | { readonly kind: 'math'; readonly tex: string; readonly live?: boolean }
  /** A remark set apart: a caveat, or what the numbers of this iteration say. */
  | { readonly kind: 'note'; readonly parts: readonly Inline[] };

/** One expandable step of the derivation. */
export interface Section {
  /** Stable across iterations and variants, so a step stays open when the numbers change. */
  readonly id: string;
  /** A short plain-language title, the <summary>. */
  readonly title: string;
  /** Built only when the step is open. */
  readonly build: () => readonly Block[];
}

export const prose = (...parts: Inline[]): Block => ({ kind: 'prose', parts });
export const note = (...parts: Inline[]): Block => ({ kind: 'note', parts });
/** A static formula: its rendering is cached across iterations. */
export const formula = (tex: string): Block => ({ kind: 'math', tex });
/** A formula with this iteration's numbers in it. */
export const numbers = (tex: string): Block => ({ kind: 'math', tex, live: true });
export const math = (tex: string): Inline => ({ math: tex });
export const liveMath = (tex: string): Inline => ({ math: tex, live: true });
