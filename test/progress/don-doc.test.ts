import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatShortDate } from '@kehoach/nd30';
import { renderDocx, renderOutput, type StatusReport } from 'kehoach';
import { ROOT } from '../helpers.js';
import { all, openDocx, paragraphText } from '../render/docx-helpers.js';
import { cli } from '../run-cli.js';
import { trackedStatus } from './tracking-documents.js';

// The công văn đôn đốc of the team example, read back from the DOCX's XML: it lists exactly the
// duties `status` finds overdue or due soon (not done, not yet open), each under its agency, and
// nothing else; Kính gửi and Nơi nhận are exactly those agencies.

/** The duties the letter must list, as [agency, text, deadline day as printed], from the report alone. */
function expected(report: StatusReport): string[][] {
  return report.duties
    .filter((d) => d.status === 'overdue' || (d.soon && d.status !== 'not-due' && !d.status.startsWith('done')))
    .map((d) => [d.item.agency!.name, d.item.text.replace(/[.;:\s]+$/u, ''), formatShortDate(d.due!)]);
}

/** The letter's paragraphs, and the duties it lists as [agency, text, deadline day], its Kính gửi and its Nơi nhận. */
async function letterAt(asOf: string) {
  const { plan, report } = trackedStatus(asOf);
  const r = await renderOutput('status', 'don-doc', { status: report, checklist: { plan: report.plan, today: null, items: [] }, plan }, {});
  expect(r.diagnostics).toEqual([]);
  const paras = all(openDocx(r.output as Uint8Array).document, 'p').flatMap((p) => paragraphText(p).split('\n')).filter(Boolean);
  const listed: string[][] = [];
  let agency = '';
  for (const p of paras) {
    const heading = /^[IVX]+\. (.+)$/u.exec(p);
    if (heading) agency = heading[1]!;
    const duty = /^- (.+) \(thời hạn(?: đã gia hạn)?: (?:trước|chậm nhất|ngày) (\d{2}\/\d{1,2}\/\d{4})(?:, (?:đã quá hạn|còn) \d+ ngày)?\)\.$/iu.exec(p);
    if (duty) listed.push([agency, duty[1]!, duty[2]!]);
  }
  const text = paras.join('\n');
  const kinhGui = /Kính gửi:\n((?:- .+\n)+)/u.exec(text + '\n');
  return { plan, report, paras, listed, text, kinhGui: kinhGui?.[1]!.trim().split('\n') };
}

describe('the công văn đôn đốc lists exactly the overdue and soon-due duties', () => {
  test.each(['2026-06-03', '2026-09-25', '2026-12-20'])('as of %s', async (asOf) => {
    const { report, listed } = await letterAt(asOf);
    const want = expected(report);
    expect(want.length).toBeGreaterThan(0);
    // Same duties, same agencies (headings print the name in upper case), same deadlines — nothing more.
    expect(listed.map(([a, t, d]) => [a!.toLocaleUpperCase('vi'), t, d]).sort()).toEqual(want.map(([a, t, d]) => [a!.toLocaleUpperCase('vi'), t, d]).sort());
  });

  test('Kính gửi and Nơi nhận: the agencies with something to chase, in the plan’s order; Lưu last', async () => {
    const { report, paras, kinhGui } = await letterAt('2026-06-03');
    const agencies = [...new Set(expected(report).map(([a]) => a!))];
    const upper = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
    expect(kinhGui).toEqual(agencies.map((a) => `- ${upper(a)};`));
    const i = paras.indexOf('Nơi nhận:');
    expect(paras.slice(i + 1, i + 2 + agencies.length)).toEqual([...agencies.map((a) => `- ${upper(a)};`), '- Lưu: VT.']);
  });

  test('V/v, the plan cited with number, date, issuer and subject, the report asked by a date', async () => {
    const { text } = await letterAt('2026-06-03');
    expect(text).toContain('V/v Đôn đốc thực hiện Kế hoạch số 412/KH-UBND');
    expect(text).toContain('Thực hiện Kế hoạch số 412/KH-UBND ngày 16/01/2026 của Ủy ban nhân dân tỉnh Quảng Trị về chuyển đổi số, phát triển kinh tế số và xã hội số tỉnh Quảng Trị năm 2026, qua theo dõi tiến độ đến ngày 03/6/2026');
    expect(text).toMatch(/bằng văn bản[^\n]* trước ngày 10\/6\/2026/u);
  });

  test('an extended duty near its new deadline is chased with the extended deadline', async () => {
    const { listed, paras } = await letterAt('2026-09-25');
    expect(listed.some(([, , d]) => d === '30/9/2026')).toBe(true);
    expect(paras.some((p) => p.includes('thời hạn đã gia hạn: chậm nhất 30/9/2026'))).toBe(true);
  });

  test('nothing to chase: no letter', async () => {
    const { plan, report } = trackedStatus('2026-01-20');
    const none = { ...report, duties: report.duties.filter((d) => d.status !== 'overdue' && !d.soon) };
    const r = await renderOutput('status', 'don-doc', { status: none, checklist: { plan: report.plan, today: null, items: [] }, plan }, {});
    expect(r.output).toBeUndefined();
    expect(renderDocx(plan).docx).toBeDefined();
  });

  test('kehoach status --letter writes it, with --report-by', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-dondoc-'));
    const out = join(dir, 'don-doc.docx');
    const r = await cli('status', `${ROOT}examples/quang-tri-2026-chuyen-doi-so.yaml`, '-p', `${ROOT}examples/tracking/quang-tri-2026-chuyen-doi-so.progress.yaml`, '--as-of', '2026-06-03', '--letter', '--report-by', '2026-06-12', '-o', out);
    expect(r.code, r.err).toBe(0);
    const text = all(openDocx(readFileSync(out)).document, 'p').map(paragraphText).join('\n');
    expect(text).toContain('trước ngày 12/6/2026');
    const bad = await cli('status', `${ROOT}examples/quang-tri-2026-chuyen-doi-so.yaml`, '--letter', '--report-by', '2026-02-30');
    expect(bad.code).toBe(2);
  });
});

const haveSoffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;

describe.skipIf(!haveSoffice)('LibreOffice opens the công văn đôn đốc', () => {
  test('it converts to PDF with its V/v, Kính gửi and Nơi nhận', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-dondoc-lo-'));
    const { plan, report } = trackedStatus('2026-06-03');
    const r = await renderOutput('status', 'don-doc', { status: report, checklist: { plan: report.plan, today: null, items: [] }, plan }, {});
    writeFileSync(join(dir, 'don-doc.docx'), r.output as Uint8Array);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'don-doc.docx')], { stdio: 'ignore', timeout: 240_000 });
    const pdf = execFileSync('pdftotext', ['-layout', join(dir, 'don-doc.pdf'), '-'], { encoding: 'utf8' });
    expect(pdf).toMatch(/V\/v Đôn đốc thực hiện[\s\S]*Kính gửi[\s\S]*I\. CÁC SỞ, BAN, NGÀNH[\s\S]*Nơi nhận[\s\S]*Lưu: VT\./u);
  }, 240_000);
});
