import { describe, expect, test } from 'vitest';
import { renderDocx } from '@kehoach/render-docx';
import { roman } from '@kehoach/nd30';
import type { Plan } from 'kehoach';
import { EXAMPLES, loadExample } from '../helpers.js';
import { TRACKING_DOCUMENTS } from '../progress/tracking-documents.js';
import { all, attr, bodyParagraphs, child, documentText, firstRun, openDocx, paragraphText } from './docx-helpers.js';

// The rules of nd30-layout.md, asserted on the OOXML of every example, and of the documents written
// from a plan's status (the công văn đôn đốc, the Báo cáo kết quả).
const DOCUMENTS: ReadonlyArray<readonly [string, () => Plan]> = [...EXAMPLES.map((name) => [name, () => loadExample(name)] as const), ...TRACKING_DOCUMENTS];

function render(what: string | (() => Plan)) {
  const { docx: bytes, diagnostics } = renderDocx(typeof what === 'string' ? loadExample(what) : what());
  expect(diagnostics).toEqual([]);
  return openDocx(bytes!);
}

describe.each(DOCUMENTS)('%s follows Nghị định 30/2020', (_name, load) => {
  const d = render(load);
  const sect = all(d.document, 'sectPr')[0]!;
  test('A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm', () => {
    const pgSz = child(sect, 'pgSz')!;
    expect([attr(pgSz, 'w'), attr(pgSz, 'h'), attr(pgSz, 'orient')]).toEqual(['11906', '16838', null]);
    const m = child(sect, 'pgMar')!;
    const [top, bottom, left, right] = ['top', 'bottom', 'left', 'right'].map((k) => Number(attr(m, k)));
    expect(top).toBeGreaterThanOrEqual(1134); // 20–25 mm
    expect(top).toBeLessThanOrEqual(1418);
    expect(bottom).toBeGreaterThanOrEqual(1134);
    expect(bottom).toBeLessThanOrEqual(1418);
    expect(left).toBeGreaterThanOrEqual(1701); // 30–35 mm
    expect(left).toBeLessThanOrEqual(1985);
    expect(right).toBeGreaterThanOrEqual(851); // 15–20 mm
    expect(right).toBeLessThanOrEqual(1134);
  });
  test('Times New Roman 14 pt by default, text in NFC', () => {
    const fonts = all(all(d.styles, 'docDefaults')[0]!, 'rFonts')[0]!;
    expect(['ascii', 'hAnsi', 'cs', 'eastAsia'].map((k) => attr(fonts, k))).toEqual(Array(4).fill('Times New Roman'));
    expect(attr(all(all(d.styles, 'docDefaults')[0]!, 'sz')[0], 'val')).toBe('28');
    const text = documentText(d.document);
    expect(text).toBe(text.normalize('NFC'));
  });
  test('page number: a PAGE field centred at 13–14 pt in the default header, none on page 1', () => {
    expect(child(sect, 'titlePg')).toBeDefined();
    const refs = all(sect, 'headerReference').map((h) => [attr(h, 'type'), h.getAttribute('r:id')]);
    expect(refs.map((r) => r[0]).sort()).toEqual(['default', 'first']);
    const rels = d.text('word/_rels/document.xml.rels');
    const target = (type: string) => new RegExp(`Id="${refs.find((r) => r[0] === type)![1]}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    const def = d.text(`word/${target('default')}`);
    const first = d.text(`word/${target('first')}`);
    expect(def).toContain(' PAGE ');
    expect(def).toMatch(/<w:jc w:val="center"\/>/);
    expect(Number(/<w:sz w:val="(\d+)"/.exec(def)![1])).toBeGreaterThanOrEqual(26);
    expect(first).not.toContain('PAGE');
  });
  test('header: borderless table; issuer bold 13 pt upper case; Quốc hiệu, Tiêu ngữ; Số and date on one row', () => {
    const tbl = all(d.document, 'tbl')[0]!;
    const borders = child(child(tbl, 'tblPr')!, 'tblBorders')!;
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(attr(child(borders, side), 'val')).toBe('nil');
    const rows = all(tbl, 'tr');
    expect(rows).toHaveLength(2);
    const paras = (cell: number, row = 0) => all(all(rows[row]!, 'tc')[cell]!, 'p').filter((p) => paragraphText(p) !== '');
    const plan = load();
    const issuer = paras(0).find((p) => paragraphText(p).startsWith(plan.issuer.headerLines[0]!))!;
    expect(paragraphText(issuer)).toBe(plan.issuer.headerLines.join('\n'));
    expect(firstRun(issuer)).toEqual({ bold: true, italic: false, size: 26 });
    expect(paragraphText(issuer)).toBe(paragraphText(issuer).toLocaleUpperCase('vi'));
    const [nation, motto] = paras(1);
    expect(paragraphText(nation!)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(firstRun(nation!)).toMatchObject({ bold: true, size: 26 });
    expect(paragraphText(motto!)).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(firstRun(motto!)).toMatchObject({ bold: true, size: 28 });
    const number = paras(0, 1)[0]!;
    expect(paragraphText(number)).toMatch(/^Số:( \d{2,}|\s{6})\/[A-ZĐ]+-[A-ZĐ]+$/u);
    expect(firstRun(number)).toEqual({ bold: false, italic: false, size: 26 });
    const date = paras(1, 1)[0]!;
    expect(paragraphText(date)).toMatch(new RegExp(`^${plan.issuer.place}, ngày`));
    expect(firstRun(date)).toEqual({ bold: false, italic: true, size: 28 });
  });
  test('body: justified 14 pt, first-line indent 1 cm, ≥ 6 pt between paragraphs; mục bold upper case', () => {
    for (const id of ['KHDoan', 'KHMoDau', 'KHMuc', 'KHKhoan', 'KHNgoac']) {
      const style = all(d.styles, 'style').find((s) => attr(s, 'styleId') === id)!;
      const pPr = child(style, 'pPr')!;
      expect(attr(child(pPr, 'jc'), 'val'), id).toBe('both');
      expect(['567', '720']).toContain(attr(child(pPr, 'ind'), 'firstLine'));
      expect(Number(attr(child(pPr, 'spacing'), 'after'))).toBeGreaterThanOrEqual(120);
      const line = Number(attr(child(pPr, 'spacing'), 'line'));
      expect(line).toBeGreaterThanOrEqual(240); // single …
      expect(line).toBeLessThanOrEqual(360); // … to 1.5
    }
    const muc = bodyParagraphs(d.document).filter((p) => p.style === 'KHMuc');
    expect(muc.map((p) => p.text.split(' ')[0])).toEqual(muc.map((_, i) => `${roman(i + 1)}.`));
    expect(muc.length).toBeGreaterThanOrEqual(2);
    for (const p of muc) {
      expect(p.text).toBe(p.text.toLocaleUpperCase('vi'));
      expect(firstRun(p.el).bold).toBe(true);
    }
  });
  test('every table cell keeps a paragraph (Word refuses a file with an empty cell)', () => {
    const cells = all(d.document, 'tc');
    expect(cells.length).toBeGreaterThanOrEqual(6);
    for (const c of cells) expect(all(c, 'p').length).toBeGreaterThan(0);
  });
  test('numbering: điểm letters in the Vietnamese sequence, never a gap or a repeat', () => {
    const labels = bodyParagraphs(d.document).map((p) => /^([a-zđ])\) /.exec(p.text)?.[1]).filter(Boolean) as string[];
    const seq = 'abcdđeghiklmnopqrstuvxy';
    let prev = '';
    for (const l of labels) {
      if (l !== 'a') expect(seq.indexOf(l), `${prev} → ${l}`).toBe(seq.indexOf(prev) + 1);
      prev = l;
    }
  });
  test('signature block: borderless table, Nơi nhận bold italic 12 pt, lines 11 pt ending “;”, Lưu last', () => {
    const plan = load();
    const tbl = all(d.document, 'tbl')[1]!;
    const [left, right] = all(tbl, 'tc');
    const lines = all(left!, 'p').filter((p) => paragraphText(p));
    if (!plan.recipients) {
      expect(lines).toEqual([]);
      return;
    }
    expect(paragraphText(lines[0]!)).toBe('Nơi nhận:');
    expect(firstRun(lines[0]!)).toEqual({ bold: true, italic: true, size: 24 });
    const recipients = lines.slice(1).map(paragraphText);
    expect(recipients).toHaveLength(plan.recipients.to.length + 1);
    for (const r of recipients.slice(0, -1)) expect(r).toMatch(/^- .+;$/);
    expect(recipients.at(-1)).toBe(`- Lưu: ${plan.recipients.archive}.`);
    expect(firstRun(lines[1]!).size).toBe(22);
    // A wrapped recipient line continues under its text, not under the dash (hanging indent).
    for (const p of lines.slice(1)) {
      const ind = child(child(p, 'pPr')!, 'ind')!;
      expect([attr(ind, 'left'), attr(ind, 'hanging')]).toEqual(['142', '142']);
    }
    const sig = all(right!, 'p').filter((p) => paragraphText(p));
    // The authority line (KT. CHỦ TỊCH …) when the signature has one, then the titles and the name.
    const tail = [...plan.signatures[0]!.titles!, plan.signatures[0]!.name];
    const texts = sig.map(paragraphText);
    expect(texts.slice(-tail.length)).toEqual(tail);
    for (const a of texts.slice(0, -tail.length)) expect(a).toMatch(/^(TM|KT|Q|TL|TUQ)\. \S/u);
    expect(texts.length - tail.length).toBe(plan.signatures[0]!.authority ? 1 : 0);
    for (const p of sig) {
      expect(firstRun(p)).toMatchObject({ bold: true });
      expect(attr(child(child(p, 'pPr')!, 'jc'), 'val')).toBe('center');
    }
  });
});

test('a Kế hoạch has KẾ HOẠCH and its title bold and centred; a công văn has V/v and Kính gửi instead', () => {
  const kh = bodyParagraphs(render('tuyen-quang-2025-30-7').document).filter((p) => p.text);
  expect(kh[0]!.text).toBe('KẾ HOẠCH');
  expect(firstRun(kh[0]!.el)).toMatchObject({ bold: true, size: 28 });
  expect(kh[1]!.text).toMatch(/^Triển khai hoạt động hưởng ứng/);
  expect(attr(child(child(kh[1]!.el, 'pPr')!, 'jc'), 'val')).toBe('center');
  const cv = render('ba-ria-vung-tau-2023');
  const text = documentText(cv.document);
  expect(text).not.toContain('KẾ HOẠCH');
  expect(text).toContain('Số: 17/UBND-BCĐ\nV/v Thực hiện công tác phòng, chống mua bán người năm 2023');
  expect(text).toContain('Kính gửi:\n- Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể;');
  // Each addressee hangs: a wrapped line continues under its text.
  const addressee = bodyParagraphs(cv.document).find((p) => p.text.startsWith('- Ủy ban Mặt trận'))!;
  const ind = child(child(addressee.el, 'pPr')!, 'ind')!;
  expect([attr(ind, 'left'), attr(ind, 'hanging')]).toEqual(['3544', '142']);
});

test('dates: leading zero for a day below 10 and for months 1–2 only; a draft prints blanks', () => {
  expect(documentText(render('lang-son-2019').document)).toContain('Lạng Sơn, ngày 26 tháng 02 năm 2019');
  expect(documentText(render('tuyen-quang-2025-30-7').document)).toContain('Tuyên Quang, ngày 24 tháng 7 năm 2025');
  const draft = documentText(render('an-phu-2026-2030').document);
  expect(draft).toContain('Số:      /KH-BCĐ');
  expect(draft).toContain('An Phú, ngày      tháng      năm 2026');
});

describe('the short solid rules of Nghị định 30 (bottom borders of narrow empty paragraphs)', () => {
  const rules = (name: string) => {
    const d = render(name);
    return all(d.document, 'p')
      .filter((p) => child(child(p, 'pPr') ?? p, 'pBdr'))
      .map((p) => {
        const ind = child(child(p, 'pPr')!, 'ind')!;
        const bottom = child(child(child(p, 'pPr')!, 'pBdr')!, 'bottom');
        return { val: attr(bottom, 'val'), left: Number(attr(ind, 'left')), right: Number(attr(ind, 'right')) };
      });
  };
  test('a Kế hoạch has three: under the issuer, under the Tiêu ngữ (as long as it), under the title', () => {
    const [issuer, motto, title] = rules('tuyen-quang-2025-30-7');
    expect([issuer!.val, motto!.val, title!.val]).toEqual(['single', 'single', 'single']);
    // Issuer column 3600 twips; “ỦY BAN NHÂN DÂN” at 13 pt bold is ≈ 2 250 twips wide: 1/3–1/2 of it.
    const issuerWidth = 3600 - issuer!.left - issuer!.right;
    expect(issuerWidth).toBeGreaterThanOrEqual(750);
    expect(issuerWidth).toBeLessThanOrEqual(1125);
    // Tiêu ngữ at 14 pt bold measured ≈ 3 400 twips on the PDF: the rule is as long, ± 10 %.
    expect(Math.abs(5754 - motto!.left - motto!.right - 3400)).toBeLessThanOrEqual(340);
    // The titles wrap over the full 9 354-twip text width: 1/3–1/2 of it.
    const titleWidth = 9354 - title!.left - title!.right;
    expect(titleWidth).toBeGreaterThanOrEqual(9354 / 3);
    expect(titleWidth).toBeLessThanOrEqual(9354 / 2);
  });
  test('a công văn has no title rule', () => {
    expect(rules('ba-ria-vung-tau-2023')).toHaveLength(2);
  });
});

test('the same bytes in any time zone (zip times are written in local time)', async () => {
  const { execFileSync } = await import('node:child_process');
  const { ROOT } = await import('../helpers.js');
  const run = (tz: string, ...args: string[]) =>
    execFileSync('node', [`${ROOT}packages/cli/dist/kehoach.mjs`, ...args, '-o', '-'], { env: { ...process.env, TZ: tz }, stdio: ['ignore', 'pipe', 'ignore'] });
  const plan = `${ROOT}examples/khanh-hoa-2025.yaml`;
  expect(run('UTC', 'render', plan).equals(run('Asia/Ho_Chi_Minh', 'render', plan))).toBe(true);
  expect(run('America/Los_Angeles', 'render', plan).equals(run('Asia/Ho_Chi_Minh', 'render', plan))).toBe(true);
  expect(run('UTC', 'checklist', plan, '--format', 'ics').equals(run('Pacific/Kiritimati', 'checklist', plan, '--format', 'ics'))).toBe(true);
});
