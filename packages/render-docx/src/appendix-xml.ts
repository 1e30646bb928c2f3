import type { PrintedAppendix } from '@kehoach/document';
import { bodyXml } from './paragraph-xml.js';
import { plainParagraph as para, plainRun as run } from './plain-xml.js';
import type { DropCounter } from './xml-text.js';

/**
 * An appendix numbers its own pages (Nghị định 30): they restart at 1, and its first page, like
 * the document's, has none; header and footer references are kept.
 */
function ownNumbering(sectPr: string): string {
  const s = sectPr.replace(/<w:pgNumType [^>]*\/>/, '');
  const withNumbers = s.replace(/(<w:pgMar [^>]*\/>)/, '$1<w:pgNumType w:start="1"/>');
  return withNumbers.includes('<w:titlePg/>') ? withNumbers : withNumbers.replace('</w:sectPr>', '<w:titlePg/></w:sectPr>');
}

/** The landscape section of an appendix, from the document's portrait section properties. */
export function landscape(sectPr: string): string {
  return ownNumbering(
    sectPr
      .replace(/<w:pgSz [^>]*\/>/, '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')
      .replace(/<w:pgMar [^>]*\/>/, '<w:pgMar w:top="1701" w:right="1134" w:bottom="1134" w:left="1134" w:header="851" w:footer="567" w:gutter="0"/>'),
  );
}

/** The portrait section of an appendix: the same page as the document's, its own page numbers. */
export function continued(sectPr: string): string {
  return ownNumbering(sectPr);
}

/**
 * An appendix as OOXML: its heading and title (14 pt bold), the “(Kèm theo …)” line in italics, then
 * its body blocks — one of the plan's own appendices, or the task appendix with its list table.
 */
export function appendixXml(a: PrintedAppendix, dropped: DropCounter): string {
  return (
    para(run(a.heading, dropped, { b: true, sz: 28 })) +
    para(run(a.title, dropped, { b: true, sz: 28 })) +
    para(run(a.attached, dropped, { i: true, sz: 28 }), 'center', 240) +
    bodyXml(a.body, dropped, a.landscape)
  );
}
