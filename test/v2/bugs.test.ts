// Regression tests for the bugs found when real plans were tried (issue 9).
import { describe, expect, test } from 'vitest';
import { clonePlan, loadUnit, rollPlan, staleYears, tracePlan, planToYaml } from '@kehoach/clone';
import { loadPlan, type Plan } from '@kehoach/core';
import { renderDocx } from '@kehoach/render-docx';
import { renderMarkdown } from '@kehoach/render-text';
import { readFileSync } from 'node:fs';
import { ROOT } from '../helpers.js';
import { bodyParagraphs, openDocx } from '../render/docx-helpers.js';

/** A small provincial plan written by the team for these tests. */
const PARENT = `schemaVersion: 2
issuer: { name: Ủy ban nhân dân tỉnh Hòa Bình An, abbreviation: UBND, place: Hòa Bình An, agency: ubnd-tinh }
number: 21
date: 2026-01-12
title: Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Tỉnh ủy về công tác dân vận năm 2026
period: { year: 2026 }
agencies:
  ubnd-tinh: { name: Ủy ban nhân dân tỉnh Hòa Bình An, level: tinh, kind: ubnd }
  so-noi-vu: { name: Sở Nội vụ, level: tinh, kind: chuyen-mon }
  mttq: { name: Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh, level: tinh, kind: mttq-doan-the }
  doan-the: { name: các tổ chức chính trị – xã hội tỉnh, level: tinh, kind: mttq-doan-the }
  bdt: { name: Ban Dân tộc tỉnh, level: tinh, kind: quan-su }
  ubnd-xa: { name: "Ủy ban nhân dân các xã, phường", level: xa, kind: ubnd }
  cac-so: { name: "Các sở, ban, ngành", level: tinh, kind: nhom }
opening:
  bases:
    - lead: Thực hiện
      references:
        - { id: ct-11, type: Chỉ thị, number: 11-CT/TU, date: 2026-01-04, issuer: Tỉnh ủy }
  closing: "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"
body:
  - title: NHIỆM VỤ
    items:
      - tasks:
          attribution: parenthesis
          tasks:
            - id: dan-van-kheo
              text: "**Phát động** phong trào thi đua dân vận khéo trong quý II/2026."
              lead: so-noi-vu
              time: { within: { quarter: 2, year: 2026 } }
            - id: mat-tran
              text: Vận động nhân dân tham gia, giám sát; các sở, ban, ngành phối hợp.
              lead: mttq
              support: [doan-the, cac-so]
            - id: dan-toc
              text: Tuyên truyền vùng đồng bào dân tộc thiểu số.
              lead: bdt
            - id: chua-giao
              text: Tổng kết công tác dân vận chính quyền năm 2026.
              time: { note: Tháng 12/2026 }
  - title: TỔ CHỨC THỰC HIỆN
    items:
      - "Ủy ban nhân dân các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch thực hiện tại địa phương."
      - "*Sở Nội vụ* theo dõi, tổng hợp, báo cáo trước tháng 12/2026."
signature: { authority: [{ type: TM, of: ỦY BAN NHÂN DÂN }, { type: KT, of: CHỦ TỊCH }], titles: [PHÓ CHỦ TỊCH], name: Trần Văn B }
recipients: { to: [{ agency: so-noi-vu }], archive: "VT, NC" }
`;

function load(text: string): Plan {
  const { plan, diagnostics } = loadPlan(text, { file: 'tinh.yaml' });
  expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  return plan!;
}

describe('a paragraph that starts with **bold** or *italic*', () => {
  const plan = load(PARENT.replace('dan-van-kheo', 'dan-van-kheo'));
  test('prints bold and italic, not literal stars, in the DOCX', () => {
    const doc = openDocx(renderDocx(plan).docx!);
    const texts = bodyParagraphs(doc.document).map((p) => p.text);
    expect(texts.find((t) => t.includes('Phát động'))).toMatch(/^1\. Phát động phong trào/);
    expect(texts.find((t) => t.includes('theo dõi, tổng hợp'))).toMatch(/^2\. Sở Nội vụ theo dõi/);
    expect(doc.text('word/document.xml')).toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Phát động<\/w:t>/);
  });
  test('and in Markdown', () => {
    const md = renderMarkdown(plan);
    expect(md).toContain('**Phát động** phong trào');
    expect(md).toContain('*Sở Nội vụ* theo dõi');
    expect(md).not.toMatch(/\\\*/);
  });
});

describe('roll moves only the plan’s own dates', () => {
  const plan = load(PARENT.replace('dan-van-kheo', 'dan-van-kheo'));
  const { input } = rollPlan(plan, 2027);
  test('a citation’s date in the title is left alone; the plan’s year moves', () => {
    expect(input.title).toBe('Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Tỉnh ủy về công tác dân vận năm 2027');
    expect(input.opening!.bases![0]!.references![0]!.date).toBe('2026-01-04');
    expect(input.period).toEqual({ year: 2027 });
  });
  test('stale quý/tháng of the old year are warned, inside time notes too', () => {
    const rolled = loadPlan(planToYaml(input), { file: 'nam-sau.yaml' }).plan!;
    const found = staleYears(rolled, [2026]).map((d) => d.message.match(/“([^”]+)”/)?.[1]);
    expect(found).toEqual(['quý II/2026', 'năm 2026', 'Tháng 12/2026', 'tháng 12/2026']);
    expect(staleYears(rolled, [2026])[0]!.line).toBeGreaterThan(1);
  });
});

