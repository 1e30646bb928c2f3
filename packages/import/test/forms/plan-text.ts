/** Small plans of the team's own, imported from text: a header, the body given, a signature and Nơi nhận. */
import { expect } from 'vitest';
import { loadPlan, type Plan } from '@kehoach/core';
import { deriveChecklist } from '@kehoach/checklist';
import { importPlan, type ImportResult } from '@kehoach/import';

/** The header of a commune plan, as a secretariat types it. */
export const HEADER = [
  'ỦY BAN NHÂN DÂN',
  'XÃ AN BÌNH',
  'Số: 12/KH-UBND',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'An Bình, ngày 05 tháng 01 năm 2026',
  'KẾ HOẠCH',
  'Phòng, chống thiên tai năm 2026',
].join('\n\n');

/** The signature and Nơi nhận of that plan. */
export const SIGNATURE = ['Nơi nhận:', '- Ủy ban nhân dân huyện;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn An'].join('\n\n');

/** Imports a plan whose body is `body` (paragraphs separated by new lines); `after` follows the signature (appendices). */
export async function importBody(body: string, after = ''): Promise<{ r: ImportResult; plan: Plan; checklist: ReturnType<typeof deriveChecklist>['checklist'] }> {
  const text = [HEADER, body.split('\n').join('\n\n'), SIGNATURE, after.split('\n').join('\n\n')].join('\n\n');
  const r = await importPlan(new TextEncoder().encode(text), { fileName: 'ke-hoach.txt' });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const loaded = loadPlan(r.yaml!, { file: 'ke-hoach.yaml' });
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { r, plan: loaded.plan!, checklist: deriveChecklist(loaded.plan!).checklist };
}

/** Each task as [first words, lead names, support names, requested names]. */
export function who(plan: Plan, words = 5): Array<[string, string[], string[], string[]]> {
  return plan.tasks.map((t) => [t.text.join(' ').split(' ').slice(0, words).join(' '), t.lead.map((a) => a.name), t.support.map((a) => a.name), t.requested.map((a) => a.name)]);
}
