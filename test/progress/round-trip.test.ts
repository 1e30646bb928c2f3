import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import PizZip from 'pizzip';
import { itemKey, loadProgress, mergeProgress, planStatus, readProgressXlsx, renderOutput, type Diagnostic } from 'kehoach';
import { ROOT, loadExample } from '../helpers.js';
import { cli } from '../run-cli.js';

// The agencies' round trip: the status workbook sent to the agencies (status, deadline in force, and
// the columns each fills, with drop-downs), filled by “an agency” — here by editing the sheet's XML, as
// a spreadsheet program saves it — and read back: every bad cell an error at its sheet and cell, its row
// left out; a row that repeats what is recorded adds nothing; a row that contradicts it is a conflict;
// nothing recorded is lost. Then through LibreOffice, which rewrites the workbook its own way.

const PLAN = `${ROOT}examples/quang-tri-2026-chuyen-doi-so.yaml`;
const PROGRESS = `${ROOT}examples/tracking/quang-tri-2026-chuyen-doi-so.progress.yaml`;
const plan = loadExample('quang-tri-2026-chuyen-doi-so');
const progressText = readFileSync(PROGRESS, 'utf8');
const { report, checklist, progress } = planStatus(plan, progressText, { asOf: '2026-06-03' });
const key = itemKey(checklist);
const bytes = (await renderOutput('status', 'xlsx', { status: report!, checklist, plan })).output as Uint8Array;

/** Column letters by header title, and the row of each tracking id, in one sheet's XML. */
function layout(xml: string) {
  const header = /<row r="1"[^>]*>([\s\S]*?)<\/row>/.exec(xml)![1]!;
  const cols = new Map([...header.matchAll(/<c r="([A-Z]+)1"[^>]*><is><t[^>]*>([^<]*)<\/t>/g)].map((m) => [m[2]!, m[1]!]));
  const id = cols.get('Mã theo dõi')!;
  const rows = new Map([...xml.matchAll(new RegExp(`<c r="${id}(\\d+)"[^>]*><is><t[^>]*>([^<]*)</t>`, 'g'))].map((m) => [m[2]!.slice(key.length + 1), Number(m[1])]));
  return { cols, rows };
}

/** The sheet's XML with one cell's value replaced: text (an inline string) or a number (a date is its serial number). */
function setCell(xml: string, ref: string, value: string | number): string {
  const cell = typeof value === 'number' ? `<c r="${ref}" s="3"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr" s="3"><is><t>${value}</t></is></c>`;
  const re = new RegExp(`<c r="${ref}"(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</c>)`);
  expect(re.test(xml), ref).toBe(true);
  return xml.replace(re, cell);
}

const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;

