import { periodYears } from '@kehoach/core';
import { isRealDate } from '@kehoach/nd30';
import { defineRule } from '../rule.js';
import { isCitationDate, textDates } from '../text-helpers.js';

/** A date, quarter, month or school year of an earlier year in the text of a later plan. */
export default defineRule({
  meta: {
    id: 'stale-year',
    phase: 'content',
    severity: 'warning',
    category: 'dates',
    fixable: true,
    notFixable: {
      vi: 'Không sửa tự động khi thời kỳ kế hoạch nhiều năm (không biết năm nào mới đúng), với năm học, và khi ngày đó không có trong năm của kế hoạch (29/2).',
      en: 'No fix when the period spans several years (which year is meant is not known), for a school year, or when the day does not exist in the plan\'s year (29/2).',
    },
    docs: {
      title: { vi: 'Năm cũ còn sót', en: 'Stale year' },
      vi: 'Ngày, quý, tháng, năm học của năm trước thời kỳ kế hoạch (và trước năm ban hành) còn sót trong lời văn (“từ ngày 01/7/2024” trong kế hoạch năm 2025) — thường do chép từ kế hoạch năm trước. Ngày của văn bản được trích dẫn (“Quyết định số 12/QĐ-UBND ngày 04/01/2024”, kể cả ký hiệu gõ có dấu cách) và phần mở đầu không bị tính; một mốc trong năm ban hành (kế hoạch năm 2026 ban hành tháng 12/2025: “chậm nhất ngày 31/12/2025”) là việc chuẩn bị, không bị tính.',
      en: 'A date, quarter, month or school year before the plan\'s period (and before its year of issue) left in the text ("từ ngày 01/7/2024" in a 2025 plan) — usually copied from last year\'s plan. Dates of cited documents (a symbol typed with a space too) and the opening are not counted; a date in the year of issue (a 2026 plan issued in 12/2025: "by 31/12/2025") is preparation, not counted.',
    },
    examples: {
      valid: [
        'body: [ { title: NHIỆM VỤ, items: [ "Mở đợt cao điểm từ ngày 01/7/2025 đến ngày 30/9/2025.", "Thực hiện Kế hoạch số 12/KH-UBND ngày 04/01/2024." ] } ]',
        'body: [ { title: NHIỆM VỤ, items: [ "Theo Quyết định số 1520/QĐ- UBND ngày 09/8/2023 của UBND tỉnh về quy chế phối hợp.", "Thực hiện Đề án số 02-ĐA/TU, ngày 15/3/2021 của Tỉnh ủy." ] } ]',
        // a plan for 2025 issued in 2024: a deadline of 2024 prepares it
        'date: 2024-12-10\nperiod: { year: 2025 }\nbody: [ { title: NHIỆM VỤ, items: [ "Các xã ban hành kế hoạch của mình chậm nhất ngày 31/12/2024." ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ "Mở đợt cao điểm từ ngày 01/7/2024 đến ngày 30/9/2024." ] } ]',
          errors: [
            { message: '“01/7/2024” thuộc năm 2024, trước thời kỳ của kế hoạch (2025): có phải chép từ kế hoạch năm trước?', path: '/body/0/items/0', text: '01/7/2024' },
            { message: '“30/9/2024” thuộc năm 2024, trước thời kỳ của kế hoạch (2025): có phải chép từ kế hoạch năm trước?', path: '/body/0/items/0', text: '30/9/2024' },
          ],
          output: 'body: [ { title: NHIỆM VỤ, items: [ "Mở đợt cao điểm từ ngày 01/7/2025 đến ngày 30/9/2025." ] } ]',
        },
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ "Hoàn thành trong quý II/2024." ] } ]',
          errors: [
            { message: '“quý II/2024” thuộc năm 2024, trước thời kỳ của kế hoạch (2025): có phải chép từ kế hoạch năm trước?', path: '/body/0/items/0', text: 'quý II/2024' },
          ],
          output: 'body: [ { title: NHIỆM VỤ, items: [ "Hoàn thành trong quý II/2025." ] } ]',
        },
        {
          // a period of several years: which year is meant is not known, no fix
          code: 'period: { year: null, from: 2025, to: 2026 }\nbody: [ { title: NHIỆM VỤ, items: [ "Hoàn thành trong tháng 5/2023." ] } ]',
          errors: [
            { message: '“tháng 5/2023” thuộc năm 2023, trước thời kỳ của kế hoạch (2025): có phải chép từ kế hoạch năm trước?', path: '/body/0/items/0', text: 'tháng 5/2023' },
          ],
        },
      ],
    },
  },
  check({ plan, prose, report }) {
    const years = periodYears(plan.period);
    const issued = plan.date ? Number(plan.date.slice(0, 4)) : plan.draftDate?.year;
    // a date of the year of issue prepares the plan (a 2026 plan written in 2025): earlier years only
    const first = years[0] ?? plan.year;
    const before = Math.min(first, issued ?? Infinity);
    for (const p of prose) {
      if (p.path.startsWith('/opening') || p.path.startsWith('/parent')) continue;
      const found: Array<{ index: number; text: string; year: number; fixable: boolean }> = [];
      for (const d of textDates(p.text)) {
        if (d.year < before && d.year >= first - 10 && !isCitationDate(p.text, d.index)) found.push({ index: d.index, text: d.text, year: d.year, fixable: isRealDate(first, d.month, d.day) });
      }
      for (const m of p.text.matchAll(/(?:năm học (\d{4})\s*[-–]\s*\d{4}|qu[ýí] [IV]+\/(\d{4})|tháng \d{1,2}\/(\d{4}))(?!\d)/giu)) {
        const y = Number(m[1] ?? m[2] ?? m[3]);
        if (y < before && y >= first - 10) found.push({ index: m.index!, text: m[0], year: y, fixable: m[1] === undefined });
      }
      for (const f of found) {
        report({
          path: p.path,
          span: { index: f.index, length: f.text.length },
          message: `“${f.text}” thuộc năm ${f.year}, trước thời kỳ của kế hoạch (${first}): có phải chép từ kế hoạch năm trước?`,
          messageEn: `"${f.text}" is in ${f.year}, before the plan's period (${first}): copied from last year's plan?`,
          params: { found: f.text, year: f.year, periodStart: first },
          // a plan of one year: its dates are of that year
          ...(years.length === 1 && f.fixable ? { fix: f.text.replace(/\d{4}$/u, String(first)) } : {}),
        });
      }
    }
  },
});
