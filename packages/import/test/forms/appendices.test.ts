/** Appendices after the signature (issue 20, form 4): their titles, “(Kèm theo …)” line and tables go to `appendices`. */
import { describe, expect, test } from 'vitest';
import { APPENDIX_HEADS, isAppendixHead } from '../../src/plan/appendices.js';
import { importBody } from './plan-text.js';

describe('appendix heads, each form with its example', () => {
  test.each(APPENDIX_HEADS.map((h) => [h.example, h]))('%s', (example, h) => {
    expect(h.pattern.test(example)).toBe(true);
    expect(isAppendixHead({ text: example, bold: true, italic: false, source: {} })).toBe(true);
  });
  test('a sentence that names an appendix is not one', () => {
    expect(isAppendixHead({ text: 'Phụ lục kèm theo Kế hoạch này quy định cụ thể nhiệm vụ của từng đơn vị.', bold: false, italic: false, source: {} })).toBe(false);
    expect(isAppendixHead({ text: '(Phân công nhiệm vụ theo Phụ lục đính kèm)', bold: false, italic: false, source: {} })).toBe(false);
  });
});

describe('an appendix after the signature', () => {
  test('is an appendix of the plan with its title and “Ban hành kèm theo” line, not words of the body', async () => {
    const { plan } = await importBody(
      ['I. NHIỆM VỤ', '1. Công an xã', '- Rà soát các hộ dân ở vùng trũng thấp.'].join('\n'),
      ['PHỤ LỤC', 'PHÂN CÔNG NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI', '(Ban hành kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân xã An Bình)', 'I. NHÓM VIỆC TRƯỚC MÙA MƯA', '1. Nạo vét kênh mương nội đồng.'].join('\n'),
    );
    expect(plan.appendices.map((a) => [a.title, a.attachedLead])).toEqual([['PHÂN CÔNG NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI', 'Ban hành kèm theo']]);
    expect(plan.sections.map((s) => s.title)).toEqual(['NHIỆM VỤ']);
    expect(plan.appendices[0]!.items.map((n) => n.title)).toEqual(['NHÓM VIỆC TRƯỚC MÙA MƯA']);
  });
  test('two appendices, the title on the head’s own line', async () => {
    const { plan } = await importBody('I. NHIỆM VỤ\n1. Rà soát các hộ dân ở vùng trũng thấp.', 'PHỤ LỤC I: DANH SÁCH HỘ DÂN\n1. Thôn Đông: 12 hộ.\nPHỤ LỤC II: LỰC LƯỢNG XUNG KÍCH\n1. Đội xung kích thôn Đông.');
    expect(plan.appendices.map((a) => a.title)).toEqual(['DANH SÁCH HỘ DÂN', 'LỰC LƯỢNG XUNG KÍCH']);
  });
});
