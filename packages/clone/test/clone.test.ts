import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { clonePlan, loadUnit, planToYaml, rollPlan, staleYears, tracePlan } from '@kehoach/clone';
import { contentHash } from '../src/hash.js';
import { findTaskBlock, loadPlan, type Plan } from '@kehoach/core';
import { renderDocx } from '@kehoach/render-docx';
import { renderText } from '@kehoach/render-text';
import { exampleText, loadExample, ROOT } from '../../../test/helpers.js';
import { documentText, openDocx } from '../../../test/render/docx-helpers.js';

const unitText = readFileSync(`${ROOT}examples/units/xa-minh-xuan.yaml`, 'utf8');
const unit = loadUnit(unitText, 'xa-minh-xuan.yaml').unit!;

function cloneToPlan(parent: Plan): { plan: Plan; yaml: string; carried: string[]; left: string[] } {
  const r = clonePlan(parent, unit, { parentFile: 'parent.yaml' });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const yaml = planToYaml(r.input!);
  const back = loadPlan(yaml, { file: 'child.yaml' });
  expect(back.diagnostics).toEqual([]);
  return { plan: back.plan!, yaml, carried: r.carried, left: r.left };
}

describe('clone tuyen-quang-2025-30-7 for xã Minh Xuân', () => {
  const parent = loadExample('tuyen-quang-2025-30-7');
  const { plan: child, yaml, carried, left } = cloneToPlan(parent);
  test('the child validates, is a draft, and cites 15/KH-UBND of 24/7/2025', () => {
    expect(child.draft).toBe(true);
    expect(child.opening.paragraphs[0]).toMatch(/^Thực hiện Kế hoạch số 15\/KH-UBND ngày 24\/7\/2025 của Ủy ban nhân dân tỉnh Tuyên Quang về việc triển khai hoạt động hưởng ứng/);
    expect(child.opening.paragraphs[0]).toContain('Quyết định số 1137/QĐ-TTg ngày 13/6/2025 của Thủ tướng Chính phủ');
    expect(child.opening.paragraphs[0]).toMatch(/Ủy ban nhân dân xã Minh Xuân ban hành Kế hoạch triển khai thực hiện trên địa bàn xã Minh Xuân, như sau:$/);
    expect(child.title).toMatch(/trên địa bàn xã Minh Xuân$/);
    expect(child.parent).toMatchObject({ number: '15/KH-UBND', date: '2025-07-24', issuer: 'Ủy ban nhân dân tỉnh Tuyên Quang', hash: contentHash(parent.input) });
  });
  test('the tasks of “15. Ủy ban nhân dân xã, phường” are the unit’s own', () => {
    const own = child.tasks.find((t) => t.id === 'xa-tuyen-truyen-huong-ung')!;
    expect(own.lead.map((a) => a.name)).toEqual(['Ủy ban nhân dân xã Minh Xuân']);
    expect(child.sections[1]!.children[0]!.title).toBe('Ủy ban nhân dân xã Minh Xuân');
    expect(findTaskBlock(child.input)!.groups![0]!.tasks![0]!.origin).toMatchObject({ plan: '15/KH-UBND', task: 'xa-tuyen-truyen-huong-ung', ref: 'II.14' });
  });
  test('no provincial department leads any task; agencies are renamed in the text too', () => {
    for (const t of child.tasks) for (const a of t.lead) expect(a.level, `${t.id}: ${a.name}`).not.toBe('tinh');
    expect(child.tasks.find((t) => t.id === 'ca-tham-muu-ke-hoach')!.lead.map((a) => a.name)).toEqual(['Công an xã']);
    expect(child.tasks.find((t) => t.id === 'khcn-tin-nhan-sms')!.lead.map((a) => a.name)).toEqual(['Phòng Văn hóa - Xã hội']);
    expect(child.tasks.find((t) => t.id === 'yt-ho-tro-nan-nhan')!.lead.map((a) => a.id)).toEqual(['tram-y-te']); // the profile's exception
    // The body speaks of the commune; only the citation of the parent's own title keeps “tỉnh”.
    const body = renderText(child).split('\n').slice(14).join('\n');
    expect(renderText(child).split('\n')[13]).toMatch(/^Thực hiện Kế hoạch số 15\/KH-UBND/);
    expect(body).toContain('phối hợp chặt chẽ với lực lượng Công an'); // unchanged wording
    expect(body).not.toMatch(/trên địa bàn tỉnh|Bộ Công an trước ngày/);
    expect(child.implementation.reporting.map((p) => [p.id, p.to?.name, p.due?.day])).toEqual([['ket-qua-thuc-hien', 'Công an tỉnh', 10]]);
  });
  test('courts and procuracy stay with the province; MTTQ is requested at commune level', () => {
    expect(left).toEqual(['vks-tand-truy-to-xet-xu']);
    expect(carried).toHaveLength(27);
    expect(child.tasks.find((t) => t.id === 'mttq-van-dong')!.requested.map((a) => a.id)).toEqual(['mttq-xa', 'doan-the-xa']);
  });
  test('it renders with the DOCX generator', () => {
    const { docx: bytes, diagnostics } = renderDocx(child);
    expect(diagnostics).toEqual([]);
    const text = documentText(openDocx(bytes!).document);
    expect(text).toContain('ỦY BAN NHÂN DÂN\nXÃ MINH XUÂN');
    expect(text).toContain('Số:      /KH-UBND');
  });
  test('the YAML is readable: schema line, provenance comments, and it round-trips', () => {
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
    expect(yaml).toContain('# từ mục II.7.b của kế hoạch cấp trên');
    expect(planToYaml(loadPlan(yaml).plan!.input)).toBe(yaml);
  });
  test('trace: full coverage; a deleted task is named', () => {
    expect(tracePlan(child, parent)).toMatchObject({ notCovered: [], parentChanged: false, drift: [] });
    const lines = yaml.split('\n');
    const start = lines.findIndex((l) => l.includes('# từ mục II.7.b'));
    const indent = lines[start]!.search(/\S/);
    const end = lines.findIndex((l, i) => i > start + 1 && (l.search(/\S/) < indent ? /^\s*- /.test(l) : l.search(/\S/) === indent && /^\s*(# từ|- )/.test(l)));
    const without = [...lines.slice(0, start), ...lines.slice(end)].join('\n');
    const edited = loadPlan(without);
    expect(edited.diagnostics).toEqual([]);
    const t = tracePlan(edited.plan!, parent);
    expect(t.notCovered.map((n) => [n.id, n.ref])).toEqual([['khcn-tin-nhan-sms', 'II.7.b']]);
    expect(t.covered).toHaveLength(26);
  });
  test('drift: the parent reworded, given a new deadline, a task added and one removed', () => {
    const revised = exampleText('tuyen-quang-2025-30-7')
      .replace('Tiếp tục tham mưu triển khai thực hiện quyết liệt', 'Tiếp tục tham mưu triển khai thực hiện thật quyết liệt')
      .replace('time: { from: "2025-07-01", to: "2025-09-30" }', 'time: { from: "2025-07-01", to: "2025-10-31" }')
      .replace(/^( *)- id: ca-phong-trao-toan-dan\n/m, '$1- id: ca-nhiem-vu-moi\n$1  text: Nhiệm vụ mới.\n$1- id: ca-phong-trao-toan-dan\n')
      .replace(/^( *)- id: so-xay-dung\n(\1 {2}.*\n)+?(?=\1- id: vks-tand)/m, '');
    const newParent = loadPlan(revised);
    expect(newParent.diagnostics).toEqual([]);
    const t = tracePlan(child, newParent.plan!);
    expect(t.parentChanged).toBe(true);
    expect(t.drift.map((d) => [d.kind, d.id])).toEqual([
      ['reworded', 'ca-tham-muu-ke-hoach'],
      ['new-deadline', 'khcn-tin-nhan-sms'],
      ['removed', 'xd-giao-thong'],
      ['added', 'ca-nhiem-vu-moi'],
    ]);
    expect(t.drift[1]!.detail).toBe('thời gian mới: Từ 01/7/2025 đến 31/10/2025 (kế hoạch này: Từ 01/7/2025 đến 30/9/2025)');
    // A task the parent dropped is still carried by the child: drift, not a coverage gap.
    expect(t.notCovered).toEqual([]);
  });
});

test('clone khanh-hoa-2025 (a draft, districts) the same way', () => {
  const { plan: child, left } = cloneToPlan(loadExample('khanh-hoa-2025'));
  expect(left).toEqual(['tt-xet-xu', 'tt-vuong-mac', 'tt-chuyen-doi-so']);
  const district = child.tasks.find((t) => t.id === 'huyen-truyen-thong')!;
  expect(district.lead.map((a) => a.name)).toEqual(['Ủy ban nhân dân xã Minh Xuân']);
  expect(child.tasks.find((t) => t.id === 'bp-tuyen-truyen-bien-dao')!.lead.map((a) => a.id)).toEqual(['ban-chqs-xa']);
  expect(child.opening.paragraphs[0]).toMatch(/^Thực hiện Kế hoạch ngày|^Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh Khánh Hòa/);
  expect(child.implementation.reporting.map((p) => [p.id, p.to?.shortName, p.due?.day, p.due?.month])).toEqual([
    ['quy-1', 'BCĐ 138 tỉnh', 16, 3], ['6-thang', 'BCĐ 138 tỉnh', 16, 6], ['quy-3', 'BCĐ 138 tỉnh', 16, 9], ['nam', 'BCĐ 138 tỉnh', 16, 12],
  ]);
});

describe('bad input: diagnostics, not a half-written child', () => {
  test('a map that points to an agency the unit does not declare', () => {
    const text = unitText.replace('  so-dttg: phong-vhxh', '  so-dttg: phong-dan-toc');
    const { unit: u, diagnostics } = loadUnit(text, 'xa.yaml');
    expect(u).toBeUndefined();
    const line = text.split('\n').findIndex((l) => l.includes('phong-dan-toc')) + 1;
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['CLONE_MAP_UNKNOWN_TARGET', line, 12]]);
  });
  test('a unit profile with a typo', () => {
    const { diagnostics } = loadUnit(unitText.replace('  scope:', '  scoep:'), 'xa.yaml');
    expect(diagnostics.map((d) => d.code)).toEqual(['SCHEMA_REQUIRED', 'SCHEMA_UNKNOWN_PROPERTY']);
    expect(diagnostics[1]!.suggestion).toContain('"scope"');
  });
  test('a unit of a higher level than the parent', () => {
    const province = loadUnit(unitText.replace('  level: xa', '  level: tinh'), 'tinh.yaml').unit!;
    const r = clonePlan(loadExample('an-phu-2026-2030'), province);
    expect(r.input).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['CLONE_LEVEL']);
  });
});

