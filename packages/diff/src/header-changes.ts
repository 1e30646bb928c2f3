import type { PrintedDocument } from '@kehoach/document';
import type { ChangeData } from './change-words.js';
import type { HeaderField } from './model.js';

/** Each line of the header a reader compares, as printed: one entry per field. */
const HEADER_LINES: ReadonlyArray<readonly [HeaderField, (d: PrintedDocument) => string]> = [
  ['kind', (d) => d.meta.kindName],
  ['parent', (d) => d.header.parentLines.join(' ')],
  ['issuer', (d) => d.header.issuerLines.join(' ')],
  ['number', (d) => d.header.numberLine.replace(/\s+/g, ' ')],
  ['date', (d) => d.header.dateLine.replace(/\s+/g, ' ')],
  ['typeLine', (d) => d.titleLines[0] ?? ''],
  ['title', (d) => d.title],
  ['addressees', (d) => d.addressees.join('; ')],
  ['signature', (d) => d.signatures.map((s) => [...s.lines, s.name].join(' ')).join('; ')],
];

/** What changed in the header (issuer, number, date, title, Kính gửi) and the signature, line by line. */
export function headerChanges(a: PrintedDocument, b: PrintedDocument): ChangeData[] {
  const out: ChangeData[] = [];
  for (const [field, line] of HEADER_LINES) {
    const before = line(a);
    const after = line(b);
    if (before !== after) out.push({ kind: 'header-changed', field, before, after });
  }
  return out;
}
