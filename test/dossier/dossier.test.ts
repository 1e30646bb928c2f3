// Issue 24: the plan's whole dossier from one file. `renderDossier` (and `kehoach dossier`) on the team's
// example writes four DOCX — Tờ trình, Quyết định ban hành, the plan attached to it, the công văn — each
// with its own header, form and numbering; the numbers and dates each cites are read back from the DOCX
// XML (nd30's own reader, findCitations) and agree with those the others print; Điều 3 names exactly the
// plan's lead bodies; LibreOffice opens all four.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { findCitations, parseHeadOf } from '@kehoach/nd30';
import { exportEdxml, leadBodies, loadPlan, renderDossier, renderText, type DossierFile, type Plan } from 'kehoach';
import { expectGolden } from '../golden-file.js';
import { ROOT } from '../helpers.js';
import { all as elements, openDocx, paragraphText } from '../render/docx-helpers.js';

/** Every paragraph of a DOCX, in the header and signature tables too, in document order. */
function paragraphs(docx: Uint8Array): Array<{ text: string; el: Element }> {
  return elements(openDocx(docx).document, 'p').map((el) => ({ text: paragraphText(el), el }));
}

const EXAMPLE = `${ROOT}examples/dossier/ke-hoach-phong-chong-thien-tai-2026.yaml`;
let plan: Plan;
let files: DossierFile[];
/** Each document's paragraphs as the DOCX holds them (header table, body, signature table). */
const text = new Map<string, string[]>();

beforeAll(() => {
  const loaded = loadPlan(readFileSync(EXAMPLE, 'utf8'), { file: EXAMPLE });
  expect(loaded.diagnostics).toEqual([]);
  plan = loaded.plan!;
  const r = renderDossier(plan);
  expect(r.diagnostics).toEqual([]);
  files = r.files;
  for (const f of files) text.set(f.kind, paragraphs(f.docx!).map((p) => p.text));
});

const lines = (kind: string) => text.get(kind)!.filter((l) => l !== '');
const all = (kind: string) => lines(kind).join('\n');
/** The number and date of the first citation of a type in a document's words, as nd30 reads it. */
const cited = (kind: string, type: string) => {
  const c = findCitations(all(kind)).find((x) => x.type === type);
  return c && { number: c.number, date: c.date };
};
/** A document's own number and date, read from its header (`Số: 58/TTr-SNNMT`, `…, ngày 10 tháng 02 năm 2026`). */
const own = (kind: string) => {
  const number = /^Số: (\S+)$/m.exec(all(kind))?.[1];
  const d = /ngày (\d{2}) tháng (\d{2}) năm (\d{4})$/m.exec(all(kind));
  return { number, date: d ? `${d[3]}-${d[2]}-${d[1]}` : undefined };
};

