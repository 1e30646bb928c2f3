// Issue 21: a commune clerk's first plan (written again by the team: test/fixtures/clerk/) — every lead,
// coordinating body, deadline and the monthly report given as data is printed in the Nghị định 30 wording,
// in the DOCX and the Markdown, in every attribution style; a changed deadline or agency name changes the
// printed words; words that say another deadline than the data are reported at their place.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadPlan, normalise, relayout, type Plan } from '@kehoach/core';
import { checkPlanText } from '@kehoach/check';
import { renderDocx } from '@kehoach/render-docx';
import { renderMarkdown } from '@kehoach/render-text';
import { ROOT } from '../helpers.js';
import { documentText, openDocx } from './docx-helpers.js';

const YAML = readFileSync(`${ROOT}test/fixtures/clerk/ke-hoach-pccc-xa.yaml`, 'utf8');

function load(yaml: string): Plan {
  const { plan, diagnostics } = loadPlan(yaml, { file: 'ke-hoach-pccc-xa.yaml' });
  if (!plan || diagnostics.length) throw new Error(JSON.stringify(diagnostics, null, 2));
  return plan;
}

/** The printed words of a plan: the DOCX's text and the Markdown's, with Markdown's escapes and marks removed, one space each. */
function printed(plan: Plan): { docx: string; md: string } {
  const flat = (s: string) => s.replace(/\\([-.])/g, '$1').replace(/\*+/g, '').replace(/\s+/g, ' ');
  return { docx: flat(documentText(openDocx(renderDocx(plan).docx!).document)), md: flat(renderMarkdown(plan)) };
}

/** What each task prints after its words (default style: in parentheses at the end of its sentence). */
const TASKS = [
  '1. Tuyên truyền kiến thức phòng cháy, chữa cháy cho hộ gia đình, hộ kinh doanh (Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã, Trưởng các thôn thực hiện; thời gian hoàn thành: trước 31/3/2026).',
  '2. Kiểm tra an toàn phòng cháy, chữa cháy tại chợ xã và các cơ sở kinh doanh (Công an xã chủ trì, phối hợp với Phòng Kinh tế thực hiện; thời gian hoàn thành: trong quý II/2026).',
  '3. Rà soát, bổ sung bình chữa cháy cho nhà văn hóa các thôn (Ban Chỉ huy quân sự xã chủ trì, phối hợp với Công an xã thực hiện; thời gian hoàn thành: chậm nhất 30/6/2026).',
  '4. Tổ chức diễn tập phòng cháy, chữa cháy và cứu nạn, cứu hộ tại khu dân cư (Công an xã chủ trì, phối hợp với Ban Chỉ huy quân sự xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã thực hiện; thời gian hoàn thành: trong tháng 11/2026).',
];
const REPORT = '2. Công an xã, Ban Chỉ huy quân sự xã, Phòng Kinh tế báo cáo kết quả thực hiện về Ủy ban nhân dân xã trước ngày 25 hằng tháng.';
const BASES = [
  'Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ ngày 29 tháng 11 năm 2024;',
  'Căn cứ Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ;',
  'Thực hiện Quyết định số 215/QĐ-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh ban hành Kế hoạch phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2026;',
];

describe('the clerk’s plan prints what its data says', () => {
  const plan = load(YAML);
  const { docx, md } = printed(plan);

  test.each([['DOCX', docx], ['Markdown', md]])('%s: every lead, coordinating body and deadline, in the Nghị định 30 wording', (_name, text) => {
    for (const t of TASKS) expect(text).toContain(t);
  });

  test.each([['DOCX', docx], ['Markdown', md]])('%s: the monthly report given as data is the reporting section’s sentence', (_name, text) => {
    expect(text).toContain(`II. TỔ CHỨC THỰC HIỆN 1. Các cơ quan, đơn vị được phân công xây dựng kế hoạch chi tiết và tổ chức thực hiện nghiêm túc Kế hoạch này. ${REPORT}`);
  });

  test.each([['DOCX', docx], ['Markdown', md]])('%s: a law by its name and date, a decree and a decision by number, date, issuer and subject', (_name, text) => {
    for (const b of BASES) expect(text).toContain(b);
    expect(text).not.toContain('55/2024/QH15');
  });

  test('a changed deadline changes the printed words (and nothing else says the old one)', () => {
    const changed = printed(load(YAML.replace('time: { before: "2026-03-31" }', 'time: { before: "2026-04-15" }')));
    for (const text of [changed.docx, changed.md]) {
      expect(text).toContain('(Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã, Trưởng các thôn thực hiện; thời gian hoàn thành: trước 15/4/2026).');
      expect(text).not.toContain('31/3/2026');
    }
    const monthly = printed(load(YAML.replace('time: { every: month, day: 25 }', 'time: { every: month, day: 20 }')));
    expect(monthly.docx).toContain('báo cáo kết quả thực hiện về Ủy ban nhân dân xã trước ngày 20 hằng tháng.');
    expect(monthly.docx).not.toContain('ngày 25 hằng tháng');
  });

  test('a changed agency name changes the printed words', () => {
    const renamed = printed(load(YAML.replace('cong-an-xa: { name: Công an xã,', 'cong-an-xa: { name: Công an xã Tân Lập,')));
    for (const text of [renamed.docx, renamed.md]) {
      expect(text).toContain('(Công an xã Tân Lập chủ trì, phối hợp với Đoàn Thanh niên xã, Trưởng các thôn thực hiện; thời gian hoàn thành: trước 31/3/2026).');
      expect(text).toContain('(Ban Chỉ huy quân sự xã chủ trì, phối hợp với Công an xã Tân Lập thực hiện; thời gian hoàn thành: chậm nhất 30/6/2026).');
      expect(text).toContain('Công an xã Tân Lập, Ban Chỉ huy quân sự xã, Phòng Kinh tế báo cáo kết quả thực hiện');
    }
  });
});

