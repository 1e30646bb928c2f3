import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { all, attr, child, documentText, openDocx } from '../render/docx-helpers.js';
import { loadPlan } from 'kehoach';
import { exampleText, ROOT } from '../helpers.js';
import { cli } from '../run-cli.js';

function workdir(name = 'tuyen-quang-2025-30-7'): { dir: string; plan: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-cl-'));
  copyFileSync(`${ROOT}examples/${name}.yaml`, join(dir, 'kh.yaml'));
  return { dir, plan: join(dir, 'kh.yaml') };
}

describe('kehoach checklist', () => {
  test.each(['json', 'md', 'csv', 'ics', 'docx'])('--format %s writes kh.nhiem-vu.%s', async (format) => {
    const { dir, plan } = workdir();
    const r = await cli('checklist', plan, '--format', format);
    expect(r.code).toBe(0);
    expect(r.err).toContain('warning  CHECKLIST_DATE_OUTSIDE_PERIOD'); // the seed's stale 2024 window
    expect(readFileSync(join(dir, `kh.nhiem-vu.${format}`)).length).toBeGreaterThan(1000);
  });
  test('--agency and --today on stdout', async () => {
    const r = await cli('checklist', workdir().plan, '--agency', 'so-khcn', '--today', '2025-10-12', '-o', '-');
    const json = JSON.parse(r.out);
    expect(json.today).toBe('2025-10-12');
    expect(json.items.map((i: { ref: string; status: string }) => [i.ref, i.status])).toEqual([
      ['II.7.a', 'chưa hoàn thành trong hạn'],
      ['II.7.b', 'quá hạn'],
      ['III', 'quá hạn'],
    ]);
  });
  test('--split writes one file per agency, named by its short name', async () => {
    const { dir, plan } = workdir();
    expect((await cli('checklist', plan, '--format', 'csv', '--split', join(dir, 'theo-co-quan'))).code).toBe(0);
    const files = readdirSync(join(dir, 'theo-co-quan'));
    expect(files).toContain('so-kh-cn.csv');
    expect(files).toContain('cong-an-tinh.csv');
    // 16 acting or requested agencies, and “các sở, ban, ngành” as a coordinator; Bộ Công an only receives.
    expect(files.sort()).toEqual([
      'bo-chqs-tinh.csv', 'cac-so-ban-nganh.csv', 'cac-to-chuc-ct-xh-tinh.csv', 'cong-an-tinh.csv', 'so-dttg.csv', 'so-gddt.csv',
      'so-kh-cn.csv', 'so-ngoai-vu.csv', 'so-noi-vu.csv', 'so-tu-phap.csv', 'so-vhttdl.csv', 'so-xay-dung.csv', 'so-y-te.csv',
      'tand-tinh.csv', 'ubnd-xa-phuong.csv', 'uy-ban-mttqvn-tinh.csv', 'vksnd-tinh.csv',
    ]);
  });
  test('an unknown agency, a bad --today and a recurrence that never occurs: exit ≠ 0, nothing written', async () => {
    const { dir, plan } = workdir();
    expect((await cli('checklist', plan, '--agency', 'so-khong-co')).code).toBe(1);
    expect((await cli('checklist', plan, '--today', '12/10/2025')).code).toBe(2);
    writeFileSync(plan, exampleText('tuyen-quang-2025-30-7').replace('time: { from: "2025-07-01", to: "2025-09-30" }', 'time: { every: year, months: [2], day: 30 }'));
    const r = await cli('checklist', plan);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/kh\.yaml:\d+:\d+  error  CHECKLIST_RECURRENCE_EMPTY/);
    expect(readdirSync(dir)).toEqual(['kh.yaml']);
  });
});

test('kehoach render --with-appendix: a portrait plan then a landscape appendix', async () => {
  const { dir, plan } = workdir();
  expect((await cli('render', plan, '--with-appendix')).code).toBe(0);
  const d = openDocx(readFileSync(join(dir, 'kh.docx')));
  const sections = all(d.document, 'sectPr');
  expect(sections).toHaveLength(2);
  expect(attr(child(sections[0]!, 'pgSz'), 'orient')).toBeNull();
  expect(attr(child(sections[1]!, 'pgSz'), 'orient')).toBe('landscape');
  const text = documentText(d.document);
  expect(text.indexOf('Phan Huy Ngọc')).toBeLessThan(text.indexOf('DANH MỤC NHIỆM VỤ'));
  expect(text).not.toContain('KEHOACH-SECTION-BREAK');
  expect(existsSync(join(dir, 'kh.docx'))).toBe(true);
});

