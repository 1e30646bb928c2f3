import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { all, attr, child, documentText, openDocx } from '../render/docx-helpers.js';
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
