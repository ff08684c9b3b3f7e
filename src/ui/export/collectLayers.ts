/**
 * Takes a figure on the page apart into layers a file can hold: every <svg> (cloned, with its
 * computed styles written on each element) and every <canvas> (as a PNG data: URL at its full
 * backing-store resolution, i.e. at the screen's pixel density), each at its place relative to
 * the figure's root element.
 *
 * Layers are found in document order, which is their paint order in the figures (stacked,
 * absolutely positioned siblings without z-index). Hidden elements, and the insides of an <svg>
 * (taken whole), are not searched.
 */
import type { ComputedValues } from './inlineStyle';
import { genericFontFamily, propertiesFor, styleDeclarations } from './inlineStyle';
import type { FigureLayer, FigureLayers } from './slideSvg';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function collectLayers(root: HTMLElement): FigureLayers {
  const origin = root.getBoundingClientRect();
  const layers: FigureLayer[] = [];
  const visit = (element: Element) => {
    if (!isShown(element)) return;
    if (element instanceof SVGSVGElement) {
      const layer = svgLayer(element, origin);
      if (layer) layers.push(layer);
    } else if (element instanceof HTMLCanvasElement) {
      const layer = canvasLayer(element, origin);
      if (layer) layers.push(layer);
    } else {
      for (const child of element.children) visit(child);
    }
  };
  for (const child of root.children) visit(child);
  return { width: origin.width, height: origin.height, layers };
}

function isShown(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.display !== 'none' && style.visibility !== 'hidden';
}

function box(element: Element, origin: DOMRect) {
  const rect = element.getBoundingClientRect();
  return { x: rect.left - origin.left, y: rect.top - origin.top, rect };
}

function canvasLayer(canvas: HTMLCanvasElement, origin: DOMRect): FigureLayer | null {
  const { x, y, rect } = box(canvas, origin);
  if (canvas.width === 0 || canvas.height === 0 || rect.width === 0 || rect.height === 0) {
    return null;
  }
  return {
    kind: 'image',
    x,
    y,
    width: rect.width,
    height: rect.height,
    href: canvas.toDataURL('image/png'),
  };
}

function svgLayer(svg: SVGSVGElement, origin: DOMRect): FigureLayer | null {
  const { x, y, rect } = box(svg, origin);
  if (rect.width === 0 || rect.height === 0) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone, null);
  clone.setAttribute('x', String(x));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(rect.width));
  clone.setAttribute('height', String(rect.height));
  return {
    kind: 'svg',
    x,
    y,
    width: rect.width,
    height: rect.height,
    markup: new XMLSerializer().serializeToString(clone),
  };
}

/**
 * Walks the element and its clone side by side (a deep clone has the same shape), writing on the
 * clone what the element's computed style says and dropping what only the page understands.
 */
function inlineStyles(source: Element, clone: Element, parent: ComputedValues | null): void {
  const values = computedValues(source);
  const style = styleDeclarations(values, parent, propertiesFor(source.localName));
  for (const name of clone.getAttributeNames()) {
    if (name === 'class' || name === 'style' || name === 'tabindex' || name.startsWith('aria-')) {
      clone.removeAttribute(name);
    }
  }
  if (style) clone.setAttribute('style', style);
  // Backwards, so that removing a clone's child leaves the indices still to visit in step.
  const sources = [...source.children];
  const clones = [...clone.children];
  for (let k = sources.length - 1; k >= 0; k--) {
    // What the page does not draw (display: none, <title> tooltips) and stray HTML inside an
    // <svg> are left out of the file.
    if (sources[k].namespaceURI !== SVG_NS || getComputedStyle(sources[k]).display === 'none') {
      clones[k].remove();
    } else {
      inlineStyles(sources[k], clones[k], values);
    }
  }
}

function computedValues(element: Element): ComputedValues {
  const computed = getComputedStyle(element);
  const values = new Map<string, string>();
  for (const { name } of propertiesFor(element.localName)) {
    const value = computed.getPropertyValue(name);
    values.set(name, name === 'font-family' ? genericFontFamily(value) : value);
  }
  return values;
}
