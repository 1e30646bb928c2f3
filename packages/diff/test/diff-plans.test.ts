import { describe, expect, test } from 'vitest';
import { loadPlan, type Plan } from '@kehoach/core';
import { diffPlans, formatPlanDiff, planDiffToJson } from '@kehoach/diff';
import { exampleText } from '../../../test/helpers.js';
import { QUANG_TRI, quangTriEdited, replaceOnce } from '../../../test/review/edited-copy.js';

const load = (text: string): Plan => {
  const r = loadPlan(text, { file: 'plan.yaml' });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.plan!;
};
const original = () => exampleText(QUANG_TRI);
const summary = (a: string, b: string) => diffPlans(load(a), load(b)).changes.map((c) => [c.kind, c.field ?? '', c.before ?? '', c.after ?? '']);

describe('diffPlans: a review round on the team example', () => {
  test('lists exactly the five edits: a duty removed, a deadline moved, a lead changed, a duty added, a sentence reworded', () => {
    const d = diffPlans(load(original()), load(quangTriEdited()));
    expect(d.same).toBe(false);
    expect(d.changes.map((c) => [c.kind, c.field ?? '', c.id ?? ''])).toEqual([
      ['duty-removed', '', 'ha-tang-kho-du-lieu'],
      ['duty-changed', 'time', 'dvc-so-hoa-ket-qua'],
      ['duty-changed', 'lead', 'kts-san-thuong-mai'],
      ['duty-added', '', 'xhs-an-toan-thong-tin'],
      ['text-changed', '', ''],
    ]);
    const [removed, time, lead, added, text] = d.changes;
    expect(removed!.old).toEqual({ ref: 'PII.II.1.1.2', path: '/body/1/sections/1/items/0/tasks/groups/0/groups/0/tasks/1' });
    expect([time!.before, time!.after]).toEqual(['Trong quý II/2026', 'Trong quý III/2026']);
    expect(time!.message).toBe('Nhiệm vụ PII.II.1.2.2 “Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc thẩm…”: thời gian Trong quý II/2026 → Trong quý III/2026');
    expect([lead!.before, lead!.after]).toEqual(['Sở Công Thương', 'Sở Khoa học và Công nghệ']);
    expect(added!.new?.ref).toBe('PII.II.2.2.3');
    expect(text!.words?.filter((w) => w.op !== 'equal')).toEqual([{ op: 'insert', text: 'ngân sách ' }]);
    expect(text!.new?.path).toBe('/body/1/sections/2/items/0');
  });

  test('the same plan has no change', () => {
    expect(diffPlans(load(original()), load(original()))).toEqual({ same: true, changes: [] });
  });

  test('prints as text, Markdown and JSON', () => {
    const d = diffPlans(load(original()), load(quangTriEdited()));
    const text = formatPlanDiff(d, { before: 'v1.yaml', after: 'v2.yaml' });
    expect(text.split('\n')[0]).toBe('v1.yaml → v2.yaml: 5 thay đổi (5 changes)');
    expect(text).toContain('    … sách nhà nước theo phân cấp {+ngân sách +}hiện hành, nguồn vốn của …');
    const md = formatPlanDiff(d, { format: 'markdown' });
    expect(md).toContain('   > … sách nhà nước theo phân cấp **ngân sách** hiện hành, nguồn vốn của …');
    expect(md.split('\n')[0]).toBe('## 5 thay đổi (5 changes)');
    expect(JSON.parse(planDiffToJson(d, { before: 'a', after: 'b' })).changes).toHaveLength(5);
  });
});

