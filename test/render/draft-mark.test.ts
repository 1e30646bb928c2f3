// Issue 24: "DỰ THẢO" with the draft number for drafts (Phụ lục I, chỉ dẫn về dự thảo văn bản). A draft
// with `marks.draft` prints the words, bold upright capitals in a single-line frame at the top right of
// page 1 (DOCX, LibreOffice's PDF), first in text and Markdown; the importer reads the line back as the
// mark, not as the header or title; an issued plan keeps it unprinted with a warning; edXML has no field
// for it (a draft message lacks its required number and date).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportEdxml, importPlan, loadPlan, printDocument, renderDocx, renderDossier, renderMarkdown, renderText } from 'kehoach';
import { ROOT } from '../helpers.js';
import { all as elements, attr, child, openDocx, paragraphText } from './docx-helpers.js';

// The team's own text: a commune's draft plan, second draft.
const DRAFT = `schemaVersion: 2
issuer: { name: Ủy ban nhân dân xã Tân Phú, abbreviation: UBND, place: Tân Phú, agency: ubnd-xa }
draftDate: { year: 2026, month: 4 }
marks: { draft: 2 }
title: Phòng, chống dịch bệnh sốt xuất huyết trên địa bàn xã năm 2026
agencies:
  ubnd-xa: { name: Ủy ban nhân dân xã Tân Phú, level: xa, kind: ubnd }
  tram-y-te: { name: Trạm Y tế xã, level: xa }
body:
  - title: MỤC ĐÍCH, YÊU CẦU
    items:
      - Chủ động phát hiện sớm, xử lý kịp thời các ổ dịch, không để dịch lan rộng.
  - title: NHIỆM VỤ
    role: tasks
    items:
      - tasks:
          layout: by-theme
          tasks:
            - id: diet-lang-quang
              text: Tổ chức các đợt diệt lăng quăng tại các thôn.
              lead: tram-y-te
              time: { by: "2026-06-30" }
signature: { authority: [ { type: TM, of: ỦY BAN NHÂN DÂN } ], titles: [ CHỦ TỊCH ], name: Lê Văn An }
recipients: { to: [ { agency: tram-y-te } ], archive: VT }
`;

const ISSUED = DRAFT.replace('draftDate: { year: 2026, month: 4 }\n', 'number: 41\ndate: "2026-04-15"\n');

function docxParagraphs(docx: Uint8Array) {
  return elements(openDocx(docx).document, 'p').map((el) => ({ text: paragraphText(el), el }));
}

describe('the draft indication', () => {
  const loaded = loadPlan(DRAFT, { file: 'du-thao.yaml' });

  test('a draft with marks.draft loads clean and prints DỰ THẢO LẦN 2 in the printed model', () => {
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.plan!.draft).toBe(true);
    expect(printDocument(loaded.plan!).header.draftMark).toBe('DỰ THẢO LẦN 2');
    expect(printDocument(loadPlan(DRAFT.replace('draft: 2', 'draft: true')).plan!).header.draftMark).toBe('DỰ THẢO');
  });

  test('DOCX: the first paragraph, before the header table, right-aligned, bold, framed by a single border', () => {
    const r = renderDocx(loaded.plan!);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const body = child(openDocx(r.docx!).document.documentElement, 'body')!;
    const first = Array.from(body.childNodes).find((n): n is Element => n.nodeType === 1)!;
    expect(first.localName).toBe('p');
    expect(paragraphText(first)).toBe('DỰ THẢO LẦN 2');
    expect(attr(elements(first, 'jc')[0], 'val')).toBe('right');
    const rPr = elements(elements(first, 'r')[0]!, 'rPr')[0]!;
    expect(elements(rPr, 'b')).toHaveLength(1);
    expect(elements(rPr, 'i')).toHaveLength(0);
    expect(attr(elements(rPr, 'sz')[0], 'val')).toBe('28');
    expect(attr(elements(rPr, 'bdr')[0], 'val')).toBe('single');
    // Once only, and before Quốc hiệu.
    const texts = docxParagraphs(r.docx!).map((p) => p.text);
    expect(texts.filter((t) => t.includes('DỰ THẢO'))).toEqual(['DỰ THẢO LẦN 2']);
    expect(texts.indexOf('DỰ THẢO LẦN 2')).toBeLessThan(texts.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
  });

  test('text and Markdown print it first, alone', () => {
    expect(renderText(loaded.plan!).split('\n\n')[0]).toBe('DỰ THẢO LẦN 2');
    expect(renderMarkdown(loaded.plan!).split('\n\n')[0]).toBe('**DỰ THẢO LẦN 2**');
  });

  test('an issued plan with a draft mark: a warning at /marks/draft, and nothing printed', () => {
    const issued = loadPlan(ISSUED, { file: 'kh.yaml' });
    expect(issued.diagnostics.map((d) => [d.code, d.severity, d.path, d.line])).toEqual([['DRAFT_MARK_ISSUED', 'warning', '/marks/draft', 5]]);
    expect(issued.diagnostics[0]!.message).toContain('“DỰ THẢO LẦN 2”');
    expect(printDocument(issued.plan!).header.draftMark).toBeUndefined();
    expect(docxParagraphs(renderDocx(issued.plan!).docx!).map((p) => p.text).join('\n')).not.toContain('DỰ THẢO');
    expect(renderText(issued.plan!)).not.toContain('DỰ THẢO');
    // Forced a draft (render --draft), it prints again.
    expect(printDocument(issued.plan!, { draft: true }).header.draftMark).toBe('DỰ THẢO LẦN 2');
  });

  test.each([
    ['docx', () => renderDocx(loaded.plan!).docx!, 'du-thao.docx'],
    ['text', () => new TextEncoder().encode(renderText(loaded.plan!)), 'du-thao.txt'],
    ['markdown', () => new TextEncoder().encode(renderMarkdown(loaded.plan!)), 'du-thao.md'],
  ] as const)('import (%s) reads it back as the mark, not as the header or the title', async (_, bytes, fileName) => {
    const r = await importPlan(bytes(), { fileName });
    const back = loadPlan(r.yaml!).plan!;
    expect(back.marks).toEqual({ draft: 2 });
    expect(back.title).toBe('Phòng, chống dịch bệnh sốt xuất huyết trên địa bàn xã năm 2026');
    expect(back.issuer.name).toBe('Ủy ban nhân dân xã Tân Phú');
    expect(back.kind).toBe('ke-hoach');
    expect(back.draft).toBe(true);
    expect(r.yaml).not.toMatch(/title: .*DỰ THẢO/);
  });

  test('a received draft typed by hand (“Dự thảo lần 3” above the header) imports with its mark', async () => {
    const text = [
      'Dự thảo lần 3', '', 'ỦY BAN NHÂN DÂN', 'XÃ TÂN PHÚ', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '',
      'Số:      /KH-UBND', 'Tân Phú, ngày      tháng 4 năm 2026', '', 'KẾ HOẠCH', 'Phòng, chống dịch bệnh sốt xuất huyết năm 2026', '',
      'I. MỤC ĐÍCH, YÊU CẦU', 'Chủ động phát hiện sớm các ổ dịch.', '',
    ].join('\n');
    const r = await importPlan(new TextEncoder().encode(text), { fileName: 'du-thao.txt' });
    const back = loadPlan(r.yaml!).plan!;
    expect(back.marks).toEqual({ draft: 3 });
    expect(back.title).toBe('Phòng, chống dịch bệnh sốt xuất huyết năm 2026');
  });

  test('edXML has no field for it: a draft message lacks its required number and date (the attached DOCX carries the mark)', () => {
    const docx = renderDocx(loaded.plan!).docx!;
    const r = exportEdxml(loaded.plan!, docx);
    const missing = r.diagnostics.filter((d) => d.code === 'EDXML_FIELD_MISSING').map((d) => d.path);
    expect(missing).toEqual(expect.arrayContaining(['/number', '/date']));
    expect(r.xml ?? '').not.toContain('DỰ THẢO');
  });
});

