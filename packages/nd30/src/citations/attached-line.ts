import { parseCitation } from './parse-citation.js';
import type { Citation } from './format-citation.js';

/**
 * The words that open the line under an attached document's title: a plan promulgated by a Quyết
 * định (`Ban hành kèm theo`), approved by one (`Phê duyệt kèm theo`), an appendix (`Kèm theo`).
 */
const LEADS = /^(Ban hành kèm theo|Phê duyệt kèm theo|Kèm theo)\s+(.+)$/iu;

/** `(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 24/7/2025 của …)`: the lead words, then the document cited. */
export function formatAttachedLine(lead: string, cited: string): string {
  return `(${lead} ${cited})`;
}

/**
 * Reads the line under an attached document's title back: its lead words and the document cited
 * (as {@link parseCitation} reads it, number and date included); `undefined` for any other line.
 */
export function parseAttachedLine(text: string): { lead: string; citation: Citation } | undefined {
  const t = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  const inner = /^\((.+)\)\.?$/u.exec(t)?.[1];
  const m = inner ? LEADS.exec(inner) : undefined;
  const citation = m ? parseCitation(m[2]!) : undefined;
  return m && citation ? { lead: m[1]!, citation } : undefined;
}
