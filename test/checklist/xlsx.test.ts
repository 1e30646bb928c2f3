import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import PizZip from 'pizzip';
import { parse as parseCsv } from 'csv-parse/sync';
import { deriveChecklist, toXlsx } from '@kehoach/checklist';
import { loadPlan } from '@kehoach/core';
import { loadExample } from '../helpers.js';

const { checklist } = deriveChecklist(loadExample('tuyen-quang-2025-30-7'));

describe('XLSX', () => {
  const bytes = toXlsx(checklist, { sheetPerAgency: true });
  const zip = new PizZip(bytes);
  test('real date cells shown dd/mm/yyyy, a frozen filtered header, a sheet per agency', () => {
    const sheet = zip.file('xl/worksheets/sheet1.xml')!.asText();
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toMatch(/<autoFilter ref="A1:O\d+"\/>/);
    // 30/9/2025 is day 45930 of Excel's calendar, in a cell styled dd/mm/yyyy.
    expect(sheet).toContain('<c r="I');
    expect(sheet).toMatch(/<c r="I\d+" s="2"><v>45930<\/v><\/c>/);
    expect(zip.file('xl/styles.xml')!.asText()).toContain('formatCode="dd/mm/yyyy"');
    const names = [...zip.file('xl/workbook.xml')!.asText().matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    expect(names[0]).toBe('Tất cả');
    expect(names).toContain('Công an tỉnh');
    expect(new Set(names.map((n) => n!.toLowerCase())).size).toBe(names.length);
  });
  test('same checklist, same bytes', () => {
    expect(Buffer.from(toXlsx(checklist, { sheetPerAgency: true })).equals(Buffer.from(bytes))).toBe(true);
  });
  test('print setup: landscape A4 one page wide, the header row on every page, the title and its date in the page header', () => {
    const sheet = zip.file('xl/worksheets/sheet1.xml')!.asText();
    const workbook = zip.file('xl/workbook.xml')!.asText();
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Tất cả'!$1:$1</definedName>`);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'Tất cả'!$A$1:$M$${checklist.items.length + 1}</definedName>`);
    // Every sheet prints the same way, each with its own print titles.
    const sheets = [...workbook.matchAll(/<sheet name=/g)].length;
    expect([...workbook.matchAll(/_xlnm\.Print_Titles/g)]).toHaveLength(sheets);
    expect(sheet).toMatch(/<oddHeader>&amp;L&amp;"Times New Roman,Bold"&amp;11Danh mục nhiệm vụ&amp;R.*Ngày in: &amp;D<\/oddHeader>/);
    expect(sheet).toContain('Kế hoạch số 15/KH-UBND ngày 24/7/2025 của Ủy ban nhân dân tỉnh Tuyên Quang&amp;R');
    expect(zip.file('xl/worksheets/sheet2.xml')!.asText()).toContain('Danh mục nhiệm vụ — ');
    // Columns sized for Vietnamese text, wrapped: a long task's row is as tall as its lines.
    expect(sheet).toContain('<col min="3" max="3" width="42" customWidth="1"/>');
    const long = /<row r="(\d+)" ht="([\d.]+)" customHeight="1">/.exec(sheet)!;
    expect(Number(long[2]) % 15.75).toBe(0);
    expect(Number(long[2])).toBeGreaterThan(15.75);
    expect(zip.file('xl/styles.xml')!.asText()).toContain('<alignment vertical="top" wrapText="1"/>');
  });

  test('the time as the plan words it, beside the date', () => {
    const monthly = deriveChecklist(loadPlan(readFileSync(new URL('../fixtures/clerk/ke-hoach-pccc-xa.yaml', import.meta.url), 'utf8')).plan!).checklist;
    const sheet = new PizZip(toXlsx(monthly)).file('xl/worksheets/sheet1.xml')!.asText();
    expect(sheet).toContain('<c r="L1" t="inlineStr" s="1"><is><t xml:space="preserve">Thời gian (theo kế hoạch)</t></is></c>');
    expect(sheet).toMatch(/<c r="I(\d+)" s="2"><v>46047<\/v><\/c><c r="J\1" t="inlineStr" s="3"><is><t xml:space="preserve">trước ngày<\/t><\/is><\/c><c r="K\1" s="3"\/><c r="L\1" t="inlineStr" s="3"><is><t xml:space="preserve">Trước ngày 25 hằng tháng<\/t>/);
  });

  test('plan text is never a formula, and is written exactly (no CSV apostrophe guard: an inline string is text)', () => {
    const c = { ...checklist, items: [{ ...checklist.items[0]!, text: '=HYPERLINK("http://x","y")' }, { ...checklist.items[1]!, text: '=1+1' }, { ...checklist.items[2]!, text: '- Tuyên truyền' }] };
    const sheet = new PizZip(toXlsx(c)).file('xl/worksheets/sheet1.xml')!.asText();
    expect(sheet).not.toContain('<f>');
    expect(sheet).not.toContain('<f ');
    expect(sheet).toContain(`<c r="C2" t="inlineStr" s="3"><is><t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t></is></c>`);
    expect(sheet).toMatch(/<c r="C3" t="inlineStr" s="\d+"><is><t xml:space="preserve">=1\+1<\/t><\/is><\/c>/);
    expect(sheet).toMatch(/<c r="C4" t="inlineStr" s="\d+"><is><t xml:space="preserve">- Tuyên truyền<\/t><\/is><\/c>/);
    expect(sheet).not.toContain("'=");
  });
});

// LibreOffice Calc (installed by .ci/run) opens the workbook; without it the test is skipped, except in CI.
const haveCalc = spawnSync('soffice', ['--version']).status === 0 && ['libreoffice-calc-nogui', 'libreoffice-calc'].some((p) => spawnSync('dpkg', ['-s', p]).status === 0);
if (!haveCalc && process.env.CI) throw new Error('CI needs LibreOffice Calc (libreoffice-calc-nogui, installed by .ci/run)');
// UTF-8 (76), cells “as shown” (the last flag): what a person sees in Calc.
test.skipIf(!haveCalc)('LibreOffice Calc opens it and reads the dates back as dates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-xlsx-'));
  writeFileSync(join(dir, 'ds.xlsx'), toXlsx(checklist));
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true', '--outdir', dir, join(dir, 'ds.xlsx')], { stdio: 'ignore', timeout: 120_000 });
  const rows = parseCsv(readFileSync(join(dir, 'ds.csv'), 'utf8')) as string[][];
  expect(rows[0]!.slice(0, 3)).toEqual(['STT', 'Mã', 'Nội dung']);
  const sms = rows.find((r) => r[1] === 'II.7.b')!;
  expect([sms[7], sms[8], sms[9]]).toEqual(['01/07/2025', '30/09/2025', 'chậm nhất']);
  expect(rows).toHaveLength(checklist.items.length + 1);
}, 120_000);