describe('diffPlans: a renumbered plan shows no false change', () => {
  test('a duty put first renumbers the others: one change', () => {
    const added = replaceOnce(original(), '                      tasks:\n                        - id: ha-tang-song-di-dong', `                      tasks:
                        - id: ha-tang-ban-do-so
                          text: Xây dựng bản đồ số hạ tầng viễn thông của tỉnh.
                          lead: so-khcn
                        - id: ha-tang-song-di-dong`);
    expect(summary(original(), added)).toEqual([['duty-added', '', '', '']]);
  });

  test('a section put before the others renumbers every heading: only its heading and paragraph are new', () => {
    const added = replaceOnce(original(), '      - title: MỤC TIÊU\n', `      - title: QUAN ĐIỂM
        items:
          - Chuyển đổi số là nhiệm vụ trọng tâm, xuyên suốt của cả hệ thống chính trị.
      - title: MỤC TIÊU
`);
    const d = diffPlans(load(original()), load(added));
    expect(d.changes.map((c) => [c.kind, c.after])).toEqual([
      ['text-added', 'QUAN ĐIỂM'],
      ['text-added', 'Chuyển đổi số là nhiệm vụ trọng tâm, xuyên suốt của cả hệ thống chính trị.'],
    ]);
  });

  test('every duty given a new id: matched by its words, no change', () => {
    const renamed = original().replace(/- id: ([a-z-]+)\n(\s+)text:/g, '- id: nv-$1\n$2text:');
    expect(renamed).not.toBe(original());
    expect(diffPlans(load(original()), load(renamed)).same).toBe(true);
  });

  test('another numbering style changes no content', () => {
    const arabic = replaceOnce(original(), 'levels: [ number, subnumber, subnumber ]', 'levels: [ number, letter, dash ]');
    expect(diffPlans(load(original()), load(arabic)).same).toBe(true);
  });

  test('a duty moved into another group is one move, its old neighbours stay', () => {
    const text = original();
    const start = text.indexOf('                        - id: xhs-ho-so-suc-khoe');
    const end = text.indexOf('      - title: KINH PHÍ THỰC HIỆN');
    const block = text.slice(start, end);
    const without = text.slice(0, start) + text.slice(end);
    const moved = replaceOnce(without, '                        - id: dvc-so-hoa-ket-qua', `${block}                        - id: dvc-so-hoa-ket-qua`);
    const d = diffPlans(load(text), load(moved));
    expect(d.changes.map((c) => [c.kind, c.id, c.old?.ref, c.new?.ref])).toEqual([['duty-moved', 'xhs-ho-so-suc-khoe', 'PII.II.2.2.2', 'PII.II.1.2.2']]);
  });
});

describe('diffPlans: header, bases, recipients', () => {
  const congVan = 'phu-tho-2025-cong-van-dich-vu-cong';
  test('a new title, a basis renumbered, a recipient added, the lead of a labelled duty', () => {
    let t = exampleText(congVan);
    t = replaceOnce(t, 'title: Đẩy mạnh cung cấp', 'title: Tiếp tục đẩy mạnh cung cấp');
    t = replaceOnce(t, 'number: 1845/VPCP-KSTT', 'number: 1846/VPCP-KSTT');
    t = replaceOnce(t, '    - { name: Văn phòng Chính phủ, purpose: báo cáo }\n', '    - { name: Văn phòng Chính phủ, purpose: báo cáo }\n    - name: Bộ Công an\n');
    t = replaceOnce(t, '              lead: trung-tam-phvhcc\n', '              lead: van-phong-ubnd\n');
    expect(summary(exampleText(congVan), t)).toEqual([
      ['header-changed', 'title', 'Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình và thanh toán trực tuyến sau sắp xếp đơn vị hành chính', 'Tiếp tục đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình và thanh toán trực tuyến sau sắp xếp đơn vị hành chính'],
      ['basis-changed', '', 'Công văn số 1845/VPCP-KSTT ngày 28/7/2025 của Văn phòng Chính phủ về việc bảo đảm thông suốt giải quyết thủ tục hành chính sau sắp xếp đơn vị hành chính', 'Công văn số 1846/VPCP-KSTT ngày 28/7/2025 của Văn phòng Chính phủ về việc bảo đảm thông suốt giải quyết thủ tục hành chính sau sắp xếp đơn vị hành chính'],
      ['duty-changed', 'lead', 'Trung tâm Phục vụ hành chính công tỉnh', 'Văn phòng UBND tỉnh'],
      ['recipient-added', '', '', 'Bộ Công an'],
    ]);
  });
});