describe('kehoach dossier on the team example', () => {
  test('four DOCX in dossier order, each its own kind', () => {
    expect(files.map((f) => [f.name, f.kind])).toEqual([
      ['1-to-trinh.docx', 'to-trinh'], ['2-quyet-dinh.docx', 'quyet-dinh'], ['3-ke-hoach.docx', 'ke-hoach'], ['4-cong-van.docx', 'cong-van'],
    ]);
  });

  test('each has its own header, form and numbering', () => {
    expect(lines('to-trinh')).toEqual(expect.arrayContaining(['TỜ TRÌNH', 'Kính gửi:', '- Ủy ban nhân dân tỉnh Lâm Đồng;', 'I. SỰ CẦN THIẾT BAN HÀNH KẾ HOẠCH', 'IV. ĐỀ XUẤT']));
    expect(own('to-trinh')).toEqual({ number: '58/TTr-SNNMT', date: '2026-02-10' });
    // The drafting body under its parent body (Phụ lục I, ô 2), each broken to fit its column.
    expect(lines('to-trinh').slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG', 'SỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG']);

    const qd = lines('quyet-dinh');
    expect(own('quyet-dinh')).toEqual({ number: '312/QĐ-UBND', date: '2026-02-20' });
    // Mẫu 1.3: type line, title, the authority line, the bases, QUYẾT ĐỊNH:, Điều 1 … 3, Nơi nhận “Như Điều 3”.
    const at = (s: string) => qd.findIndex((l) => l.startsWith(s));
    expect(at('QUYẾT ĐỊNH')).toBeLessThan(at('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG'));
    expect(at('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG')).toBeLessThan(at('Căn cứ'));
    expect(at('Căn cứ')).toBeLessThan(at('QUYẾT ĐỊNH:'));
    expect(qd.filter((l) => /^Điều \d+\./.test(l)).map((l) => l.slice(0, 7))).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.']);
    expect(qd).toContain('- Như Điều 3;');
    expect(qd).toContain('- Lưu: VT, SNNMT.');

    // The plan attached: no number, date, signature or Nơi nhận of its own; the attachment's signature line on top.
    const kh = lines('ke-hoach');
    expect(kh.slice(0, 2)).toEqual(['312/QĐ-UBND', '2026-02-20']);
    expect(all('ke-hoach')).not.toMatch(/^Số:/m);
    expect(kh).not.toContain('Nơi nhận:');
    expect(kh).not.toContain('Trần Văn Bình');
    expect(kh).toContain('KẾ HOẠCH');

    expect(own('cong-van')).toEqual({ number: '775/UBND-KT', date: '2026-02-25' });
    expect(lines('cong-van')).toContain('V/v Triển khai thực hiện Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 trên địa bàn tỉnh Lâm Đồng');
    expect(lines('cong-van')).toContain('- Như trên;');
  });

  test('the numbers and dates cited across them agree (read back from the DOCX)', () => {
    // The Quyết định cites the Tờ trình as the Tờ trình prints itself.
    expect(cited('quyet-dinh', 'Tờ trình')).toEqual(own('to-trinh'));
    expect(all('quyet-dinh')).toContain('Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 58/TTr-SNNMT ngày 10/02/2026.');
    // The plan cites the Quyết định under its title, as the Quyết định prints itself.
    const attached = lines('ke-hoach').find((l) => l.startsWith('(Ban hành kèm theo'))!;
    expect(attached).toBe('(Ban hành kèm theo Quyết định số 312/QĐ-UBND ngày 20/02/2026 của Ủy ban nhân dân tỉnh Lâm Đồng)');
    expect(cited('ke-hoach', 'Quyết định')).toEqual(own('quyet-dinh'));
    // The công văn cites the Quyết định that promulgates the plan.
    expect(cited('cong-van', 'Quyết định')).toEqual(own('quyet-dinh'));
    // Dates in order: submitted, decided, sent.
    expect([own('to-trinh').date!, own('quyet-dinh').date!, own('cong-van').date!]).toEqual([own('to-trinh').date!, own('quyet-dinh').date!, own('cong-van').date!].sort());
  });

  test("Điều 3 names exactly the plan's lead bodies (and the issuer's office)", () => {
    const article = lines('quyet-dinh').find((l) => l.startsWith('Điều 3.'))!;
    const named = article.replace(/^Điều 3\.\s*/, '').replace(/ và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này\.$/, '')
      .split('; ').map((h) => parseHeadOf(h)?.body);
    expect(named).toEqual(['Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng', ...leadBodies(plan).map((a) => a.name)]);
    expect(leadBodies(plan).map((a) => a.id)).toEqual(['so-nnmt', 'so-xay-dung', 'bo-chqs-tinh', 'ubnd-xa']);
    // Kính gửi of the công văn: the same lead bodies.
    const to = lines('cong-van');
    const from = to.indexOf('Kính gửi:');
    expect(to.slice(from + 1, from + 5)).toEqual(leadBodies(plan).map((a) => `- ${a.name};`));
  });

  test("the Tờ trình summarises the plan from its data: duties, lead bodies, duration, funding", () => {
    expect(all('to-trinh')).toContain(`Kế hoạch giao ${plan.tasks.length} nhiệm vụ cho 4 cơ quan, đơn vị chủ trì: Sở Nông nghiệp và Môi trường; Sở Xây dựng; Bộ Chỉ huy quân sự tỉnh; Ủy ban nhân dân các xã, phường, đặc khu.`);
    expect(all('to-trinh')).toContain('Thời gian thực hiện: năm 2026.');
    expect(all('to-trinh')).toContain('Kinh phí thực hiện: Dự toán chi thường xuyên năm 2026');
  });

  test('độ khẩn prints in its place: under the number, bold, in every document of the urgent matter', () => {
    for (const f of files) {
      const ps = paragraphs(f.docx!);
      const mark = ps.findIndex((p) => p.text === 'KHẨN');
      expect(mark, f.name).toBeGreaterThan(0);
      // Under the number (and the V/v of the công văn), before the title.
      expect(ps.slice(0, mark).some((p) => p.text.startsWith('Số:') || p.text === '312/QĐ-UBND'), f.name).toBe(true);
      expect(elements(ps[mark]!.el, 'b').length, f.name).toBeGreaterThan(0);
    }
  });

  test('edXML carries độ khẩn as its Priority (HỎA TỐC → 3)', () => {
    const yaml = `schemaVersion: 2
kind: cong-van
issuer: { name: Ủy ban nhân dân tỉnh Lâm Đồng, abbreviation: UBND, place: Lâm Đồng, agency: ubnd-tinh }
number: 9
symbol: UBND-KT
date: "2026-03-02"
marks: { urgency: HỎA TỐC }
title: Ứng phó với mưa lớn, sạt lở đất
addressees: [ Sở Nông nghiệp và Môi trường ]
agencies:
  ubnd-tinh: { name: Ủy ban nhân dân tỉnh Lâm Đồng, level: tinh, kind: ubnd, organId: 000.00.00.H29 }
  so-nnmt: { name: Sở Nông nghiệp và Môi trường, level: tinh, kind: chuyen-mon, organId: 000.00.25.H29 }
body:
  - text: Đề nghị Sở Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến mưa lớn.
signature: { authority: [ { type: KT, of: CHỦ TỊCH } ], titles: [ PHÓ CHỦ TỊCH ], name: Trần Văn Bình }
recipients: { to: [ { name: Như trên }, { agency: so-nnmt } ], archive: VT }
`;
    const urgent = loadPlan(yaml).plan!;
    const r = exportEdxml(urgent, new Uint8Array([1]));
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
    expect(r.xml).toContain('<edXML:Priority>3</edXML:Priority>');
    expect(exportEdxml(loadPlan(yaml.replace('marks: { urgency: HỎA TỐC }\n', '')).plan!, new Uint8Array([1])).xml).toContain('<edXML:Priority>0</edXML:Priority>');
  });

  test('golden text of each document (UPDATE=1 rewrites; review the diff)', () => {
    for (const f of files) expectGolden(`dossier-${f.name.replace(/\.docx$/, '')}.txt`, renderText(f.plan!));
  });

  test('a dossier whose decision is a draft leaves blanks where its number and date go', () => {
    const draft = readFileSync(EXAMPLE, 'utf8').replace('    number: 312\n    date: "2026-02-20"\n', '');
    const r = renderDossier(loadPlan(draft).plan!);
    const kh = paragraphs(r.files.find((f) => f.kind === 'ke-hoach')!.docx!).map((p) => p.text);
    expect(kh.find((l) => l.startsWith('(Ban hành kèm theo'))).toMatch(/^\(Ban hành kèm theo Quyết định số\s+\/QĐ-UBND ngày\s+tháng\s+năm 2026 của Ủy ban nhân dân tỉnh Lâm Đồng\)$/);
    // No signature line for an attachment not yet signed.
    expect(kh[0]).not.toBe('312/QĐ-UBND');
    expect(paragraphs(r.files.find((f) => f.kind === 'cong-van')!.docx!).map((p) => p.text).join('\n')).not.toMatch(/Quyết định số \d/);
  });

  test("a drafting body the plan does not declare is the loader's error, at its place in the dossier block", () => {
    const r = loadPlan(readFileSync(EXAMPLE, 'utf8').replace('    agency: so-nnmt\n    abbreviation', '    agency: so-nn\n    abbreviation'), { file: 'kh.yaml' });
    expect(r.plan).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([['UNKNOWN_AGENCY', '/dossier/submission/agency']]);
  });

  test('a plan without a dossier block gives itself alone, not attached', () => {
    const r = renderDossier(loadPlan(readFileSync(`${ROOT}examples/tuyen-quang-2025-30-7.yaml`, 'utf8')).plan!);
    expect(r.files.map((f) => f.name)).toEqual(['1-ke-hoach.docx']);
  });
});

const haveSoffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
if (!haveSoffice && process.env.CI) throw new Error('CI needs LibreOffice and poppler-utils (installed by .ci/run)');

describe.skipIf(!haveSoffice)('LibreOffice opens the four documents', () => {
  test('each converts to PDF and prints its own type line and number', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-dossier-'));
    const paths = files.map((f) => {
      const p = join(dir, f.name);
      writeFileSync(p, f.docx!);
      return p;
    });
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...paths], { stdio: 'ignore', timeout: 240_000 });
    const pdf = (name: string) => execFileSync('pdftotext', ['-layout', join(dir, name.replace(/\.docx$/, '.pdf')), '-'], { encoding: 'utf8' });
    expect(pdf('1-to-trinh.docx')).toMatch(/TỜ TRÌNH[\s\S]*Kính gửi/);
    expect(pdf('2-quyet-dinh.docx')).toMatch(/Số: 312\/QĐ-UBND[\s\S]*QUYẾT ĐỊNH:[\s\S]*Điều 3\./);
    expect(pdf('3-ke-hoach.docx')).toMatch(/312\/QĐ-UBND[\s\S]*KẾ HOẠCH[\s\S]*Ban hành kèm theo Quyết định số 312\/QĐ-UBND/);
    expect(pdf('4-cong-van.docx')).toMatch(/Số: 775\/UBND-KT[\s\S]*Kính gửi/);
  }, 240_000);
});