describe('clone reads names as people write them', () => {
  const parent = load(PARENT.replace('dan-van-kheo', 'dan-van-kheo'));
  const unit = loadUnit(readFileSync(`${ROOT}examples/units/xa-minh-xuan.yaml`, 'utf8'), 'xa.yaml').unit!;
  const r = clonePlan(parent, unit, { parentFile: 'tinh.yaml' });
  const child = load(planToYaml(r.input!));
  const text = planToYaml(r.input!);
  test('“Uỷ ban” and an en dash match the rules written with “Ủy ban” and a hyphen', () => {
    expect(r.carried).toContain('mat-tran');
    expect(child.tasks.find((t) => t.id === 'mat-tran')!.lead.map((a) => a.id)).toEqual(['mttq-xa']);
  });
  test('the declared kind decides when no rule names the body (Ban Dân tộc declared quan-su)', () => {
    expect(child.tasks.find((t) => t.id === 'dan-toc')!.lead.map((a) => a.id)).toEqual(['ban-chqs-xa']);
  });
  test('a replacement at the start of a sentence keeps its capital; inside a sentence it does not', () => {
    expect(text).toContain('Vận động nhân dân tham gia, giám sát; các ban, ngành, đoàn thể xã phối hợp.');
    expect(rolledSentence('Các sở, ban, ngành chủ động thực hiện.')).toBe('Các ban, ngành, đoàn thể xã chủ động thực hiện.');
  });
  test('a task naming nobody is said out loud at its line, and trace does not call coverage full', () => {
    const d = r.diagnostics.find((x) => x.code === 'CLONE_UNCLASSIFIED_TASK')!;
    expect(d.file).toBe('tinh.yaml');
    expect(d.line).toBe(PARENT.split('\n').findIndex((l) => l.includes('id: chua-giao')) + 1);
    const t = tracePlan(child, parent);
    expect(t.unclassified.map((u) => u.id)).toEqual(['chua-giao']);
    expect(t.coverage).toBeLessThan(1);
  });
  test('a duty of the communes written only as text is carried, and counted by trace', () => {
    const duty = child.tasks.find((t) => t.text[0]?.startsWith('Ủy ban nhân dân xã Minh Xuân căn cứ Kế hoạch này'));
    expect(duty?.lead.map((a) => a.id)).toEqual(['ubnd-xa']);
    const t = tracePlan(child, parent);
    expect(t.covered.map((c) => c.id)).toContain('text:II.1');
    // The unit dropped the duty (its task now comes from nowhere): a coverage gap named by its place.
    const without = load(text.replace('task: text:II.1', 'task: viec-khac'));
    expect(tracePlan(without, parent).notCovered.map((n) => n.id)).toEqual(['text:II.1']);
  });
  function rolledSentence(s: string): string {
    const p = load(PARENT.replace('dan-van-kheo', 'dan-van-kheo').replace('Tuyên truyền vùng đồng bào dân tộc thiểu số.', s));
    return clonePlan(p, unit).input!.body.flatMap((x) => JSON.stringify(x)).join('').includes(s.replace('Các sở, ban, ngành', 'Các ban, ngành, đoàn thể xã'))
      ? s.replace('Các sở, ban, ngành', 'Các ban, ngành, đoàn thể xã')
      : 'not found';
  }
});

describe('mistakes of writing get a Vietnamese word', () => {
  test('an unquoted “: ” in a value: quote it, with the line rewritten', () => {
    const [d] = loadPlan(PARENT.replace('closing: "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"', 'closing: Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau: thực hiện')).diagnostics;
    expect([d!.code, d!.line]).toEqual(['YAML_COLON_IN_TEXT', PARENT.split('\n').findIndex((l) => l.includes('closing:')) + 1]);
    expect(d!.message).toMatch(/ngoặc kép/);
    expect(d!.suggestion).toBe('Viết: closing: "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau: thực hiện" — write the text in double quotes');
  });
  test('a paragraph with a typed number is warned (it would print “1. 1.”)', () => {
    const { plan, diagnostics } = loadPlan(PARENT.replace('dan-van-kheo', 'dan-van-kheo').replace('- "Ủy ban nhân dân các xã', '- "1. Ủy ban nhân dân các xã'));
    expect(plan).toBeDefined();
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['typed-number', 'warning', PARENT.split('\n').findIndex((l) => l.includes('- "Ủy ban nhân dân các xã')) + 1]]);
  });
});

test('a sentence cut by the commas of a flow list is warned once, with the quoted form', () => {
  const yaml = 'schemaVersion: 2\nissuer: { name: X, abbreviation: UBND, place: Y }\ntitle: T\nagencies: { a: { name: A } }\nbody:\n  - title: M\n    items: [Các sở, ban, ngành thực hiện., "Đúng, có ngoặc."]\n';
  const { plan, diagnostics } = loadPlan(yaml);
  expect(plan).toBeDefined();
  expect(diagnostics.map((d) => [d.code, d.line, d.column, d.suggestion])).toEqual([
    ['YAML_FLOW_COMMA', 7, 13, 'Viết trong ngoặc kép: ["Các sở, ban, ngành thực hiện."] — quote the sentence'],
  ]);
});
