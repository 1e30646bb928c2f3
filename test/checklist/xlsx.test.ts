import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import PizZip from 'pizzip';
import { parse as parseCsv } from 'csv-parse/sync';
import { deriveChecklist, toXlsx } from '@kehoach/checklist';
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
  test('plan text is never a formula', () => {
    const c = { ...checklist, items: [{ ...checklist.items[0]!, text: '=HYPERLINK("http://x","y")' }] };
    const sheet = new PizZip(toXlsx(c)).file('xl/worksheets/sheet1.xml')!.asText();
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain(`<t xml:space="preserve">'=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t>`);
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

test('kehoach checklist --format xlsx writes a workbook beside the plan', async () => {
  const { runCli } = await import('@kehoach/cli');
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-xlsx-cli-'));
  const plan = join(dir, 'kh.yaml');
  writeFileSync(plan, readFileSync(new URL('../../examples/tuyen-quang-2025-30-7.yaml', import.meta.url)));
  const code = await runCli(['checklist', plan, '--format', 'xlsx', '-o', join(dir, 'ds.xlsx')], { out: () => {}, err: () => {} });
  expect(code).toBe(0);
  expect(new PizZip(readFileSync(join(dir, 'ds.xlsx'))).file('xl/workbook.xml')!.asText()).toContain('<sheet name="Công an tỉnh"');
});
