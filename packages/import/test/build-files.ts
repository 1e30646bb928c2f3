/** Small DOCX and PDF files built in memory for the importer's tests (no fixture files needed). */
import PizZip from 'pizzip';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A DOCX whose body is `bodyXml` (WordprocessingML), with optional numbering and styles parts. */
export function buildDocx(bodyXml: string, parts: { numbering?: string; styles?: string; macro?: boolean } = {}): Uint8Array {
  const zip = new PizZip();
  const main = parts.macro
    ? 'application/vnd.ms-word.document.macroEnabled.main+xml'
    : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}"><w:body>${bodyXml}</w:body></w:document>`);
  if (parts.numbering) zip.file('word/numbering.xml', `<?xml version="1.0"?><w:numbering xmlns:w="${W_NS}">${parts.numbering}</w:numbering>`);
  if (parts.styles) zip.file('word/styles.xml', `<?xml version="1.0"?><w:styles xmlns:w="${W_NS}">${parts.styles}</w:styles>`);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A paragraph with plain runs. */
export function p(text: string, pPr = '', rPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** One line of PDF text: position from the top-left of an A4 page, size, bold or not. */
export interface PdfTextLine {
  x: number;
  y: number;
  text: string;
  size?: number;
  bold?: boolean;
}

function pdfString(s: string): string {
  return `(${s.replace(/([\\()])/g, '\\$1')})`;
}

/**
 * A PDF with one page per entry of `pages` (Times-Roman / Times-Bold, WinAnsi text: ASCII only),
 * offsets computed so pdf.js reads it without repairing.
 */
export function buildPdf(pages: PdfTextLine[][]): Uint8Array {
  const objects: string[] = [];
  const pageIds: number[] = [];
  const fontRegular = 3;
  const fontBold = 4;
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[fontRegular] = '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>';
  objects[fontBold] = '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding /WinAnsiEncoding >>';
  let next = 5;
  for (const lines of pages) {
    const content = lines
      .map((l) => `BT /${l.bold ? 'F2' : 'F1'} ${l.size ?? 13} Tf ${l.x} ${842 - l.y} Td ${pdfString(l.text)} Tj ET`)
      .join('\n');
    const contentId = next++;
    const pageId = next++;
    objects[contentId] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${fontRegular} 0 R /F2 ${fontBold} 0 R >> >> /Contents ${contentId} 0 R >>`;
    pageIds.push(pageId);
  }
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
