import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';

/** The WordprocessingML main namespace. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export type { Document, Element };

/** Thrown when a part is not well-formed XML. */
export class XmlError extends Error {}

/** Parses a part; a malformed part throws `XmlError`. */
export function parseXml(xml: string): Document {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new XmlError(String(message).split('\n')[0]);
    },
  }).parseFromString(xml, 'text/xml');
  if (!doc.documentElement) throw new XmlError('no root element');
  return doc;
}

/** A part as text again. */
export function serialize(node: Node): string {
  return new XMLSerializer().serializeToString(node);
}

/** Is `n` the element `w:<name>`? (An element stays an element when it is not: no narrowing to never.) */
export function isW(n: Element, name?: string): boolean;
export function isW(n: Node | null | undefined, name?: string): n is Element;
export function isW(n: Node | null | undefined, name?: string): boolean {
  return !!n && n.nodeType === 1 && (n as Element).namespaceURI === W && (name === undefined || (n as Element).localName === name);
}

/** Element children of `el`, in order. */
export function elements(el: Node): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** First child `w:<name>` of `el`. */
export function child(el: Node | undefined, name: string): Element | undefined {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) if (isW(n, name)) return n;
  return undefined;
}

/** Every descendant `w:<name>` of `el`, in document order. */
export function descendants(el: Node, name: string): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (isW(c, name)) out.push(c);
      if (c.nodeType === 1) walk(c);
    }
  };
  walk(el);
  return out;
}

/** A new element `w:<name>` with `w:` attributes. */
export function make(doc: Document, name: string, attrs: Readonly<Record<string, string>> = {}): Element {
  const el = doc.createElementNS(W, `w:${name}`);
  for (const [k, v] of Object.entries(attrs)) el.setAttributeNS(W, `w:${k}`, v);
  return el;
}

/** The `w:` attribute `name` of `el`. */
export function attr(el: Element | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(W, name) || el.getAttribute(`w:${name}`);
  return v ? v : undefined;
}

/** Moves every child of `el` before it and removes `el`. */
export function unwrap(el: Element): void {
  const parent = el.parentNode!;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

/** Removes `el` from its parent. */
export function remove(el: Node): void {
  el.parentNode?.removeChild(el);
}

/** Renames an element (`w:t` → `w:delText`): a new element with the same attributes and children in its place. */
export function rename(el: Element, name: string): Element {
  const doc = el.ownerDocument!;
  const next = doc.createElementNS(W, `w:${name}`);
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.namespaceURI) next.setAttributeNS(a.namespaceURI, a.name, a.value);
    else next.setAttribute(a.name, a.value);
  }
  while (el.firstChild) next.appendChild(el.firstChild);
  el.parentNode?.replaceChild(next, el);
  return next;
}

/** The text a paragraph prints: `w:t` (and `w:delText` when `deleted`), breaks as newlines, tabs as tabs. */
export function paragraphText(p: Node, deleted = false): string {
  let out = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      if (e.namespaceURI !== W) continue;
      const name = e.localName;
      if (name === 't' || (deleted && name === 'delText')) out += e.textContent ?? '';
      else if (name === 'br' || name === 'cr') out += '\n';
      else if (name === 'tab') out += '\t';
      else if (name !== 'pPr' && name !== 'rPr' && name !== 'instrText') walk(e);
    }
  };
  walk(p);
  return out;
}
