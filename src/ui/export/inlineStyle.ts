/**
 * The styles an SVG element needs written on itself to look the same outside the page. In the page
 * its look comes from CSS classes and custom properties (var(--plot-class0)), which a file saved
 * on its own does not have; the browser's computed values (colours as rgb(), lengths in px) do
 * survive. Pure: it works on maps of property ↦ computed value, read from the page elsewhere.
 */

export interface StyleProperty {
  readonly name: string;
  /** Inherited properties are written only where they differ from the parent's. */
  readonly inherited: boolean;
  /**
   * The value an element has when nothing sets it; a non-inherited property equal to it is left
   * out. Undefined: always written (see overflow).
   */
  readonly initial?: string;
  /** Only on these elements (lower-case tag names). */
  readonly elements?: readonly string[];
}

/** What the figures' stylesheets set on SVG elements, with Chromium's computed initial values. */
export const SVG_STYLE_PROPERTIES: readonly StyleProperty[] = [
  { name: 'fill', inherited: true, initial: 'rgb(0, 0, 0)' },
  { name: 'fill-opacity', inherited: true, initial: '1' },
  { name: 'fill-rule', inherited: true, initial: 'nonzero' },
  { name: 'stroke', inherited: true, initial: 'none' },
  { name: 'stroke-width', inherited: true, initial: '1px' },
  { name: 'stroke-opacity', inherited: true, initial: '1' },
  { name: 'stroke-dasharray', inherited: true, initial: 'none' },
  { name: 'stroke-dashoffset', inherited: true, initial: '0px' },
  { name: 'stroke-linecap', inherited: true, initial: 'butt' },
  { name: 'stroke-linejoin', inherited: true, initial: 'miter' },
  { name: 'paint-order', inherited: true, initial: 'normal' },
  { name: 'shape-rendering', inherited: true, initial: 'auto' },
  { name: 'visibility', inherited: true, initial: 'visible' },
  { name: 'font-family', inherited: true },
  { name: 'font-size', inherited: true, initial: '16px' },
  { name: 'font-weight', inherited: true, initial: '400' },
  { name: 'font-style', inherited: true, initial: 'normal' },
  { name: 'font-variant-numeric', inherited: true, initial: 'normal' },
  { name: 'letter-spacing', inherited: true, initial: 'normal' },
  { name: 'text-anchor', inherited: true, initial: 'start' },
  { name: 'dominant-baseline', inherited: true, initial: 'auto' },
  { name: 'opacity', inherited: false, initial: '1' },
  // A nested <svg> clips by default; the page's layers set `overflow: visible` to let axes and
  // dots on the edge show whole. Written always, since "visible" is the initial value in CSS but
  // not what an <svg> inside another gets from the user-agent stylesheet.
  { name: 'overflow', inherited: false, elements: ['svg'] },
];

export type ComputedValues = ReadonlyMap<string, string>;

const GENERIC_FAMILIES = ['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy'];

/**
 * The page's font stacks name fonts a reader of the file may not have (system-ui, Segoe UI):
 * the file names only the generic family the stack ends in, which every renderer has.
 */
export function genericFontFamily(stack: string): string {
  const names = stack.split(',').map((name) => name.trim().replace(/^["']|["']$/g, ''));
  const generics = names.filter((name) => GENERIC_FAMILIES.includes(name));
  return generics.at(-1) ?? 'sans-serif';
}

/** The properties to read for an element with this tag. */
export function propertiesFor(tag: string): readonly StyleProperty[] {
  const name = tag.toLowerCase();
  return SVG_STYLE_PROPERTIES.filter((p) => !p.elements || p.elements.includes(name));
}

/**
 * The `style` attribute for an element: its computed values minus what it would get anyway, by
 * inheritance from the parent (written above it in the file) or as the initial value. The root
 * of a layer has no parent in the file, so it writes every inherited value that is not initial.
 */
export function styleDeclarations(
  own: ComputedValues,
  parent: ComputedValues | null,
  properties: readonly StyleProperty[] = SVG_STYLE_PROPERTIES,
): string {
  const declarations: string[] = [];
  for (const { name, inherited, initial } of properties) {
    const value = own.get(name);
    if (value === undefined || value === '') continue;
    const implied =
      inherited && parent ? parent.get(name) : initial === undefined ? undefined : initial;
    if (value !== implied) declarations.push(`${name}: ${value}`);
  }
  return declarations.join('; ');
}
