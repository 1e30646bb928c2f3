import type { AppendixInput } from '@kehoach/schema';
import type { Line } from './lines.js';

/**
 * The first line of an appendix as plans print it after the signature: `PHỤ LỤC`, `PHỤ LỤC I`,
 * `Phụ lục 02`, `PHỤ LỤC: PHÂN CÔNG …` (the title may follow on the same line). Each entry is a form
 * with its example (run as a test).
 */
export const APPENDIX_HEADS: ReadonlyArray<{ pattern: RegExp; example: string }> = [
  { pattern: /^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?(?:[IVXLC]+|\d{1,2}))?\s*$/u, example: 'PHỤ LỤC II' },
  { pattern: /^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?(?:[IVXLC]+|\d{1,2}))?\s*[.:–-]\s*\S.*$/u, example: 'PHỤ LỤC I: DANH MỤC NHIỆM VỤ' },
];

/** `(Kèm theo Kế hoạch số …)`, `(Ban hành kèm theo …)`: the line that ties an appendix to its plan; the lead words. */
const ATTACHED = /^\(\s*((?:Ban hành\s+)?[Kk]èm theo)\s+.*\)\s*$/u;

/** The words of an appendix head after its number (`PHỤ LỤC I: DANH MỤC` → `DANH MỤC`). */
const headTitle = (t: string) => t.replace(/^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?(?:[IVXLC]+|\d{1,2}))?\s*[.:–-]?\s*/u, '').trim();

/** A line that starts an appendix: one of the heads, alone on its line, without a numbering label. */
export function isAppendixHead(l: Line): boolean {
  return !l.label && !l.table && APPENDIX_HEADS.some((h) => h.pattern.test(l.text));
}

/**
 * Where the appendices start: the first appendix head after the signature (a signature table, the
 * `Nơi nhận` list, or `after`), else `undefined`. Lines before it are the body and the signature.
 */
export function appendicesStart(lines: readonly Line[], after: number): number | undefined {
  for (let i = Math.max(0, after); i < lines.length; i++) if (isAppendixHead(lines[i]!)) return i;
  return undefined;
}

/** One appendix read from its lines: its title lines, the `(Kèm theo …)` line, and the lines of its body. */
export interface AppendixLines {
  title: string;
  attachedLead?: string;
  landscape: boolean;
  body: Line[];
}

/** A title line of an appendix: upper case (or bold, centred), short, before the body starts. */
const titleLike = (l: Line) => !l.label && !l.table && l.text.split(' ').length <= 40 && (l.text === l.text.toLocaleUpperCase('vi') || (l.bold && l.align === 'center'));

/**
 * Splits the lines from the first appendix head into appendices: each head, the title lines under
 * it (or after it on the same line), the `(Kèm theo …)` line, then its body up to the next head.
 */
export function splitAppendices(lines: readonly Line[]): AppendixLines[] {
  const out: AppendixLines[] = [];
  let cur: AppendixLines | undefined;
  let inTitle = false;
  for (const l of lines) {
    if (isAppendixHead(l)) {
      cur = { title: headTitle(l.text), landscape: false, body: [] };
      out.push(cur);
      inTitle = true;
      continue;
    }
    if (!cur) continue;
    if (l.landscape) cur.landscape = true;
    const attached = ATTACHED.exec(l.text);
    if (inTitle && attached) {
      cur.attachedLead = attached[1]!.charAt(0).toLocaleUpperCase('vi') + attached[1]!.slice(1);
      inTitle = false;
      continue;
    }
    if (inTitle && titleLike(l)) {
      cur.title = cur.title ? `${cur.title} ${l.text}` : l.text;
      continue;
    }
    inTitle = false;
    cur.body.push(l);
  }
  return out;
}

/** The appendix's fixed fields (title, lead words of its “Kèm theo” line, orientation); its items come from the body builder. */
export function appendixFields(a: AppendixLines): AppendixInput {
  return {
    title: a.title || 'Phụ lục',
    ...(a.attachedLead && a.attachedLead !== 'Kèm theo' ? { attachedLead: a.attachedLead } : {}),
    ...(a.landscape ? { landscape: true } : {}),
  };
}