/** The workbook as the office (Văn phòng UBND tỉnh) sends it back, edits on its own sheet and one on the sheet of all. */
function filled(): Uint8Array {
  const zip = new PizZip(bytes);
  const names = [...zip.file('xl/workbook.xml')!.asText().matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]!);
  const own = `xl/worksheets/sheet${names.indexOf('Văn phòng UBND tỉnh') + 1}.xml`;
  let xml = zip.file(own)!.asText();
  const { cols, rows } = layout(xml);
  const at = (column: string, short: string) => `${cols.get(column)!}${rows.get(short)!}`;
  const edits: Array<[string, string, string | number]> = [
    // Done (late: due before 5 April), with a real date cell and two pieces of evidence.
    ['Báo cáo: tình trạng', 'dvc-toan-trinh/2026-04-05/lead/van-phong-ubnd', 'Đã hoàn thành'],
    ['Ngày hoàn thành', 'dvc-toan-trinh/2026-04-05/lead/van-phong-ubnd', serial('2026-06-01')],
    ['Kết quả', 'dvc-toan-trinh/2026-04-05/lead/van-phong-ubnd', 'Đã báo cáo tháng 3/2026: 64% hồ sơ trực tuyến toàn trình.'],
    ['Minh chứng (số, ngày văn bản; đường dẫn)', 'dvc-toan-trinh/2026-04-05/lead/van-phong-ubnd', 'số 301/BC-VP ngày 01/6/2026 (Báo cáo tháng 3/2026); https://vanphong.quangtri.gov.vn/bc-301'],
    // In progress, with a percent typed as text.
    ['Báo cáo: tình trạng', 'dvc-toan-trinh/2026-06-05/lead/van-phong-ubnd', 'Đang thực hiện'],
    ['Tỷ lệ (%)', 'dvc-toan-trinh/2026-06-05/lead/van-phong-ubnd', '50'],
    // Bad cells: a status outside the list, a day that does not exist, a percent out of range, an edited id.
    ['Báo cáo: tình trạng', 'dvc-toan-trinh/2026-07-05/lead/van-phong-ubnd', 'xong rồi'],
    ['Báo cáo: tình trạng', 'dvc-toan-trinh/2026-08-05/lead/van-phong-ubnd', 'Đã hoàn thành'],
    ['Ngày hoàn thành', 'dvc-toan-trinh/2026-08-05/lead/van-phong-ubnd', '31/02/2026'],
    ['Báo cáo: tình trạng', 'dvc-toan-trinh/2026-09-05/lead/van-phong-ubnd', 'Đang thực hiện'],
    ['Tỷ lệ (%)', 'dvc-toan-trinh/2026-09-05/lead/van-phong-ubnd', '150'],
    ['Báo cáo: tình trạng', 'dvc-toan-trinh/2026-10-05/lead/van-phong-ubnd', 'Đang thực hiện'],
    ['Mã theo dõi', 'dvc-toan-trinh/2026-10-05/lead/van-phong-ubnd', `${key}/dvc-toan-trinh/2026-13-05/lead/van-phong-ubnd`],
  ];
  for (const [column, short, value] of edits) xml = setCell(xml, at(column, short), value);
  zip.file(own, xml);
  // On the sheet of all: a row of the departments' (not the office's), and the office's June row saying otherwise.
  let all = zip.file('xl/worksheets/sheet1.xml')!.asText();
  const a = layout(all);
  all = setCell(all, `${a.cols.get('Báo cáo: tình trạng')}${a.rows.get('dvc-toan-trinh/2026-04-05/support/cac-so-nganh')}`, 'Đã hoàn thành');
  all = setCell(all, `${a.cols.get('Báo cáo: tình trạng')}${a.rows.get('dvc-toan-trinh/2026-06-05/lead/van-phong-ubnd')}`, 'Chưa thực hiện');
  zip.file('xl/worksheets/sheet1.xml', all);
  return zip.generate({ type: 'uint8array' });
}

const codesAt = (ds: Diagnostic[]) => ds.map((d) => `${d.code} ${/Ô ('[^']+'![A-Z]+\d+)/.exec(d.message)?.[1]} ${d.line}:${d.column}`);

