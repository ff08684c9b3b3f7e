/**
 * Puts new HTML into an element by changing only what differs from what it holds: a live formula
 * re-typeset with this iteration's numbers has mostly the same elements as before (KaTeX's
 * boxes), with other digits and a few other sizes. Replacing all of it (innerHTML) makes the
 * browser style and lay out a few hundred new elements four times a second; changing the text
 * and attributes that differ leaves the rest as it was laid out.
 *
 * The result is the same tree that `element.innerHTML = html` gives: the HTML is parsed the same
 * way (a template element, inert: nothing in it loads or runs), then node by node, a node of the
 * same kind is kept and brought to the new one's attributes and text, and any other is replaced
 * by the new one.
 */
export function morphInnerHtml(element: Element, html: string): void {
  const template = element.ownerDocument.createElement('template');
  template.innerHTML = html;
  morphChildren(element, template.content);
}

function morphChildren(target: Node, source: Node): void {
  let kept = target.firstChild;
  let next = source.firstChild;
  while (next) {
    // Read before `next` may move from the template into the target.
    const following = next.nextSibling;
    if (!kept) {
      target.appendChild(next);
    } else {
      const keptFollowing = kept.nextSibling;
      if (sameKind(kept, next)) morphNode(kept, next);
      else target.replaceChild(next, kept);
      kept = keptFollowing;
    }
    next = following;
  }
  while (kept) {
    const keptFollowing = kept.nextSibling;
    target.removeChild(kept);
    kept = keptFollowing;
  }
}

const sameKind = (a: Node, b: Node): boolean =>
  a.nodeType === b.nodeType &&
  a.nodeName === b.nodeName &&
  (a as Element).namespaceURI === (b as Element).namespaceURI;

function morphNode(kept: Node, next: Node): void {
  if (kept.nodeType !== Node.ELEMENT_NODE) {
    if (kept.nodeValue !== next.nodeValue) kept.nodeValue = next.nodeValue;
    return;
  }
  syncAttributes(kept as Element, next as Element);
  morphChildren(kept, next);
}

/**
 * Gives `kept` the attributes of `next`. It runs for every element of every live formula four
 * times a second, so it reads the attribute lists in place (no arrays) and, once every wanted
 * attribute is there, looks for extra ones only if the counts differ.
 */
function syncAttributes(kept: Element, next: Element): void {
  const wanted = next.attributes;
  for (let k = 0; k < wanted.length; k++) {
    const { namespaceURI, localName, name, value } = wanted[k];
    const current =
      namespaceURI === null
        ? kept.getAttribute(name)
        : kept.getAttributeNS(namespaceURI, localName);
    if (current !== value) kept.setAttributeNS(namespaceURI, name, value);
  }
  const have = kept.attributes;
  if (have.length === wanted.length) return;
  for (let k = have.length - 1; k >= 0; k--) {
    const { namespaceURI, localName } = have[k];
    if (!next.hasAttributeNS(namespaceURI, localName))
      kept.removeAttributeNS(namespaceURI, localName);
  }
}
