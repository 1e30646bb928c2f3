import PizZip from 'pizzip';

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * The text of a DOCX's main document, one paragraph per line; the paragraphs of a table row are
 * joined by ` | ` (as the corpus's `text.txt` extraction writes them).
 */
export function docxText(bytes: Uint8Array): string {
  const xml = new PizZip(bytes).file('word/document.xml')?.asText() ?? '';
  const para = (p: string) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)].map((m) => (m[1] !== undefined ? decode(m[1]) : ' ')).join('');
  const lines: string[] = [];
  // Rows first (their paragraphs on one line), then the paragraphs outside tables.
  const parts = xml.split(/(<w:tr[ >][\s\S]*?<\/w:tr>)/);
  for (const part of parts) {
    if (part.startsWith('<w:tr')) {
      lines.push([...part.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => para(m[0])).filter(Boolean).join(' | '));
    } else for (const m of part.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) lines.push(para(m[0]));
  }
  return lines.join('\n');
}