describe('the status workbook', () => {
  const zip = new PizZip(bytes);
  const sheet = zip.file('xl/worksheets/sheet1.xml')!.asText();
  test('gains the status, the deadline in force and the fill-in columns with drop-down, date and number validation', () => {
    const { cols } = layout(sheet);
    expect([...cols.keys()].slice(12, 21)).toEqual([
      'Trạng thái', 'Tình trạng đến 03/6/2026', 'Hạn sau gia hạn', 'Báo cáo: tình trạng', 'Ngày hoàn thành', 'Tỷ lệ (%)', 'Kết quả', 'Minh chứng (số, ngày văn bản; đường dẫn)', 'Khó khăn, vướng mắc',
    ]);
    const rows = checklist.items.length + 1;
    expect(sheet).toContain(`<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Giá trị không hợp lệ" error="Chọn một trong: Đã hoàn thành, Đang thực hiện, Chưa thực hiện" prompt="Chọn một tình trạng trong danh sách" sqref="P2:P${rows}"><formula1>"Đã hoàn thành,Đang thực hiện,Chưa thực hiện"</formula1></dataValidation>`);
    expect(sheet).toMatch(new RegExp(`<dataValidation type="date" operator="greaterThan"[^>]* sqref="Q2:Q${rows}">`));
    expect(sheet).toMatch(new RegExp(`<dataValidation type="decimal" operator="between"[^>]* sqref="R2:R${rows}"><formula1>0</formula1><formula2>100</formula2>`));
    // The deadline in force beside the plan's, and what is recorded filled in.
    const { rows: at } = layout(sheet);
    const row = (short: string) => new RegExp(`<row r="${at.get(short)}"[^>]*>([\\s\\S]*?)</row>`).exec(sheet)![1]!;
    expect(row('ha-tang-kho-du-lieu/lead/so-khcn')).toContain(`<c r="O${at.get('ha-tang-kho-du-lieu/lead/so-khcn')}" s="2"><v>${serial('2026-09-30')}</v></c>`);
    expect(row('ha-tang-kho-du-lieu/lead/so-khcn')).toContain('>đã gia hạn<');
    expect(row('dvc-toan-trinh/2026-05-05/lead/van-phong-ubnd')).toContain('>Đang thực hiện<');
  });
  test('the checklist workbook is unchanged without progress', async () => {
    const plain = (await renderOutput('checklist', 'xlsx', { checklist, plan })).output as Uint8Array;
    expect(new PizZip(plain).file('xl/worksheets/sheet1.xml')!.asText()).not.toContain('dataValidation');
  });
});