describe('kehoach checklist --format docx --agency: that agency’s tasks only (issue 19)', () => {
  const { dir, plan } = workdir();
  const whole = join(dir, 'ca.docx');
  const mine = join(dir, 'khcn.docx');
  const rows = (file: string) => all(all(openDocx(readFileSync(file)).document, 'tbl')[0]!, 'tr').map((r) => all(r, 'tc').map((c) => documentText(c as never)));
  test('the filtered file differs: one row per task of Sở KH&CN, numbered from 1, the agency named in the title', async () => {
    expect((await cli('checklist', plan, '-f', 'docx', '-o', whole, '-q')).code).toBe(0);
    expect((await cli('checklist', plan, '-f', 'docx', '--agency', 'so-khcn', '-o', mine, '-q')).code).toBe(0);
    expect(readFileSync(mine).equals(readFileSync(whole))).toBe(false);
    const p = loadPlan(readFileSync(plan)).plan!;
    const theirs = p.tasks.filter((t) => [...t.lead, ...t.support, ...t.requested].some((a) => a.id === 'so-khcn'));
    expect(theirs.map((t) => t.ref)).toEqual(['II.7.a', 'II.7.b']);
    const [head, ...body] = rows(mine);
    // No agency supports these two: the column of supporting agencies is left out, as no task fills it.
    expect(head).toEqual(['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Sản phẩm']);
    expect(body.map((r) => [r[0], r[1]!.split(' ')[0]])).toEqual([['1', 'II.7.a'], ['2', 'II.7.b']]);
    // Its task texts (as its checklist's items have them, markdown removed), and Sở KH&CN alone as the lead of each.
    const items = JSON.parse((await cli('checklist', plan, '--agency', 'so-khcn', '-o', '-')).out).items as Array<{ kind: string; ref: string; text: string }>;
    expect(body.map((r) => r[1])).toEqual(items.filter((i) => i.kind === 'task').map((i) => `${i.ref} ${i.text}`));
    expect(body.map((r) => r[2])).toEqual(['Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ']);
    expect(theirs.every((t) => t.support.length === 0)).toBe(true);
    expect(documentText(openDocx(readFileSync(mine)).document)).toContain('Phụ lục\nDANH MỤC NHIỆM VỤ CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ\n(Kèm theo Kế hoạch số 15/KH-UBND');
  });
  test('the whole checklist stays the plan’s task appendix: every task, the same table as render --with-appendix', async () => {
    expect((await cli('checklist', plan, '-f', 'docx', '-o', whole, '-q')).code).toBe(0);
    expect(rows(whole)).toHaveLength(28 + 1);
    expect(documentText(openDocx(readFileSync(whole)).document)).toContain('Phụ lục\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 15/KH-UBND');
    expect((await cli('render', plan, '--with-appendix', '-o', join(dir, 'kh-pl.docx'), '-q')).code).toBe(0);
    // The task table's XML, after the appendix title.
    const table = (file: string) => {
      const xml = openDocx(readFileSync(file)).text('word/document.xml');
      return /<w:tbl>.*?<\/w:tbl>/s.exec(xml.slice(xml.lastIndexOf('DANH MỤC NHIỆM VỤ')))![0];
    };
    expect(table(whole)).toContain('Chỉ đạo các doanh nghiệp viễn thông gửi tin nhắn SMS');
    expect(table(whole)).toBe(table(join(dir, 'kh-pl.docx')));
  });
  test('--split docx: one file per agency, each with its own tasks', async () => {
    expect((await cli('checklist', plan, '-f', 'docx', '--split', join(dir, 'tach'), '-q')).code).toBe(0);
    expect(rows(join(dir, 'tach', 'so-kh-cn.docx')).slice(1).map((r) => r[1]!.split(' ')[0])).toEqual(['II.7.a', 'II.7.b']);
  });
});
