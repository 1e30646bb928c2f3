import type { PlanDiff } from './model.js';
import { tokenize, type WordPart } from './words.js';

/** Options of `formatPlanDiff`. */
export interface FormatDiffOptions {
  /** `text` (a terminal, a log) or `markdown` (a review thread, a wiki). */
  format?: 'text' | 'markdown';
  /** The names of the two versions, for the first line. */
  before?: string;
  after?: string;
  /** Words kept around a change in a wording line (default 6). */
  context?: number;
}

/** Marks for deletions and insertions: git's `--word-diff=plain` in text, strike-through and bold in Markdown. */
const MARKS = {
  text: { del: (s: string) => `[-${s}-]`, ins: (s: string) => `{+${s}+}` },
  markdown: { del: (s: string) => `~~${s.trim()}~~${/\s$/.test(s) ? ' ' : ''}`, ins: (s: string) => `**${s.trim()}**${/\s$/.test(s) ? ' ' : ''}` },
} as const;

/** A kept piece shortened to `n` words at the ends that touch a change. */
function clip(text: string, n: number, head: boolean, tail: boolean): string {
  const words = tokenize(text);
  const count = words.filter((w) => /\S/.test(w)).length;
  if (count <= 2 * n) return text;
  const keep = (list: string[], k: number) => {
    const out: string[] = [];
    let seen = 0;
    for (const w of list) {
      if (/\S/.test(w) && seen++ >= k) break;
      out.push(w);
    }
    return out;
  };
  const start = head ? keep(words, n).join('') : '';
  const end = tail ? keep([...words].reverse(), n).reverse().join('') : '';
  return `${start}${head ? '…' : ''}${tail && head ? ' ' : ''}${tail ? '…' : ''}${end}`.replace(/^…$/, '…');
}

/** A wording change on one line, with a few words of context around each change. */
export function wordLine(parts: readonly WordPart[], format: 'text' | 'markdown' = 'text', context = 6): string {
  const m = MARKS[format];
  return parts
    .map((p, i) => {
      if (p.op === 'delete') return m.del(p.text);
      if (p.op === 'insert') return m.ins(p.text);
      return clip(p.text, context, i > 0, i < parts.length - 1);
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The changes as a reader takes them in: a first line saying how many, then one line each, and
 * under a wording change the words that changed (`[-cũ-]{+mới+}` in text, ~~cũ~~ **mới** in Markdown).
 *
 * @example
 * process.stdout.write(formatPlanDiff(diffPlans(a, b), { before: 'v1.yaml', after: 'v2.yaml' }));
 */
export function formatPlanDiff(diff: PlanDiff, options: FormatDiffOptions = {}): string {
  const format = options.format ?? 'text';
  const names = options.before && options.after ? `${options.before} → ${options.after}: ` : '';
  const count = diff.changes.length;
  const head = diff.same ? `${names}không có thay đổi (no changes)` : `${names}${count} thay đổi (${count} change${count === 1 ? '' : 's'})`;
  const lines: string[] = [];
  if (format === 'markdown') {
    lines.push(`## ${head}`, '');
    diff.changes.forEach((c, i) => {
      lines.push(`${i + 1}. ${c.message}`);
      if (c.words) lines.push(`   > ${wordLine(c.words, 'markdown', options.context)}`);
    });
  } else {
    lines.push(head);
    for (const c of diff.changes) {
      lines.push(`- ${c.message}`);
      if (c.words) lines.push(`    ${wordLine(c.words, 'text', options.context)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The comparison as JSON (the data of `diffPlans`, with the names of the two versions). */
export function planDiffToJson(diff: PlanDiff, names: { before?: string; after?: string } = {}): string {
  return `${JSON.stringify({ ...names, ...diff }, null, 2)}\n`;
}