describe('a filled workbook read back', () => {
  const read = readProgressXlsx(filled(), { checklist, progress, date: '2026-06-05', agency: 'van-phong-ubnd', file: 'vp.xlsx' });
  test('every bad cell is an error at its sheet, row and column; the other agency’s row and the contradicting row are refused', () => {
    expect(codesAt(read.diagnostics).sort()).toEqual([
      "PROGRESS_XLSX_CONFLICT 'Văn phòng UBND tỉnh'!P6 6:16",
      "PROGRESS_XLSX_DATE 'Văn phòng UBND tỉnh'!Q8 8:17",
      "PROGRESS_XLSX_PERCENT 'Văn phòng UBND tỉnh'!R9 9:18",
      "PROGRESS_XLSX_STATUS 'Văn phòng UBND tỉnh'!P7 7:16",
      "PROGRESS_XLSX_UNKNOWN_ITEM 'Văn phòng UBND tỉnh'!W10 10:23",
      "PROGRESS_XLSX_WRONG_AGENCY 'Tất cả'!P16 16:16",
    ]);
    // The June row says one thing on the office's sheet and another on the sheet of all: neither is taken.
    expect(read.diagnostics.find((d) => d.code === 'PROGRESS_XLSX_CONFLICT')!.message).toBe(
      "Ô 'Văn phòng UBND tỉnh'!P6: tiến độ ngày 05/6/2026 của nhiệm vụ PII.II.1.2.1 khác với ô 'Tất cả'!P21 (Chưa thực hiện); không ghi đè, không tự chọn bản nào — cần kiểm tra.",
    );
    expect(read.diagnostics.find((d) => d.code === 'PROGRESS_XLSX_STATUS')!.message).toBe(
      "Ô 'Văn phòng UBND tỉnh'!P7: tình trạng “xong rồi” không có trong danh sách (Đã hoàn thành, Đang thực hiện, Chưa thực hiện); dòng này không được nhập.",
    );
  });
  test('the good rows are updates of the report’s date, evidence read into number, date, subject and link', () => {
    expect(read.updates.map((u) => u.id.slice(key.length + 1))).toEqual(['dvc-toan-trinh/2026-04-05/lead/van-phong-ubnd']);
    expect(read.updates[0]!.update).toEqual({
      date: '2026-06-05', status: 'hoan-thanh', completed: '2026-06-01', result: 'Đã báo cáo tháng 3/2026: 64% hồ sơ trực tuyến toàn trình.',
      evidence: [{ number: '301/BC-VP', date: '2026-06-01', title: 'Báo cáo tháng 3/2026' }, { link: 'https://vanphong.quangtri.gov.vn/bc-301' }],
      reporter: 'Văn phòng UBND tỉnh',
    });
    // The rows filled in with what is recorded (six items, on two sheets each), sent back as they were, add nothing.
    expect(read.unchanged).toBe(6);
  });
  test('merged into the progress file: every line recorded before is kept, comments too; the new update is there and counts', () => {
    const next = mergeProgress(progressText, read.updates, { key });
    for (const line of progressText.split('\n')) expect(next).toContain(line);
    expect(next).toContain('      - date: "2026-06-05"\n        status: hoan-thanh\n        completed: "2026-06-01"');
    const again = loadProgress(next, 'p.yaml', { checklist });
    expect(again.diagnostics).toEqual([]);
    const after = planStatus(plan, next, { asOf: '2026-06-05' }).report!;
    expect(after.duties.find((d) => d.id === `${key}/dvc-toan-trinh/2026-04-05/lead/van-phong-ubnd`)!.status).toBe('done-late');
    // Read again against the merged file: nothing new, the June row still in conflict.
    const twice = readProgressXlsx(filled(), { checklist, progress: again.progress!, date: '2026-06-05', agency: 'van-phong-ubnd' });
    expect(twice.updates).toEqual([]);
    expect(twice.unchanged).toBe(7);
  });
  test('a row that says otherwise than a report recorded on or after the workbook’s date is a conflict, not an update', () => {
    const early = readProgressXlsx(filled(), { checklist, progress, date: '2026-05-20', agency: 'van-phong-ubnd' });
    expect(early.diagnostics.filter((d) => d.code === 'PROGRESS_XLSX_CONFLICT')).toHaveLength(1);
    const noAgency = readProgressXlsx(filled(), { checklist, progress, date: '2026-06-05' });
    expect(noAgency.diagnostics.some((d) => d.code === 'PROGRESS_XLSX_WRONG_AGENCY')).toBe(false);
    expect(noAgency.updates.map((u) => u.id.slice(key.length + 1))).toContain('dvc-toan-trinh/2026-04-05/support/cac-so-nganh');
  });
  test('bytes that are not a workbook: one error, nothing read', () => {
    expect(readProgressXlsx(new Uint8Array([1, 2, 3]), { checklist, date: '2026-06-05' }).diagnostics.map((d) => d.code)).toEqual(['PROGRESS_XLSX_UNREADABLE']);
  });
});

