import type { Checklist, ChecklistItem } from './checklist-model.js';
import { dueText, wordsBeside } from './format-date-vi.js';

const ROLE: Record<string, string> = { lead: 'chủ trì', support: 'phối hợp', requested: 'được đề nghị', reporter: 'báo cáo' };

/** Groups items by agency, in order of first appearance; unassigned items last. */
export function byAgency(items: ChecklistItem[]): Array<{ name: string; id: string | null; items: ChecklistItem[] }> {
  const groups = new Map<string, { name: string; id: string | null; items: ChecklistItem[] }>();
  for (const i of items) {
    const k = i.agency?.id ?? '';
    if (!groups.has(k)) groups.set(k, { name: i.agency?.name ?? 'Chưa phân công', id: i.agency?.id ?? null, items: [] });
    groups.get(k)!.items.push(i);
  }
  return [...groups.values()].sort((a, b) => (a.id === null ? 1 : 0) - (b.id === null ? 1 : 0));
}

/** Markdown-escapes text and keeps it on one line: a line break in a name cannot start a heading or an item. */
function escapeMd(s: string): string {
  return s.replace(/\r\n?|[\n\u0085\u2028\u2029]/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/**
 * A GitHub-style task list grouped by agency:
 * `- [ ] II.7.b — Chỉ đạo các doanh nghiệp … (chủ trì; hạn: 30/9/2025)`, the time as the plan words it
 * beside the date when it says more (`hạn: trước 25/1/2026 — trước ngày 25 hằng tháng`); done items are ticked.
 *
 * @example
 * const md = toMarkdown(deriveChecklist(plan, { today: '2025-10-01' }).checklist);
 */
export function toMarkdown(c: Checklist): string {
  const out = [`# Danh mục nhiệm vụ — ${escapeMd(c.plan.citation)}`, ''];
  if (c.today) out.push(`Tình trạng tính đến ngày ${c.today.split('-').reverse().join('/')}.`, '');
  for (const g of byAgency(c.items)) {
    out.push(`## ${escapeMd(g.name)}`, '');
    for (const i of g.items) {
      const done = i.status === 'hoàn thành đúng hạn' || i.status === 'hoàn thành quá hạn';
      const words = wordsBeside(i);
      const when = `${dueText(i.due, i.dueKind, i.hour)}${words ? ` — ${escapeMd(words)}` : ''}`;
      const meta = [i.role ? ROLE[i.role] : null, when, i.status].filter(Boolean).join('; ');
      out.push(`- [${done ? 'x' : ' '}] ${i.ref} — ${escapeMd(i.text)} (${meta})`);
    }
    out.push('');
  }
  return out.join('\n');
}