describe('in every attribution style, the same facts are printed once', () => {
  const style = (attribution: string) => YAML.replace('      - tasks:\n          tasks:', `      - tasks:\n          attribution: ${attribution}\n          tasks:`);

  test('inline: the lead starts the sentence, the time follows in parentheses', () => {
    // Inline, a task's words go on from the agencies: the clerk writes them in lower case.
    const { docx } = printed(load(style('inline').replace('text: Tuyên truyền kiến thức', 'text: tuyên truyền kiến thức')));
    expect(docx).toContain('1. Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã, Trưởng các thôn tuyên truyền kiến thức phòng cháy, chữa cháy cho hộ gia đình, hộ kinh doanh (thời gian hoàn thành: trước 31/3/2026).');
  });

  test('labelled: the lines “Đơn vị chủ trì”, “Đơn vị phối hợp”, “Thời gian hoàn thành”', () => {
    const { docx } = printed(load(style('labelled')));
    expect(docx).toContain('1. Tuyên truyền kiến thức phòng cháy, chữa cháy cho hộ gia đình, hộ kinh doanh. - Đơn vị chủ trì: Công an xã. - Đơn vị phối hợp: Đoàn Thanh niên xã, Trưởng các thôn. - Thời gian hoàn thành: Trước 31/3/2026.');
    expect(docx).toContain('4. Tổ chức diễn tập');
  });

  test('by agency: the heading names the lead, the parentheses the rest', () => {
    const { docx, md } = printed(normalise(relayout(load(YAML), 'by-agency')));
    for (const text of [docx, md]) {
      expect(text).toContain('1. Công an xã - Tuyên truyền kiến thức phòng cháy, chữa cháy cho hộ gia đình, hộ kinh doanh (Đoàn Thanh niên xã, Trưởng các thôn phối hợp thực hiện; thời gian hoàn thành: trước 31/3/2026).');
      expect(text).toContain('2. Ban Chỉ huy quân sự xã Rà soát, bổ sung bình chữa cháy cho nhà văn hóa các thôn (Công an xã phối hợp thực hiện; thời gian hoàn thành: chậm nhất 30/6/2026).');
      expect(text).toContain(REPORT);
    }
  });

  test('words that already say the deadline and the coordinating body are not printed twice', () => {
    const said = YAML.replace(
      'text: Tuyên truyền kiến thức phòng cháy, chữa cháy cho hộ gia đình, hộ kinh doanh.',
      'text: Phối hợp với Đoàn Thanh niên xã, Trưởng các thôn tuyên truyền kiến thức phòng cháy, chữa cháy cho hộ gia đình, hoàn thành trước ngày 31/3/2026.',
    );
    const { docx } = printed(load(said));
    expect(docx).toContain('1. Phối hợp với Đoàn Thanh niên xã, Trưởng các thôn tuyên truyền kiến thức phòng cháy, chữa cháy cho hộ gia đình, hoàn thành trước ngày 31/3/2026 (Công an xã thực hiện).');
  });
});

describe('words and data that say two things are reported, not printed twice', () => {
  test('a deadline in the words that is not the data’s: text-data-mismatch at the words', async () => {
    const yaml = YAML.replace(
      'text: Tuyên truyền kiến thức phòng cháy, chữa cháy cho hộ gia đình, hộ kinh doanh.',
      'text: Tuyên truyền kiến thức phòng cháy, chữa cháy cho hộ gia đình, hoàn thành trước ngày 15/3/2026.',
    );
    const { diagnostics } = await checkPlanText(yaml, { file: 'ke-hoach-pccc-xa.yaml' });
    const found = diagnostics.filter((d) => d.rule === 'text-data-mismatch');
    expect(found.map((d) => [d.message, d.path, d.line, d.column])).toEqual([
      ['Lời văn ghi thời gian “trước ngày 15/3/2026”, còn dữ liệu của nhiệm vụ ghi “Trước 31/3/2026”: văn bản và danh mục nhiệm vụ sẽ nói khác nhau.', '/body/0/items/0/tasks/tasks/0/text', 56, 94],
    ]);
    // The printed task keeps its own words, and does not add the data's date beside them.
    const { docx } = printed(load(yaml));
    expect(docx).toContain('hoàn thành trước ngày 15/3/2026 (Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã, Trưởng các thôn thực hiện).');
    expect(docx).not.toContain('31/3/2026');
  });

  test('the plan as written has no finding of the rule', async () => {
    const { diagnostics } = await checkPlanText(YAML, { file: 'ke-hoach-pccc-xa.yaml' });
    expect(diagnostics.filter((d) => d.rule === 'text-data-mismatch')).toEqual([]);
  });
});
