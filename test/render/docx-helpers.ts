import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import PizZip from 'pizzip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The parts of a DOCX, parsed. */
export interface DocxParts {
  zip: PizZip;
  document: XmlDocument;
  styles: XmlDocument;
  part(name: string): XmlDocument;
  text(name: string): string;
}

/** Opens DOCX bytes and parses its XML parts (a parse error fails the test). */
export function openDocx(bytes: Uint8Array): DocxParts {
  const zip = new PizZip(bytes);
  const parse = (name: string) => {
    const text = zip.file(name)?.asText();
    if (text === undefined) throw new Error(`no ${name}`);
    let error = '';
    const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && (error ||= msg)) }).parseFromString(text, 'text/xml');
    if (error) throw new Error(`${name}: ${error}`);
    return doc;
  };
  return { zip, document: parse('word/document.xml'), styles: parse('word/styles.xml'), part: parse, text: (n) => zip.file(n)!.asText() };
}

/** Elements by local name in the w: namespace. */
export function all(node: XmlDocument | Element, name: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(W, name) as unknown as ArrayLike<Element>);
}

/** The first w: child element with that name, if any. */
export function child(node: Element, name: string): Element | undefined {
  return Array.from(node.childNodes as unknown as ArrayLike<Element>).find((c) => c.localName === name && c.namespaceURI === W);
}

/** A w: attribute. */
export function attr(node: Element | undefined, name: string): string | null {
  return node ? node.getAttributeNS(W, name) : null;
}

/** The text of a paragraph (runs joined; breaks as newlines). */
export function paragraphText(p: Element): string {
  let out = '';
  for (const r of all(p, 'r')) {
    for (const c of Array.from(r.childNodes as unknown as ArrayLike<Element>)) {
      if (c.localName === 't') out += c.textContent ?? '';
      else if (c.localName === 'br') out += '\n';
    }
  }
  return out;
}

/** The body paragraphs (outside tables) with their style ids. */
export function bodyParagraphs(doc: XmlDocument): Array<{ style: string | null; text: string; el: Element }> {
  const body = all(doc, 'body')[0]!;
  return Array.from(body.childNodes as unknown as ArrayLike<Element>)
    .filter((n) => n.localName === 'p')
    .map((p) => ({ style: attr(child(child(p, 'pPr') ?? p, 'pStyle'), 'val'), text: paragraphText(p), el: p }));
}

/** Run properties of the first run of a paragraph: bold, italic, size in half-points. */
export function firstRun(p: Element): { bold: boolean; italic: boolean; size: number | null } {
  const r = all(p, 'r')[0];
  const rPr = r ? child(r, 'rPr') : undefined;
  const b = rPr ? child(rPr, 'b') : undefined;
  const i = rPr ? child(rPr, 'i') : undefined;
  const sz = rPr ? child(rPr, 'sz') : undefined;
  return {
    bold: !!b && attr(b, 'val') !== '0',
    italic: !!i && attr(i, 'val') !== '0',
    size: sz ? Number(attr(sz, 'val')) : null,
  };
}

/** All text of the document, one paragraph per line (tables included, in document order). */
export function documentText(doc: XmlDocument): string {
  return all(doc, 'p').map(paragraphText).join('\n');
}

/** document.xml with one tag per line, for golden files and readable diffs. */
export function prettyXml(xml: string): string {
  return xml.replace(/></g, '>\n<') + '\n';
}
