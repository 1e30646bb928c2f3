import { DOMParser, type Element as XElement } from '@xmldom/xmldom';

/** The WordprocessingML main namespace. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** An element of a parsed OOXML part. */
export type El = XElement;

/** Thrown (and caught by the reader) when a part is not well-formed XML. */
export class XmlError extends Error {}

/** Parses one XML part; a malformed part throws `XmlError` with the parser's message. */
export function parseXml(xml: string): El {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new XmlError(String(message).split('\n')[0]);
    },
  }).parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (!root) throw new XmlError('no root element');
  return root;
}

/** Element children of `el`, in order. */
export function children(el: El): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as El);
  return out;
}

/** First element child with the given local name in the `w:` namespace. */
export function child(el: El | undefined, name: string): El | undefined {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as El).localName === name && (n as El).namespaceURI === W) return n as El;
  }
  return undefined;
}

/** Every element child with the given local name in the `w:` namespace. */
export function childrenNamed(el: El, name: string): El[] {
  return children(el).filter((c) => c.localName === name && c.namespaceURI === W);
}

/** The `w:`-namespaced attribute `name` of `el` (e.g. `w:val`). */
export function attr(el: El | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(W, name);
  return v === null || v === '' ? (el.getAttribute(`w:${name}`) ?? undefined) || undefined : v;
}

/** `w:val` of child `name`; `undefined` when the child is absent. */
export function childVal(el: El | undefined, name: string): string | undefined {
  return attr(child(el, name), 'val');
}

/** An on/off property (`<w:b/>`, `<w:b w:val="0"/>`): `undefined` when absent. */
export function onOff(el: El | undefined, name: string): boolean | undefined {
  const c = child(el, name);
  if (!c) return undefined;
  const v = attr(c, 'val');
  return !(v === '0' || v === 'false' || v === 'off');
}

/** An integer attribute, or `undefined`. */
export function intAttr(el: El | undefined, name: string): number | undefined {
  const v = attr(el, name);
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}
