import { asData } from '../index-plan.js';
import { defineRule, type Report } from '../rule.js';

type Problem = { path: string; detail: string; detailEn: string };

/** The problems of a `period:` mapping, each at its place. */
function periodProblems(p: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  const hasYear = p.year !== undefined;
  const hasRange = p.from !== undefined || p.to !== undefined;
  const hasSchool = p.schoolYear !== undefined;
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  if ([hasYear, hasRange, hasSchool].filter(Boolean).length > 1) {
    out.push({ path: '/period', detail: 'ghi một trong: year, from và to, hoặc schoolYear', detailEn: 'give one of: year, from and to, or schoolYear' });
  } else if (hasRange && (p.from === undefined || p.to === undefined)) {
    out.push({ path: '/period', detail: 'cần cả from và to', detailEn: 'both from and to are needed' });
  } else if (hasRange && num(p.from)! > num(p.to)!) {
    out.push({ path: '/period/to', detail: `năm kết thúc ${p.to} trước năm bắt đầu ${p.from}`, detailEn: `end year ${p.to} is before start year ${p.from}` });
  }
  if (p.month !== undefined && !hasYear) out.push({ path: '/period/month', detail: 'kế hoạch tháng cần year', detailEn: 'a monthly plan needs year' });
  const orientation = num(p.orientation);
  if (orientation !== undefined && orientation < (num(p.to) ?? num(p.year) ?? num(p.schoolYear) ?? 0)) {
    out.push({ path: '/period/orientation', detail: 'năm định hướng phải sau thời kỳ', detailEn: 'the orientation year must come after the period' });
  }
  return out;
}

/** A plan's period is one of: a year, a range of years, a school year (with a month, or an orientation year after it). */
export default defineRule({
  meta: {
    id: 'period-shape',
    phase: 'load',
    severity: 'error',
    category: 'dates',
    required: true,
    codes: ['PERIOD_INVALID'],
    notFixable: {
      vi: 'Thời kỳ đúng của kế hoạch chỉ người soạn biết.',
      en: 'The plan\'s right period is known only to the writer.',
    },
    docs: {
      title: { vi: 'Thời kỳ kế hoạch', en: 'Plan period' },
      vi: 'Thời kỳ của kế hoạch (`period`) ghi đúng một trong: một năm (`year`, có thể kèm `month`), một giai đoạn (`from` và `to`, năm bắt đầu không sau năm kết thúc), hoặc một năm học (`schoolYear`); năm định hướng (`orientation`) phải sau thời kỳ.',
      en: 'A plan\'s period gives exactly one of: a year (with a month, perhaps), a range (from and to, in order), or a school year; an orientation year comes after the period.',
    },
    examples: {
      valid: ['period: { year: null, from: 2026, to: 2030 }', 'period: { month: 8 }'],
      invalid: [
        {
          code: 'period: { year: null, from: 2030, to: 2026 }',
          errors: [
            { message: 'Thời kỳ không hợp lệ: năm kết thúc 2026 trước năm bắt đầu 2030.', path: '/period/to', text: '2026' },
          ],
        },
        {
          code: 'period: { year: 2025, schoolYear: 2025 }',
          errors: [
            { message: 'Thời kỳ không hợp lệ: ghi một trong: year, from và to, hoặc schoolYear.', path: '/period', text: 'year: 2025\n  schoolYear: 2025\n' },
          ],
        },
      ],
    },
  },
  check({ input, report }) {
    const p = asData(input.period);
    if (!p) return;
    for (const { path, detail, detailEn } of periodProblems(p)) {
      report({ code: 'PERIOD_INVALID', path, params: { detail, detailEn } } satisfies Report);
    }
  },
});
