import { describe, expect, test } from 'vitest';
import { checkPlanText } from '@kehoach/check';
import { EXAMPLES, TEAM_EXAMPLES, exampleText } from '../../../test/helpers.js';

async function check(name: string) {
  return (await checkPlanText(exampleText(name), { file: `examples/${name}.yaml` })).diagnostics;
}

// Every warning and error on the five seeds, placed on the exact words (line:column of the source).
// Each is a defect of the original document, encoded faithfully in the example.
const EXPECTED: Record<string, string[]> = {
  'khanh-hoa-2025': [
    '155:33 date-outside-period', '155:51 date-outside-period', // time: { from: "2024-07-01", to: "2024-09-30" }
    '158:21 stale-year', '158:44 stale-year', // “từ ngày 01/7/2024 đến hết ngày 30/9/2024” in a 2025 plan
    '370:11 signature-authority', // CHỦ TỊCH with no “TM. ỦY BAN NHÂN DÂN”
    '381:27 recipient-punctuation', '384:25 recipient-punctuation', // “Viện KSNĐ tỉnh; TAND tỉnh” on one line
  ],
  'lang-son-2019': [],
  'ba-ria-vung-tau-2023': [
    '122:58 misspelling', '137:36 misspelling', '137:108 misspelling', '275:102 misspelling', // thực hỉện, hoạt đông, thế giời, đường đây
    '394:53 misspelling', // “Ban chỉ dạo”
  ],
  'an-phu-2026-2030': [
    '184:25 attribution-names-lead', '184:25 attribution-names-lead', '184:25 attribution-names-lead',
    '185:25 misspelling', // “trường thôn” for “trưởng thôn”
    '208:29 duplicate-paragraph', // “Lồng ghép nội dung tuyên truyền … làng, thôn văn hóa” twice
    '400:12 archive-line', // “Lưu: VPUBND, CAX.”
  ],
  'tuyen-quang-2025-30-7': [
    '97:101 stale-year', '97:120 stale-year', '98:33 date-outside-period', '98:51 date-outside-period', '98:51 deadline-before-issue',
    '137:82 misspelling', // “chúc năng”
    '165:22 heading-agency-spelling', // “Sở Y Tế”
    '204:66 misspelling', '236:103 misspelling', // “Việt nam”, “lòng ghép”
    '287:79 doubled-word', // “với với”
    '357:11 signature-authority',
  ],
};

test.each(EXAMPLES.map((n) => [n]))('%s: every warning, on the exact words', async (name) => {
  const found = (await check(name)).filter((d) => d.severity !== 'info').map((d) => `${d.line}:${d.column} ${d.code}`);
  expect(found).toEqual(EXPECTED[name]);
});

test('the seed defects are reported with what was found and what is expected', async () => {
  const tq = await check('tuyen-quang-2025-30-7');
  const at = (rule: string, line: number) => tq.find((d) => d.code === rule && d.line === line)!;
  expect(at('misspelling', 137)).toMatchObject({ params: { found: 'chúc năng', expected: 'chức năng' }, endLine: 137, endColumn: 91 });
  expect(at('heading-agency-spelling', 165)).toMatchObject({ message: 'Tiêu đề viết “Sở Y Tế”, cơ quan khai báo là “Sở Y tế”.', endColumn: 29 });
  expect(at('stale-year', 97)).toMatchObject({ params: { found: '01/7/2024', year: 2024, periodStart: 2025 }, column: 101, endColumn: 110 });
  const bv = await check('ba-ria-vung-tau-2023');
  expect(bv.find((d) => d.line === 394)).toMatchObject({ message: 'Lỗi chính tả: “chỉ dạo” → “chỉ đạo”.', path: '/body/2/items/2' });
  const ap = await check('an-phu-2026-2030');
  expect(ap.find((d) => d.code === 'archive-line')!.params).toEqual({ archive: 'VPUBND, CAX', expected: 'VT' });
  expect(ap.find((d) => d.code === 'duplicate-paragraph')!.params).toEqual({ other: '/body/1/items/0/tasks/groups/1/groups/0/tasks/2/text', similarity: 95 });
  const leads = ap.filter((d) => d.code === 'attribution-names-lead').map((d) => d.params.lead);
  expect(leads).toEqual(['cac-ban-nganh-xa', 'phong-vhxh', 'truong-thon']);
});

test('a finding inside a folded paragraph that spans a line break ends on the next line', async () => {
  const text = exampleText('tuyen-quang-2025-30-7').replace('phù hợp với với lứa tuổi', 'phù hợp với\n                    với lứa tuổi');
  const d = (await checkPlanText(text, { only: ['doubled-word'] })).diagnostics[0]!;
  expect([d.line, d.column, d.endLine, d.endColumn]).toEqual([287, 79, 288, 24]);
});

describe('the team’s own examples are clean: no finding (each exception justified by a disable comment)', () => {
  test.each(TEAM_EXAMPLES)('%s', async (name) => {
    const { diagnostics } = await checkPlanText(exampleText(name), { file: `${name}.yaml` });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
  });
});