// The print itself: LibreOffice prints the workbook to PDF (pdfinfo, pdftotext of poppler-utils read it).
const havePoppler = spawnSync('pdfinfo', ['-v']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
if (haveCalc && !havePoppler && process.env.CI) throw new Error('CI needs poppler-utils (pdfinfo, pdftotext), installed by .ci/run');
describe.skipIf(!haveCalc || !havePoppler)(`printed by LibreOffice${haveCalc && havePoppler ? '' : ' (skipped: needs LibreOffice Calc and poppler-utils, which .ci/run installs)'}`, () => {
  test('landscape A4, every page one page wide with the header row, page numbers in the footer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-xlsx-pdf-'));
    const c = deriveChecklist(loadExample('quang-tri-2026-chuyen-doi-so' as never)).checklist;
    writeFileSync(join(dir, 'ds.xlsx'), toXlsx(c));
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'ds.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    const info = execFileSync('pdfinfo', [join(dir, 'ds.pdf')], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.\d+ pts \(A4\)/);
    // 57 rows of wrapped text: a few pages down, never a page for the right-hand columns alone (portrait, split: 14 pages).
    expect(c.items).toHaveLength(57);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(7);
    for (let p = 1; p <= pages; p++) {
      const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', join(dir, 'ds.pdf'), '-'], { encoding: 'utf8' });
      expect(text, `page ${p}`).toMatch(/STT +Mã +Nội dung +Cơ quan thực hiện +Vai trò +Chủ trì +Phối hợp +Bắt đầu +Hạn +Loại hạn +Giờ +[^\n]*Trạng thái/);
      expect(text, `page ${p}`).toContain(`Trang ${p}/${pages}`);
      expect(text, `page ${p}`).toContain('Danh mục nhiệm vụ');
    }
  }, 120_000);
});

test('kehoach checklist --format xlsx writes a workbook beside the plan', async () => {
  const { runCli } = await import('@kehoach/cli');
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-xlsx-cli-'));
  const plan = join(dir, 'kh.yaml');
  writeFileSync(plan, readFileSync(new URL('../../examples/tuyen-quang-2025-30-7.yaml', import.meta.url)));
  const code = await runCli(['checklist', plan, '--format', 'xlsx', '-o', join(dir, 'ds.xlsx')], { out: () => {}, err: () => {} });
  expect(code).toBe(0);
  expect(new PizZip(readFileSync(join(dir, 'ds.xlsx'))).file('xl/workbook.xml')!.asText()).toContain('<sheet name="Công an tỉnh"');
});