describe('kehoach status and kehoach progress import', () => {
  test('status as of a date: text to standard output, counts and duties; --agency; the workbook by -o', async () => {
    const r = await cli('status', PLAN, '-p', PROGRESS, '--as-of', '2026-06-03');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đến ngày 03/6/2026: 57 nhiệm vụ');
    expect(r.out).toMatch(/^ {2}chưa hoàn thành quá hạn +10$/m);
    expect(r.out).toContain('PII.II.1.1.2 — Sở Khoa học và Công nghệ (chủ trì) — hạn 30/9/2026 (gia hạn từ 30/6/2026 theo văn bản số 1234/UBND-KT) — đã gia hạn');
    const json = JSON.parse((await cli('status', PLAN, '-p', PROGRESS, '--as-of', '2026-06-03', '--agency', 'so-khcn', '-f', 'json')).out);
    expect(json.counts).toMatchObject({ total: 3, 'in-time': 1, 'not-due': 1, extended: 1 });
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-status-'));
    expect((await cli('status', PLAN, '-p', PROGRESS, '--as-of', '2026-06-03', '-o', join(dir, 'tt.xlsx'), '-q')).code).toBe(0);
    expect(new PizZip(readFileSync(join(dir, 'tt.xlsx'))).file('xl/worksheets/sheet1.xml')!.asText()).toContain('Tình trạng đến 03/6/2026');
    expect((await cli('status', PLAN, '--as-of', '2026-02-30')).err).toContain('--as-of phải là một ngày có thật');
  });
  test('progress import: the good rows merged into the file, every bad cell reported, exit 1; the checklist’s --progress workbook is the same round trip', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-progress-'));
    copyFileSync(PLAN, join(dir, 'kh.yaml'));
    writeFileSync(join(dir, 'kh.progress.yaml'), progressText.replace('plan: ../quang-tri-2026-chuyen-doi-so.yaml', 'plan: kh.yaml'));
    writeFileSync(join(dir, 'vp.xlsx'), filled());
    const r = await cli('progress', 'import', join(dir, 'vp.xlsx'), '--into', join(dir, 'kh.progress.yaml'), '--agency', 'van-phong-ubnd', '--date', '2026-06-05');
    expect(r.code).toBe(1);
    expect(r.err).toContain("Ô 'Văn phòng UBND tỉnh'!Q8: “31/02/2026” không phải một ngày (dd/mm/yyyy)");
    expect(r.err).toContain('Đã nhập 1 cập nhật; 6 dòng không đổi; 5 ô lỗi; 1 xung đột (giữ bản đã ghi).');
    const merged = readFileSync(join(dir, 'kh.progress.yaml'), 'utf8');
    expect(merged).toContain('number: 301/BC-VP');
    const st = await cli('status', join(dir, 'kh.yaml'), '--as-of', '2026-06-05', '-f', 'json');
    expect(JSON.parse(st.out).counts['done-late']).toBe(2);
    const c = await cli('checklist', join(dir, 'kh.yaml'), '--progress', join(dir, 'kh.progress.yaml'), '--today', '2026-06-05', '-o', join(dir, 'ds.xlsx'), '-q');
    expect(c.code).toBe(0);
    expect(new PizZip(readFileSync(join(dir, 'ds.xlsx'))).file('xl/worksheets/sheet1.xml')!.asText()).toContain('Báo cáo: tình trạng');
    expect((await cli('checklist', join(dir, 'kh.yaml'), '--progress', join(dir, 'kh.progress.yaml'), '-f', 'csv')).err).toContain('--progress <tệp tiến độ> dùng với sổ Excel');
  });
});

const haveCalc = spawnSync('soffice', ['--version']).status === 0 && ['libreoffice-calc-nogui', 'libreoffice-calc'].some((p) => spawnSync('dpkg', ['-s', p]).status === 0);

describe.skipIf(!haveCalc)('through LibreOffice (Calc installed)', () => {
  test('the workbook opens and is saved back by LibreOffice with its drop-down; read back, its rows are what is recorded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-lo-'));
    mkdirOut(dir);
    writeFileSync(join(dir, 'in', 'tt.xlsx'), bytes);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), join(dir, 'in', 'tt.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    const saved = new Uint8Array(readFileSync(join(dir, 'out', 'tt.xlsx')));
    const sheet = new PizZip(saved).file('xl/worksheets/sheet1.xml')!.asText();
    expect(sheet).toMatch(/<dataValidation[^>]*type="list"/);
    const read = readProgressXlsx(saved, { checklist, progress, date: '2026-06-05' });
    expect(read.diagnostics).toEqual([]);
    expect(read.updates).toEqual([]);
    // Every recorded update, met on the sheet of all and on its agency's, counted once per item.
    expect(read.unchanged).toBe(Object.values(progress!.items).filter((p) => p.updates?.length).length);
    expect(read.unchanged).toBe(6);
  });
});

function mkdirOut(dir: string): void {
  for (const d of ['in', 'out']) execFileSync('mkdir', ['-p', join(dir, d)]);
}
