import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatShortDate } from '@kehoach/nd30';
import { DUTY_STATUSES, DUTY_STATUS_IDS, renderDocx } from 'kehoach';
import { ROOT } from '../helpers.js';
import { all, attr, child, openDocx, paragraphText } from '../render/docx-helpers.js';
import { cli } from '../run-cli.js';
import { trackedReport, trackedStatus } from './tracking-documents.js';

// The Báo cáo kết quả thực hiện Kế hoạch of the team example: its appendix table, read back from the
// DOCX's XML, has one row per duty that `kehoach status -f json` prints, in its order, with the same
// text, agency and role, deadline and status; the counts in the body are status's counts.

const PLAN = `${ROOT}examples/quang-tri-2026-chuyen-doi-so.yaml`;
const PROGRESS = `${ROOT}examples/tracking/quang-tri-2026-chuyen-doi-so.progress.yaml`;
const ROLE: Record<string, string> = { lead: 'chủ trì', support: 'phối hợp', requested: 'được đề nghị', reporter: 'báo cáo' };
const upper = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

interface JsonDuty { text: string; label: string; due: string | null; agency: { name: string } | null; role: string | null; update: { result?: string } | null }

/** The rows of the report's appendix table (the table whose header is STT, Nhiệm vụ …), as cell texts. */
function appendixRows(bytes: Uint8Array): string[][] {
  const doc = openDocx(bytes).document;
  const table = all(doc, 'tbl').find((t) => paragraphText(all(t, 'tc')[0]!) === 'STT')!;
  expect(table).toBeDefined();
  return all(table, 'tr').map((tr) => all(tr, 'tc').map((tc) => all(tc, 'p').map(paragraphText).join('\n')));
}

describe('the Báo cáo kết quả thực hiện Kế hoạch', () => {
  test.each(['2026-06-03', '2026-06-30', '2026-12-31'])('its appendix table matches `kehoach status -f json` as of %s', async (asOf) => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-baocao-'));
    const out = join(dir, 'bao-cao.docx');
    const r = await cli('status', PLAN, '-p', PROGRESS, '--as-of', asOf, '--report', '-o', out);
    expect(r.code, r.err).toBe(0);
    const json = await cli('status', PLAN, '-p', PROGRESS, '--as-of', asOf, '-f', 'json');
    const duties = (JSON.parse(json.out) as { duties: JsonDuty[] }).duties;
    const [header, ...rows] = appendixRows(readFileSync(out));
    expect(header).toEqual(['STT', 'Nhiệm vụ', 'Cơ quan thực hiện (chủ trì, phối hợp)', 'Thời hạn', 'Tình trạng', 'Kết quả']);
    expect(rows).toHaveLength(duties.length);
    rows.forEach((row, i) => {
      const d = duties[i]!;
      expect(row[0]).toBe(String(i + 1));
      expect(row[1]).toBe(d.text);
      expect(row[2]).toBe(d.agency ? `${d.agency.name}${d.role ? ` (${ROLE[d.role]})` : ''}` : 'Chưa phân công');
      if (d.due) expect(row[3]).toMatch(new RegExp(`^(Trước|Chậm nhất|Ngày) ${formatShortDate(d.due)}$`, 'u'));
      else expect(row[3]).toBe('Thường xuyên');
      expect(row[4]).toBe(upper(d.label));
      if (d.update?.result) expect(row[5]).toContain(d.update.result);
    });
  });

  test('the counts per status, in the fixed vocabulary, are status’s counts; per agency too', () => {
    const { report } = trackedStatus('2026-06-30');
    const text = renderDocxText(trackedReport('2026-06-30', '6 tháng đầu năm 2026'));
    for (const s of DUTY_STATUS_IDS) expect(text).toContain(`- ${upper(DUTY_STATUSES[s].vi)}: ${report.counts[s]} nhiệm vụ;`);
    for (const a of report.byAgency) expect(text).toContain(`- ${a.agency!.name}: ${a.counts.total} nhiệm vụ (`);
    expect(text).toContain(`Tổng số nhiệm vụ theo dõi: ${report.counts.total} `);
  });

  test('BÁO CÁO, BC- symbol, the plan cited, the period; causes left for the writer; the appendix landscape', () => {
    const bytes = renderDocx(trackedReport('2026-06-30', '6 tháng đầu năm 2026')).docx!;
    const text = all(openDocx(bytes).document, 'p').map(paragraphText).join('\n');
    expect(text).toContain('BÁO CÁO');
    expect(text).toMatch(/Số:\s+\/BC-UBND/u);
    expect(text).toContain('Kết quả thực hiện Kế hoạch số 412/KH-UBND 6 tháng đầu năm 2026');
    expect(text).toContain('Thực hiện Kế hoạch số 412/KH-UBND ngày 16/01/2026 của Ủy ban nhân dân tỉnh Quảng Trị về chuyển đổi số');
    expect(text).toContain('Nguyên nhân: [Người soạn thảo bổ sung].');
    const sections = all(openDocx(bytes).document, 'sectPr').map((s) => attr(child(s, 'pgSz'), 'orient'));
    expect(sections).toContain('landscape');
  });
});

/** All the text of a rendered plan's DOCX. */
function renderDocxText(plan: Parameters<typeof renderDocx>[0]): string {
  return all(openDocx(renderDocx(plan).docx!).document, 'p').map(paragraphText).join('\n');
}

const haveSoffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;

describe.skipIf(!haveSoffice)('LibreOffice opens the Báo cáo', () => {
  test('it converts to PDF with its type line and its appendix table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-baocao-lo-'));
    const out = join(dir, 'bao-cao.docx');
    const r = await cli('status', PLAN, '-p', PROGRESS, '--as-of', '2026-06-30', '--report', '--period', '6 tháng đầu năm 2026', '-o', out);
    expect(r.code, r.err).toBe(0);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, out], { stdio: 'ignore', timeout: 240_000 });
    const pdf = execFileSync('pdftotext', ['-layout', join(dir, 'bao-cao.pdf'), '-'], { encoding: 'utf8' });
    expect(pdf).toMatch(/BÁO CÁO[\s\S]*I\. KẾT QUẢ THỰC HIỆN[\s\S]*Nơi nhận[\s\S]*STT[\s\S]*Tình trạng/u);
  }, 240_000);
});