describe('roll tuyen-quang-2025-30-7 to 2026', () => {
  const plan = loadExample('tuyen-quang-2025-30-7');
  const { input } = rollPlan(plan, 2026, { citePrevious: true });
  const yaml = planToYaml(input);
  const rolled = loadPlan(yaml, { file: 'next.yaml' });
  test('period, title year and every dated window and deadline moved by one year; a draft', () => {
    expect(rolled.diagnostics).toEqual([]);
    const p = rolled.plan!;
    expect(p.period).toEqual({ year: 2026 });
    expect(p.title).toMatch(/năm 2026 trên địa bàn tỉnh Tuyên Quang$/);
    expect(p.draft).toBe(true);
    expect(p.tasks.find((t) => t.id === 'khcn-tin-nhan-sms')!.time).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(p.tasks.find((t) => t.id === 'ca-cao-diem')!.time).toEqual({ from: '2025-07-01', to: '2025-09-30' }); // the stale window moves too
    expect(p.implementation.reporting.map((r) => [r.due!.day, r.due!.month, r.due!.year])).toEqual([[10, 10, 2026], [15, 10, 2026]]);
    expect(p.opening.paragraphs[0]).toMatch(/^Thực hiện Kế hoạch số 15\/KH-UBND ngày 24\/7\/2025 của Ủy ban nhân dân tỉnh Tuyên Quang về việc triển khai/);
  });
  test('every old date or year left in the text is a warning at its line', () => {
    const stale = staleYears(rolled.plan!, [2025]);
    const found = stale.map((d) => /“(.+)”/.exec(d.message)![1]);
    expect(found).toContain('01/7/2024');
    expect(found).toContain('15/10/2025');
    expect(found).toContain('năm 2025');
    expect(found).not.toContain('năm 2024'); // “Luật … năm 2024” is a law's year, not the plan's
    const d = stale.find((x) => x.message.includes('01/7/2024'))!;
    expect(yaml.split('\n')[d.line - 1]).toMatch(/text: Mở đợt cao điểm/);
  });
});
