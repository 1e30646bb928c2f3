/**
 * The top-level paragraphs and tables of the DOCX that `renderDocx` writes for a printed document,
 * as LibreOffice counts them (`lo-first-spread.ts`), each keyed by the preview block it belongs to
 * (`blockKey`). Runs in the worker, without the DOCX writer: test/studio-docx-frames.test.ts holds it
 * to the DOCX of every example.
 */
import type { DocBlock, PrintedDocument } from 'kehoach';
import type { DocxFrame } from './lo-first-spread.js';

/** The preview's key of a block: a body block `b3`, an appendix's `a0b3`, a table's caption with `c`; `front`, `gap`, `sig`, `a0` (an appendix's heading), `a0s` (its section break). */
export const blockKey = (index: number, appendix?: number, caption = false): string =>
  `${appendix === undefined ? '' : `a${appendix}`}b${index}${caption ? 'c' : ''}`;

const para = (key: string): DocxFrame => ({ key, count: 1, nodes: 1 });

/** A table frame: its rows (header and body), each cell's two nodes and its paragraphs (one at least). */
function tableFrame(key: string, rows: ReadonlyArray<{ cells: ReadonlyArray<{ paragraphs: readonly string[] }> }>): DocxFrame {
  const nodes = rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + 2 + Math.max(1, c.paragraphs.length), 0), 2);
  return { key, count: rows.length, nodes, cells: (rows[1] ?? rows[0])?.cells.length ?? 0 };
}

/** A body block's frames: a paragraph; or a table's caption, the table and the empty paragraph after it. */
function blockFrames(b: DocBlock, key: string): DocxFrame[] {
  if (b.role !== 'table') return [para(key)];
  const t = b.table;
  return [...(t.title ? [para(`${key}c`)] : []), tableFrame(key, [...t.header, ...t.rows]), para(`${key}+`)];
}

/**
 * The frames of the DOCX of `d`, or undefined for what the count does not know (a draft's frame,
 * the stamp, the attached line, độ mật marks, several signers): the header table (two rows), the type
 * line and title, Kính gửi and its lines, an empty paragraph; the body; the empty paragraph kept with
 * the signature table and the table (Nơi nhận | signer); each appendix after a paragraph ending the
 * section before it: its three heading lines, then its body.
 */
export function docxFrames(d: PrintedDocument): DocxFrame[] | undefined {
  const h = d.header;
  if (h.draftMark || h.marks.length || d.stamp.length || d.attachedLine || d.signatures.length > 1) return undefined;
  // The header's cells: the agencies (two or three lines as the column fits them), nation, motto and
  // rule; the number (and V/v), the date. Known to ±1 node: `paragraphsPerPage` keeps a margin.
  const agencies = Math.max(2, Math.min(3, h.parentLines.length + h.issuerLines.length + (h.parentLines.length ? 1 : 0)));
  const front: DocxFrame = { key: 'front', count: 2, nodes: 2 + 8 + agencies + 3 + 1 + (h.subjectLines.length ? 1 : 0) + 1, cells: 2 };
  const frames: DocxFrame[] = [front];
  if (d.titleLines.length) frames.push(para('front'), para('front'));
  if (d.addressees.length) frames.push(para('front'), ...d.addressees.map(() => para('front')));
  frames.push(para('front'));
  d.body.forEach((b, i) => frames.push(...blockFrames(b, blockKey(i))));
  const signer = d.signatures[0];
  const right = signer ? signer.lines.length + 5 : 1;
  const left = d.recipients ? 1 + d.recipients.lines.length : 1;
  frames.push(para('gap'), { key: 'sig', count: 1, nodes: 2 + 4 + left + right, cells: 2 });
  d.appendices.forEach((a, k) => {
    frames.push(para(`a${k}s`), { ...para(`a${k}`), section: true }, para(`a${k}`), para(`a${k}`));
    a.body.forEach((b, i) => frames.push(...blockFrames(b, blockKey(i, k))));
  });
  return frames;
}
