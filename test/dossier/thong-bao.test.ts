// Issue 24: a Thông báo kết luận (kind thong-bao) assigns duties in a plan's own shape; they reach
// `kehoach checklist` like any plan's, and the document prints its own type line and symbol.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli, type Io } from '@kehoach/cli';
import { loadPlan, renderText } from 'kehoach';
import { ROOT } from '../helpers.js';

const EXAMPLE = `${ROOT}examples/dossier/thong-bao-ket-luan-2026.yaml`;

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t) };
  return { code: await runCli(args, io), out, err };
}

test('a Thông báo prints THÔNG BÁO and its TB- symbol, its duties numbered like a plan’s', () => {
  const { plan, diagnostics } = loadPlan(readFileSync(EXAMPLE, 'utf8'), { file: EXAMPLE });
  expect(diagnostics).toEqual([]);
  expect(plan!.symbol).toBe('TB-UBND');
  expect(plan!.tasks.map((t) => [t.id, t.lead.map((a) => a.id), t.support.map((a) => a.id)])).toEqual([
    ['xd-bao-cao-cong-trinh', ['so-xay-dung'], ['so-nnmt']],
    ['tc-kinh-phi', ['so-tai-chinh'], []],
  ]);
  const text = renderText(plan!);
  expect(text).toContain('Số: 41/TB-UBND');
  expect(text).toContain('THÔNG BÁO\nKết luận của Phó Chủ tịch');
});

test('its duties appear in kehoach checklist, each for its lead and its coordinating body, with its date', async () => {
  const r = await cli(['checklist', EXAMPLE, '-f', 'json', '-o', '-']);
  expect(r.code).toBe(0);
  const items = (JSON.parse(r.out) as { items: Array<{ id: string; kind: string; agency: { id: string }; role: string; due: string | null }> }).items;
  const duties = items.filter((i) => i.kind === 'task').map((i) => [i.id.split('/')[1], i.agency.id, i.role, i.due]);
  expect(duties).toEqual(([
    ['xd-bao-cao-cong-trinh', 'so-xay-dung', 'lead', '2026-03-31'],
    ['xd-bao-cao-cong-trinh', 'so-nnmt', 'support', '2026-03-31'],
    ['tc-kinh-phi', 'so-tai-chinh', 'lead', '2026-04-15'],
  ]));
});

test('kehoach dossier writes the four documents of the team example, exit 0', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-dossier-cli-'));
  const r = await cli(['dossier', `${ROOT}examples/dossier/ke-hoach-phong-chong-thien-tai-2026.yaml`, '--out-dir', dir]);
  expect(r.err).toMatch(/^Đã ghi 4 tệp: .*1-to-trinh\.docx, .*4-cong-van\.docx\n$/);
  expect(r.code).toBe(0);
  expect(readdirSync(dir).sort()).toEqual(['1-to-trinh.docx', '2-quyet-dinh.docx', '3-ke-hoach.docx', '4-cong-van.docx']);
});

test('kehoach render --as quyet-dinh writes one document of the dossier; a plan without it is told so, exit 1', async () => {
  const r = await cli(['render', `${ROOT}examples/dossier/ke-hoach-phong-chong-thien-tai-2026.yaml`, '--as', 'quyet-dinh', '-f', 'txt', '-o', '-']);
  expect(r.code).toBe(0);
  expect(r.out).toContain('Số: 312/QĐ-UBND');
  expect(r.out).toContain('Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng; Giám đốc Sở Nông nghiệp và Môi trường;');
  const none = await cli(['render', `${ROOT}examples/tuyen-quang-2025-30-7.yaml`, '--as', 'to-trinh', '-f', 'txt', '-o', '-']);
  expect(none.code).toBe(1);
  expect(none.err).toContain('không có văn bản loại “to-trinh”');
  const wrong = await cli(['render', `${ROOT}examples/tuyen-quang-2025-30-7.yaml`, '--as', 'bao-cao']);
  expect(wrong.code).toBe(2);
});

test('the importer knows each kind by its profile: a Thông báo, a Tờ trình and a Quyết định read back from their own DOCX', async () => {
  const { importPlan, renderDocx, renderDossier } = await import('kehoach');
  const tb = loadPlan(readFileSync(EXAMPLE, 'utf8')).plan!;
  const back = loadPlan((await importPlan(renderDocx(tb).docx!, { fileName: 'tb.docx' })).yaml!).plan!;
  expect([back.kind, back.number, back.symbol, back.title]).toEqual(['thong-bao', 41, 'TB-UBND', tb.title]);
  expect(back.tasks.map((t) => t.lead.map((a) => a.name))).toEqual([['Sở Xây dựng'], ['Sở Tài chính']]);
  const plan = loadPlan(readFileSync(`${ROOT}examples/dossier/ke-hoach-phong-chong-thien-tai-2026.yaml`, 'utf8')).plan!;
  const files = renderDossier(plan).files;
  const tt = loadPlan((await importPlan(files[0]!.docx!, { fileName: 'tt.docx' })).yaml!).plan!;
  expect([tt.kind, tt.number, tt.symbol, tt.addressees]).toEqual(['to-trinh', 58, 'TTr-SNNMT', ['Ủy ban nhân dân tỉnh Lâm Đồng']]);
  const qd = loadPlan((await importPlan(files[1]!.docx!, { fileName: 'qd.docx' })).yaml!).plan!;
  expect([qd.kind, qd.number, qd.symbol]).toEqual(['quyet-dinh', 312, 'QĐ-UBND']);
  // Mẫu 1.3 read back: the title alone (the authority line is the profile's), “QUYẾT ĐỊNH:” left out, the
  // articles as articles.
  expect(qd.title).toBe(files[1]!.plan!.title);
  // The proposal's Tờ trình is read back as a cited document, with the number and date the Tờ trình prints.
  expect(qd.opening.references.map((r) => [r.type, r.number, r.date])).toEqual([['Tờ trình', '58/TTr-SNNMT', '2026-02-10']]);
  expect(qd.opening.paragraphs.concat(qd.opening.situation).join('\n')).not.toContain('QUYẾT ĐỊNH:');
  expect(qd.sections.map((s) => s.label)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.']);
  expect(qd.sections.map((s) => s.paragraphs[0])).toEqual(files[1]!.plan!.sections.map((s) => s.paragraphs[0]));
});
