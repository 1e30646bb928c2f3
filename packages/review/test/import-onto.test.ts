import PizZip from 'pizzip';
import { describe, expect, test } from 'vitest';
import { loadPlan, type Plan } from '@kehoach/core';
import { diffPlans } from '@kehoach/diff';
import { renderDocx } from '@kehoach/render-docx';
import { importReviewedDocx } from '../src/index.js';
import { exampleText } from '../../../test/helpers.js';
import { QUANG_TRI, QUANG_TRI_EDITS, quangTriEdited, replaceOnce } from '../../../test/review/edited-copy.js';
import { replaceWords, reviewQuangTri } from '../../../test/review/word-edits.js';

const load = (text: string): Plan => {
  const r = loadPlan(text, { file: 'plan.yaml' });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.plan!;
};
const who = { author: 'Phó Chủ tịch UBND tỉnh', date: '2026-01-22' };

/** The YAML the import must write: the original with only the edited values changed, byte for byte. */
function expectedYaml(original: string): string {
  const [removed, time, lead] = QUANG_TRI_EDITS;
  let t = original;
  for (const [from, to] of [removed!, time!, lead!, QUANG_TRI_EDITS[4]!]) t = replaceOnce(t, from, to);
  t = replaceOnce(t, '                          time: { before: "2026-10-01" }\n', `                          time: { before: "2026-10-01" }
                          review:
                            - { text: Sở Y tế cho biết tiến độ cụ thể theo từng quý., author: Phó Chủ tịch UBND tỉnh, date: "2026-01-22", quote: Triển khai sổ sức khỏe điện tử cho người dân }
                        - id: nv-tuyen-truyen-ky-nang
                          text: Tuyên truyền kỹ năng bảo đảm an toàn thông tin cá nhân trên môi trường mạng cho người dân.
                          lead: cong-an-tinh
                          support: ubnd-xa-phuong
                          time: { within: { year: 2026, quarter: 4 } }
`);
  const funding = t.indexOf('      - title: KINH PHÍ THỰC HIỆN');
  const next = t.indexOf('\n      - title:', funding + 10);
  return `${t.slice(0, next + 1)}        review:\n          - { text: Ghi rõ nguồn vốn của Chương trình., author: Phó Chủ tịch UBND tỉnh, date: "2026-01-22", quote: nguồn vốn của Chương trình chuyển đổi số }\n${t.slice(next + 1)}`;
}

describe('importReviewedDocx: the team example reviewed in Word (tracked and untracked edits, comments)', () => {
  const yaml = exampleText(QUANG_TRI);
  const reviewed = reviewQuangTri(renderDocx(load(yaml)).docx!, who);
  const r = importReviewedDocx(reviewed, yaml, { file: 'ke-hoach.yaml', docxFile: 'da-sua.docx' });

  test('each edit written where it belongs: duty removed, time, lead, new task, reworded sentence, two review notes', () => {
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(r.edits.map((e) => [e.kind, e.path, e.before, e.after])).toEqual([
      ['removed', '/body/1/sections/1/items/0/tasks/groups/0/groups/0/tasks/1', expect.stringContaining('Nâng cấp Kho dữ liệu dùng chung'), undefined],
      ['time', '/body/1/sections/1/items/0/tasks/groups/0/groups/1/tasks/1/time', 'trong quý II/2026', 'trong quý III/2026'],
      ['lead', '/body/1/sections/1/items/0/tasks/groups/1/groups/0/tasks/0/lead', 'Sở Công Thương', 'Sở Khoa học và Công nghệ'],
      ['note', '/body/1/sections/1/items/0/tasks/groups/1/groups/1/tasks/1/review', undefined, 'Sở Y tế cho biết tiến độ cụ thể theo từng quý.'],
      ['task-added', '/body/1/sections/1/items/0/tasks/groups/1/groups/1/tasks/2', undefined, expect.stringContaining('Tuyên truyền kỹ năng bảo đảm an toàn thông tin cá nhân')],
      ['note', '/body/1/sections/2/review', undefined, 'Ghi rõ nguồn vốn của Chương trình.'],
      ['text', '/body/1/sections/2/items/0', expect.stringContaining('theo phân cấp hiện hành'), expect.stringContaining('theo phân cấp ngân sách hiện hành')],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(Array(7).fill('REVIEW_EDIT_APPLIED'));
    // Each at its line: the time in the new YAML (7 lines above, the removed duty gone), the removed duty in the old.
    expect(r.diagnostics.map((d) => d.line).slice(0, 2)).toEqual([yaml.split('\n').indexOf('                        - id: ha-tang-kho-du-lieu') + 1, r.yaml!.split('\n').indexOf('                          time: { within: { quarter: 3, year: 2026 } }') + 1]);
    expect(r.diagnostics[1]!.message).toBe('Đã ghi: thời gian (/body/1/sections/1/items/0/tasks/groups/0/groups/1/tasks/1/time): trong quý II/2026 → trong quý III/2026.');
  });

  test('the YAML keeps its comments and every unchanged byte: only the edited values change', () => {
    expect(r.yaml).toBe(expectedYaml(yaml));
    expect(r.yaml).toContain('# kehoach-disable-next-line single-subitem -- kinh tế số có một nhóm nhiệm vụ trọng tâm duy nhất');
  });

  test('the plan it gives is the edited copy: the semantic diff finds no change', () => {
    expect(diffPlans(load(quangTriEdited()), load(r.yaml!))).toEqual({ same: true, changes: [] });
  });

  test('imported again onto its result: nothing more to write', () => {
    const again = importReviewedDocx(reviewed, r.yaml!, { file: 'ke-hoach.yaml' });
    expect(again.edits).toEqual([]);
    expect(again.yaml).toBe(r.yaml);
  });
});

describe('importReviewedDocx: what it cannot place is said, with its paragraph', () => {
  const yaml = exampleText(QUANG_TRI);
  const rendered = renderDocx(load(yaml)).docx!;

  test('an edit of the header (the number) is a warning, the YAML unchanged', () => {
    const zip = new PizZip(rendered);
    zip.file('word/document.xml', replaceWords(zip.file('word/document.xml')!.asText(), 'Số: 412/KH-UBND', '412', '413', who));
    const r = importReviewedDocx(zip.generate({ type: 'uint8array' }) as Uint8Array, yaml);
    expect(r.yaml).toBe(yaml);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['REVIEW_EDIT_UNPLACED', 'warning']]);
    expect(r.diagnostics[0]!.message).toContain('Số: 413/KH-UBND');
  });

  test('a DOCX of another plan is refused', () => {
    const other = renderDocx(load(exampleText('phu-tho-2025-cong-van-dich-vu-cong'))).docx!;
    const r = importReviewedDocx(other, yaml);
    expect(r.yaml).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['REVIEW_NOT_THIS_PLAN']);
  });

  test('a file that is not a DOCX is refused', () => {
    const r = importReviewedDocx(new TextEncoder().encode('không phải docx'), yaml, { docxFile: 'x.docx' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['REVIEW_DOCX_INVALID']);
  });
});
