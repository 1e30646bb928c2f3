import { describe, expect, test } from 'vitest';
import { editText } from '@kehoach/yaml-edit';
import {
  checkPlanText, deriveChecklist, documentKinds, loadPlan, missingNewPlanOptions, newPlan, renderDocx, renderText, UNIT_KINDS, type NewPlanOptions, type UnitKindId,
} from 'kehoach';

// A blank plan for each kind of unit in each registered document kind: it loads with no
// diagnostic, the checker finds nothing, it renders (DOCX and text) with the header it was told,
// and its YAML carries the comments that say what to write where.

const UNITS: Record<UnitKindId, NewPlanOptions> = {
  xa: { name: 'Minh Xuân' },
  phuong: { name: 'phường Hòa Khánh' },
  tinh: { name: 'Tuyên Quang' },
  so: { name: 'Sở Y tế', province: 'Tuyên Quang' },
  truong: { name: 'Trường THCS Hòa Khánh', parent: 'Ủy ban nhân dân phường Hòa Khánh' },
};

/** What each unit's header says: the issuer's name, its header lines, the place and the symbol. */
const HEADERS: Record<UnitKindId, { issuer: string; lines: string[]; place: string; abbreviation: string }> = {
  xa: { issuer: 'Ủy ban nhân dân xã Minh Xuân', lines: ['ỦY BAN NHÂN DÂN', 'XÃ MINH XUÂN'], place: 'Minh Xuân', abbreviation: 'UBND' },
  phuong: { issuer: 'Ủy ban nhân dân phường Hòa Khánh', lines: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HÒA KHÁNH'], place: 'Hòa Khánh', abbreviation: 'UBND' },
  tinh: { issuer: 'Ủy ban nhân dân tỉnh Tuyên Quang', lines: ['ỦY BAN NHÂN DÂN', 'TỈNH TUYÊN QUANG'], place: 'Tuyên Quang', abbreviation: 'UBND' },
  so: { issuer: 'Sở Y tế', lines: ['UBND TỈNH TUYÊN QUANG', 'SỞ Y TẾ'], place: 'Tuyên Quang', abbreviation: 'SYT' },
  truong: { issuer: 'Trường THCS Hòa Khánh', lines: ['ỦY BAN NHÂN DÂN PHƯỜNG HÒA KHÁNH', 'TRƯỜNG THCS HÒA KHÁNH'], place: 'Hòa Khánh', abbreviation: 'THCSHK' },
};

test('the unit kinds are xã, phường, tỉnh, sở and trường', () => {
  expect(UNIT_KINDS.map((u) => u.id)).toEqual(Object.keys(UNITS));
});

describe.each(documentKinds().map((k) => [k.id, k] as const))('%s', (kindId, kind) => {
  test.each(Object.keys(UNITS) as UnitKindId[])('a blank plan of a %s loads with no diagnostic, checks clean and renders its header', async (unit) => {
    const { yaml, input } = newPlan({ unit, kind: kindId, year: 2026, ...UNITS[unit] });
    const loaded = loadPlan(yaml, { file: `${unit}.yaml` });
    expect(loaded.diagnostics).toEqual([]);
    const plan = loaded.plan!;
    expect(plan.kind).toBe(kindId);
    expect((await checkPlanText(yaml, { file: `${unit}.yaml` })).diagnostics).toEqual([]);
    const h = HEADERS[unit];
    expect(input.issuer).toMatchObject({ name: h.issuer, place: h.place, abbreviation: h.abbreviation });
    const text = renderText(plan);
    for (const line of h.lines) expect(text).toContain(line);
    expect(text).toContain(`${h.place}, ngày      tháng      năm 2026`);
    expect(text).toContain(kind.symbolPrefix ? `Số:      /${kind.symbolPrefix}-${h.abbreviation}` : `Số:      /${h.abbreviation}-VP`);
    expect(text).toContain(kind.header.typeLine ?? 'Kính gửi:');
    expect(text).toContain(unit === 'truong' ? 'năm học 2026 - 2027' : 'nhiệm vụ năm 2026');
    // The example task prints with its lead and its supporting bodies; the report is dated monthly.
    const task = plan.tasks.find((t) => t.id === 'trien-khai')!;
    expect(task.lead.length).toBe(1);
    expect(task.support.length).toBeGreaterThan(0);
    expect(text).toContain(`${task.lead[0]!.name} chủ trì`);
    const items = deriveChecklist(plan, { today: '2026-01-10' }).checklist.items;
    expect(items.filter((i) => i.kind === 'report').length).toBeGreaterThanOrEqual(12);
    const docx = renderDocx(plan);
    expect(docx.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(docx.docx!.length).toBeGreaterThan(5000);
  });
});

describe('comments: what to write where, above what they explain', () => {
  const { yaml } = newPlan({ unit: 'xa', name: 'Minh Xuân', year: 2026 });
  const lines = yaml.split('\n');
  /** The comment lines right above the first line that starts (after its indent) with `start`. */
  const commentAbove = (start: string, after = 0) => {
    const at = lines.findIndex((l, i) => i >= after && l.trimStart().startsWith(start));
    expect(at, start).toBeGreaterThan(0);
    const above: string[] = [];
    for (let i = at - 1; i >= 0 && lines[i]!.trimStart().startsWith('#'); i--) above.unshift(lines[i]!.trim());
    return above.join('\n');
  };
  const lineOf = (start: string) => lines.findIndex((l) => l.trimStart().startsWith(start));

  test('the schema line first, then a header; each part of the plan explained in Vietnamese', () => {
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
    expect(commentAbove('kind:')).toContain('ke-hoach (Kế hoạch, Mẫu 1.4), cong-van (Công văn, Mẫu 1.5)');
    expect(commentAbove('issuer:')).toContain('place là địa danh in trước ngày tháng');
    expect(commentAbove('title: Thực hiện')).toContain('Trích yếu');
    expect(commentAbove('title: Thực hiện')).toContain('date: "2026-03-05"');
    expect(commentAbove('agencies:')).toContain('mã');
    expect(commentAbove('opening:')).toContain('bases:');
    expect(commentAbove('time:', lineOf('- id: trien-khai'))).toContain('every: month, day: 25 (hằng tháng)');
    expect(commentAbove('reporting:')).toContain('hằng tháng, trước ngày 25');
    expect(commentAbove('signature:')).toContain('TM. thay mặt');
    expect(commentAbove('recipients:')).toContain('Lưu:');
  });
  test('a section’s comment sits above its list item (never “- #”), and the goals say to quote “Mục đích: …”', () => {
    expect(yaml).not.toMatch(/- #/);
    expect(yaml).toMatch(/ {2}# MỤC ĐÍCH, YÊU CẦU: ý có dấu hai chấm như “Mục đích: …” phải đặt trong ngoặc kép: - "Mục đích: …"\.\n {2}- title: MỤC ĐÍCH, YÊU CẦU\n/);
    expect(yaml).toMatch(/ {2}# NHIỆM VỤ: mỗi nhiệm vụ một mục[^\n]*\n(?: {2}#[^\n]*\n)* {2}- title: NHIỆM VỤ\n/);
  });
  test('maps as the examples write them: agencies, times and the period on one line', () => {
    expect(yaml).toContain('period: { year: 2026 }');
    expect(yaml).toMatch(/^ {2}cong-an-xa: \{ name: Công an xã, level: xa, kind: cong-an \}$/m);
    expect(yaml).toMatch(/^ {14}time: \{ before: "2026-03-31" \}$/m);
    expect(yaml).toContain('- { id: bao-cao-thang, label: Báo cáo tháng, time: { every: month, day: 25 } }');
  });
  test('an edit of the text (as kehoach check --fix makes) keeps every comment', () => {
    const at = yaml.indexOf('Thực hiện nhiệm vụ năm 2026');
    const edited = editText(yaml, [{ path: '/title', range: [at, at + 'Thực hiện nhiệm vụ'.length], text: 'Tuyên truyền phòng, chống mua bán người', value: 'Tuyên truyền phòng, chống mua bán người năm 2026' }]);
    expect(edited.skipped).toEqual([]);
    const comments = (s: string) => s.split('\n').filter((l) => l.trimStart().startsWith('#'));
    expect(comments(edited.text)).toEqual(comments(yaml));
    expect(comments(yaml).length).toBeGreaterThan(25);
    expect(loadPlan(edited.text, { file: 'xa.yaml' }).plan!.title).toBe('Tuyên truyền phòng, chống mua bán người năm 2026');
  });
});

describe('what it is told', () => {
  test('place, abbreviation, title and year override the defaults; a ward’s bodies are the ward’s', () => {
    const { input } = newPlan({ unit: 'phuong', name: 'Hòa Khánh', place: 'Đà Nẵng', abbreviation: 'UBNDP', title: 'Chuyển đổi số năm 2027', year: 2027 });
    expect(input).toMatchObject({ issuer: { place: 'Đà Nẵng', abbreviation: 'UBNDP' }, title: 'Chuyển đổi số năm 2027', period: { year: 2027 }, scope: 'trên địa bàn phường Hòa Khánh' });
    expect(input.agencies['cong-an-xa']!.name).toBe('Công an phường');
    expect(input.agencies['phong-kinh-te']!.name).toBe('Phòng Kinh tế, Hạ tầng và Đô thị');
  });
  test('a commune lists the bodies of its level (shared/docs/agency-levels.md); a province its departments', () => {
    expect(Object.keys(newPlan({ unit: 'xa', name: 'Minh Xuân' }).input.agencies)).toEqual(expect.arrayContaining(['ubnd-xa', 'van-phong', 'phong-kinh-te', 'phong-vhxh', 'tram-y-te', 'cong-an-xa', 'ban-chqs-xa', 'mttq-xa', 'truong-thon']));
    expect(Object.values(newPlan({ unit: 'tinh', name: 'Tuyên Quang' }).input.agencies).map((a) => a.name)).toEqual(expect.arrayContaining(['Sở Nội vụ', 'Sở Khoa học và Công nghệ', 'Công an tỉnh', 'Ủy ban nhân dân các xã, phường']));
  });
  test('abbreviations from the name: Sở Giáo dục và Đào tạo → SGDĐT; a school without its first word', () => {
    expect(newPlan({ unit: 'so', name: 'Giáo dục và Đào tạo', province: 'Lâm Đồng' }).input.issuer).toMatchObject({ name: 'Sở Giáo dục và Đào tạo', abbreviation: 'SGDĐT', place: 'Lâm Đồng' });
    expect(newPlan({ unit: 'truong', name: 'Tiểu học Kim Đồng', parent: 'Ủy ban nhân dân xã Minh Xuân' }).input.issuer).toMatchObject({ name: 'Trường Tiểu học Kim Đồng', abbreviation: 'THKĐ', place: 'Minh Xuân' });
  });
  test('the year defaults to this year', () => {
    expect(newPlan({ name: 'Minh Xuân' }).input.period).toEqual({ year: new Date().getFullYear() });
  });
  test('what is missing is said; an unknown unit or kind is a program’s mistake', () => {
    expect(missingNewPlanOptions({ unit: 'so', name: 'Sở Y tế' })).toEqual(['province']);
    expect(missingNewPlanOptions({ unit: 'truong', name: ' ' })).toEqual(['name', 'parent']);
    expect(missingNewPlanOptions({ name: 'Minh Xuân' })).toEqual([]);
    expect(() => newPlan({ unit: 'so', name: 'Sở Y tế' })).toThrow('needs province');
    expect(() => newPlan({ name: 'Minh Xuân', kind: 'bien-ban' })).toThrow('no document kind "bien-ban" (ke-hoach, cong-van, quyet-dinh, to-trinh, thong-bao, bao-cao)');
    expect(() => newPlan({ unit: 'huyen' as UnitKindId, name: 'X' })).toThrow('no unit kind "huyen"');
  });
});
