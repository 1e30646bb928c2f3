import { spokenPeriodWords } from '@kehoach/nd30';
import type { Plan } from '../../model.js';
import { leadBodies } from '../compose-hook.js';

/** The plan's duration in words: `năm 2026`, `năm học 2025 - 2026`, `giai đoạn 2026 - 2030`. */
export function durationWords(period: Plan['period']): string | undefined {
  if (period.from !== undefined && period.to !== undefined) return `giai đoạn ${period.from} - ${period.to}`;
  if (period.year !== undefined || period.schoolYear !== undefined) return spokenPeriodWords(period);
  return undefined;
}

/**
 * The plan summarised from its data, for a Tờ trình: its parts (the sections' labels and titles),
 * how many duties it assigns and to how many lead bodies (named), its duration and its funding.
 */
export function planSummary(plan: Plan): string[] {
  const parts = plan.sections.filter((s) => s.title !== undefined).map((s) => `${s.label} ${s.title}`);
  const leads = leadBodies(plan).map((a) => a.name);
  const out: string[] = [];
  if (parts.length) out.push(`Kế hoạch gồm ${parts.length} phần: ${parts.join('; ')}.`);
  if (plan.tasks.length) {
    out.push(`Kế hoạch giao ${plan.tasks.length} nhiệm vụ${leads.length ? ` cho ${leads.length} cơ quan, đơn vị chủ trì: ${leads.join('; ')}` : ''}.`);
  }
  const duration = durationWords(plan.period);
  if (duration) out.push(`Thời gian thực hiện: ${duration}.`);
  if (plan.implementation.funding.length) out.push(`Kinh phí thực hiện: ${plan.implementation.funding.map((f) => f.replace(/^\s*/, '')).join(' ')}`);
  return out;
}
