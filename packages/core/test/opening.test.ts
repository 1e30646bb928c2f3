import { expect, test } from 'vitest';
import { loadPlan } from '@kehoach/core';

const opening = (lines: string[]) => {
  const yaml = [
    'schemaVersion: 2',
    'issuer: { name: Ủy ban nhân dân tỉnh Đắk Lắk, abbreviation: UBND, place: Đắk Lắk }',
    'title: Phổ biến pháp luật',
    'agencies: { stp: { name: Sở Tư pháp } }',
    'opening:',
    ...lines.map((l) => `  ${l}`),
    'body: [ { title: NHIỆM VỤ, items: [ Tuyên truyền. ] } ]',
  ].join('\n');
  const { plan, diagnostics } = loadPlan(yaml);
  expect(diagnostics).toEqual([]);
  return plan!.opening.paragraphs;
};

test('several basis paragraphs end with “;” before the next one and before a separate formula', () => {
  expect(opening([
    'bases:',
    '  - { each: true, references: [ { type: Luật, subject: "Phổ biến, giáo dục pháp luật" }, { type: Luật, subject: Hòa giải ở cơ sở } ] }',
    '  - { lead: Thực hiện, references: [ { type: Kế hoạch, number: 03/KH-BTP, issuer: Bộ Tư pháp } ] }',
    '  - { text: Theo đề nghị của Giám đốc Sở Tư pháp. }',
    'closing: "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"',
  ])).toEqual([
    'Căn cứ Luật Phổ biến, giáo dục pháp luật;',
    'Căn cứ Luật Hòa giải ở cơ sở;',
    'Thực hiện Kế hoạch số 03/KH-BTP của Bộ Tư pháp;',
    'Theo đề nghị của Giám đốc Sở Tư pháp.',
    'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
  ]);
});

test('the last basis joined to the formula keeps the join string', () => {
  expect(opening([
    'bases:',
    '  - { references: [ { type: Luật, subject: "Phổ biến, giáo dục pháp luật" } ] }',
    '  - { lead: Thực hiện, references: [ { type: Kế hoạch, number: 03/KH-BTP, issuer: Bộ Tư pháp } ] }',
    'closing: Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau',
    'joinClosing: ", "',
  ])).toEqual([
    'Căn cứ Luật Phổ biến, giáo dục pháp luật;',
    'Thực hiện Kế hoạch số 03/KH-BTP của Bộ Tư pháp, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau',
  ]);
});