describe('the draft indication in a dossier', () => {
  const example = readFileSync(`${ROOT}examples/dossier/ke-hoach-phong-chong-thien-tai-2026.yaml`, 'utf8').replace('marks: { urgency: KHẨN }', 'marks: { urgency: KHẨN, draft: 2 }');
  const marked = (yaml: string) => {
    const loaded = loadPlan(yaml, { file: 'kh.yaml' });
    const r = renderDossier(loaded.plan!);
    return { loaded, r, marks: Object.fromEntries(r.files.map((f) => [f.kind, docxParagraphs(f.docx!).map((p) => p.text).filter((t) => t.startsWith('DỰ THẢO'))])) };
  };

  test('a draft decision and its plan print it; the issued Tờ trình and công văn do not, and are not warned', () => {
    const { loaded, r, marks } = marked(example.replace('    number: 312\n    date: "2026-02-20"\n', ''));
    expect(loaded.diagnostics).toEqual([]);
    expect(r.diagnostics).toEqual([]);
    expect(marks).toEqual({ 'to-trinh': [], 'quyet-dinh': ['DỰ THẢO LẦN 2'], 'ke-hoach': ['DỰ THẢO LẦN 2'], 'cong-van': [] });
  });

  test('a plan attached to an issued decision is issued: the mark is warned and printed nowhere', () => {
    const { loaded, marks } = marked(example);
    expect(loaded.diagnostics.map((d) => [d.code, d.path])).toEqual([['DRAFT_MARK_ISSUED', '/marks/draft']]);
    expect(marks).toEqual({ 'to-trinh': [], 'quyet-dinh': [], 'ke-hoach': [], 'cong-van': [] });
  });
});

const haveSoffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
if (!haveSoffice && process.env.CI) throw new Error('CI needs LibreOffice and poppler-utils (installed by .ci/run)');

describe.skipIf(!haveSoffice)('LibreOffice prints the draft indication', () => {
  test('on page 1, in the right half, above Quốc hiệu', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-draft-'));
    const docx = join(dir, 'du-thao.docx');
    writeFileSync(docx, renderDocx(loadPlan(DRAFT).plan!).docx!);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(dir, 'du-thao.pdf');
    expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' })).toMatch(/DỰ THẢO LẦN 2[\s\S]*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    const bbox = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf, '-'], { encoding: 'utf8' });
    const word = (w: string) => {
      const m = new RegExp(`<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="[\\d.]+">${w}</word>`).exec(bbox);
      return m ? { x: Number(m[1]), y: Number(m[2]) } : undefined;
    };
    const du = word('DỰ')!;
    const nation = word('CỘNG')!;
    expect(du.x).toBeGreaterThan(595 / 2);
    expect(du.y).toBeLessThan(nation.y);
    expect(readFileSync(pdf).length).toBeGreaterThan(1000);
  }, 120_000);
});
