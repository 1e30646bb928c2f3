import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { loadPlan, normalise, relayout } from '@kehoach/core';
import { defaultTemplate, renderDocx } from '@kehoach/render-docx';
import PizZip from 'pizzip';
import { expectGolden } from '../../../test/golden-file.js';
import { ALL_EXAMPLES, EXAMPLES, exampleText, loadExample, ROOT } from '../../../test/helpers.js';
import { renderText } from '@kehoach/render-text';
import { all, attr, bodyParagraphs, child, documentText, openDocx, prettyXml } from '../../../test/render/docx-helpers.js';
import { compareWords, slice, words } from '@kehoach/fidelity';

const START: Record<string, RegExp> = { 'ba-ria-vung-tau-2023': /Ngày 23-02-2023/ };

describe('the DOCX text reproduces each seed word for word', () => {
  test.each(EXAMPLES)('%s', (name) => {
    const seed = slice(readFileSync(`${ROOT}test/fixtures/seeds/${name}.txt`, 'utf8'), START[name] ?? /KẾ HOẠCH/, /\(Nguồn:/);
    const { docx: bytes } = renderDocx(loadExample(name));
    const text = slice(documentText(openDocx(bytes!).document), START[name] ?? /KẾ HOẠCH/);
    expect(compareWords(words(seed), words(text))).toEqual([]);
  });
});

describe('golden document.xml (pretty-printed; UPDATE=1 regenerates)', () => {
  test.each(ALL_EXAMPLES)('%s', (name) => {
    expectGolden(`${name}.document.xml`, prettyXml(openDocx(renderDocx(loadExample(name)).docx!).text('word/document.xml')));
  });
});

test('the same input gives the same bytes', () => {
  const plan = loadExample('tuyen-quang-2025-30-7');
  const a = renderDocx(plan).docx!;
  const b = renderDocx(loadExample('tuyen-quang-2025-30-7')).docx!;
  expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  expect(Buffer.from(renderDocx(plan, { draft: true }).docx!).equals(Buffer.from(a))).toBe(false);
});

describe('templates', () => {
  const plan = loadExample('khanh-hoa-2025');
  const edit = (f: (xml: string) => string) => {
    const zip = new PizZip(defaultTemplate());
    zip.file('word/document.xml', f(zip.file('word/document.xml')!.asText()));
    return zip.generate({ type: 'uint8array' }) as Uint8Array;
  };
  test('the bundled template file equals the module the renderer uses', () => {
    const file = readFileSync(`${ROOT}packages/render-docx/templates/ke-hoach.docx`);
    expect(Buffer.from(defaultTemplate()).equals(file)).toBe(true);
  });
  test('a template with the {@body} tag removed gives a diagnostic, not a document', () => {
    const r = renderDocx(plan, { template: edit((x) => x.replace('{@body}', '')), file: 'mau.docx' });
    expect(r.docx).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([['TEMPLATE_MISSING_TAG', 'mau.docx']]);
    expect(r.diagnostics[0]!.message).toContain('{@body}');
  });
  test('a template with {title} removed names that tag', () => {
    const r = renderDocx(plan, { template: edit((x) => x.replace('{title}', '')) });
    expect(r.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('{title}')]);
  });
  test('an unknown tag is named', () => {
    const r = renderDocx(plan, { template: edit((x) => x.replace('{numberLine}', '{numberLine} {ten_don_vi}')) });
    expect(r.docx).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['TEMPLATE_UNKNOWN_TAG']);
    expect(r.diagnostics[0]!.message).toContain('“ten_don_vi”');
  });
  test('a broken tag and a file that is not a DOCX are diagnostics, with nothing printed', () => {
    const printed: unknown[] = [];
    const spies = (['log', 'error', 'warn'] as const).map((k) => vi.spyOn(console, k).mockImplementation((...a) => void printed.push(a)));
    expect(renderDocx(plan, { template: edit((x) => x.replace('{title}', '{#title')) }).diagnostics[0]!.code).toBe('TEMPLATE_INVALID');
    expect(renderDocx(plan, { template: new TextEncoder().encode('không phải docx') }).diagnostics.map((d) => d.code)).toEqual(['TEMPLATE_INVALID']);
    spies.forEach((s) => s.mockRestore());
    expect(printed).toEqual([]);
  });
  test('a restyled template (a style removed) still renders, with a warning', () => {
    const zip = new PizZip(defaultTemplate());
    zip.file('word/styles.xml', zip.file('word/styles.xml')!.asText().replace(/<w:style [^>]*w:styleId="KHMuc">.*?<\/w:style>/s, ''));
    const r = renderDocx(plan, { template: zip.generate({ type: 'uint8array' }) as Uint8Array });
    expect(r.docx).toBeDefined();
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['TEMPLATE_MISSING_STYLE', 'warning']]);
  });
});

test('user text is never template syntax or XML, and control characters are dropped with a warning', () => {
  const yaml = [
    'issuer: { name: UBND xã Minh Xuân, abbreviation: UBND, place: Minh Xuân }',
    `title: ${JSON.stringify('Kế hoạch {title} & {@body} <w:p/> \u0007 AT&amp;T')}`,
    'period: { year: 2026 }',
    'agencies: { ca: { name: Công an xã, level: xa } }',
    'schemaVersion: 2',
    'body:',
    '  - title: NHIỆM VỤ',
    '    items:',
    '      - tasks:',
    '          groups:',
    '            - title: Tuyên truyền',
    '              tasks:',
    '                - id: t1',
    '                  lead: ca',
    `                  text: ${JSON.stringify('{#loop}**đậm** <b>x</b> & {/loop} Tiếp tục tham mưu.')}`,
  ].join('\n');
  const { plan, diagnostics } = loadPlan(yaml);
  // Control characters are dropped when the plan is loaded (issue 10, item 13), so no output has them.
  expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['TEXT_CONTROL_CHAR', 2, 8]]);
  const r = renderDocx(plan!);
  expect(r.diagnostics).toEqual([]);
  const doc = openDocx(r.docx!); // parses: the XML is well-formed
  const paras = bodyParagraphs(doc.document).map((p) => p.text);
  expect(paras).toContain('Kế hoạch {title} & {@body} <w:p/>  AT&amp;T');
  expect(paras).toContain('a) {#loop}đậm <b>x</b> & {/loop} Tiếp tục tham mưu (Công an xã thực hiện).');
  expect(doc.text('word/document.xml')).toContain('<w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">đậm</w:t>');
});

describe('the same plan in either layout', () => {
  test('lang-son (by theme) by agency: every task kept, grouped under its lead', () => {
    const plan = loadExample('lang-son-2019');
    const again = loadPlan(JSON.stringify(relayout(plan, 'by-agency')));
    expect(again.diagnostics).toEqual([]);
    expect(again.plan!.tasks.map((t) => t.id).sort()).toEqual(plan.tasks.map((t) => t.id).sort());
    const headings = again.plan!.sections[1]!.children.map((g) => g.title);
    expect(headings.slice(0, 4)).toEqual(['Ban Chỉ đạo 138 tỉnh', 'Sở Thông tin và Truyền thông', 'Hội Liên hiệp phụ nữ tỉnh', 'Các sở, ban, ngành, tổ chức đoàn thể, UBND huyện, thành phố']);
    const text = documentText(openDocx(renderDocx(again.plan!).docx!).document);
    // The inline attribution became the heading; the continuation text is capitalised.
    expect(text).toContain('\nTiếp tục duy trì, xây dựng mới các chuyên trang');
    expect(text).toContain('\nChủ trì, tham mưu, thực hiện một số nội dung trọng tâm sau:\n- Tiếp tục quán triệt');
  });
  test('tuyen-quang (by agency) by theme: each task carries its attribution', () => {
    const plan = normalise(relayout(loadExample('tuyen-quang-2025-30-7'), 'by-theme'));
    const text = documentText(openDocx(renderDocx(plan).docx!).document);
    expect(text).toContain('(Sở Khoa học và Công nghệ thực hiện).');
    // Its words already say Công an tỉnh coordinates (“phối hợp lực lượng Công an”): the parentheses name the requested bodies only.
    expect(text).toContain('phối hợp lực lượng Công an thực hiện hiệu quả đợt cao điểm tấn công trấn áp tội phạm mua bán người (Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh thực hiện).');
    expect(plan.tasks).toHaveLength(28);
  });
});

describe("the plan's own appendices", () => {
  const yaml = exampleText('tuyen-quang-2025-30-7') + `
appendices:
  - title: Danh sách số điện thoại đường dây nóng
    text: Các số điện thoại tiếp nhận tin báo về mua bán người.
    items:
      - Tổng đài quốc gia bảo vệ trẻ em 111.
      - Công an tỉnh Tuyên Quang.
  - title: Bảng phân công theo tháng
    landscape: true
    items:
      - text: Tháng 7
        items: [Tuyên truyền trên mạng xã hội.]
`;
  const plan = loadPlan(yaml).plan!;
  test('are printed in the text, numbered I, II, with the “Kèm theo” line', () => {
    const text = renderText(plan);
    expect(text).toContain('Phụ lục I\nDANH SÁCH SỐ ĐIỆN THOẠI ĐƯỜNG DÂY NÓNG\n(Kèm theo Kế hoạch số 15/KH-UBND ngày 24/7/2025 của Ủy ban nhân dân tỉnh Tuyên Quang)');
    expect(text).toContain('\n1. Tổng đài quốc gia bảo vệ trẻ em 111.\n');
    expect(text).toContain('Phụ lục II\nBẢNG PHÂN CÔNG THEO THÁNG');
  });
  test('each is a DOCX section of its own orientation, the task appendix last', () => {
    const d = openDocx(renderDocx(plan, { appendix: true }).docx!);
    const sections = all(d.document, 'sectPr');
    expect(sections.map((s) => attr(child(s, 'pgSz'), 'orient') ?? 'portrait')).toEqual(['portrait', 'portrait', 'landscape', 'landscape']);
    // Each appendix numbers its own pages from 1, without a number on its first page.
    expect(sections.map((s) => !!child(s, 'titlePg'))).toEqual([true, true, true, true]);
    expect(sections.map((s) => attr(child(s, 'pgNumType'), 'start'))).toEqual([null, '1', '1', '1']);
    const text = documentText(d.document);
    expect(text.indexOf('Phụ lục I\n')).toBeLessThan(text.indexOf('Phụ lục II\n'));
    expect(text.indexOf('Phụ lục II\n')).toBeLessThan(text.indexOf('DANH MỤC NHIỆM VỤ'));
    expect(text).not.toContain('KEHOACH-SECTION-BREAK');
  });
  test('without appendices the document has one section', () => {
    expect(all(openDocx(renderDocx(loadExample('tuyen-quang-2025-30-7')).docx!).document, 'sectPr')).toHaveLength(1);
  });
});

test('the DOCX carries the plan’s facts as properties, so a receiving system reads them without scraping', () => {
  const plan = loadExample('tuyen-quang-2025-30-7');
  const doc = openDocx(renderDocx(plan).docx!);
  const core = doc.text('docProps/core.xml');
  expect(core).toContain(`<dc:title>${plan.title.replace(/&/g, '&amp;')}</dc:title>`);
  expect(core).toContain('<dc:subject>Kế hoạch số 15/KH-UBND</dc:subject>');
  expect(core).toContain('<dc:creator>Ủy ban nhân dân tỉnh Tuyên Quang</dc:creator>');
  expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-07-24T00:00:00Z</dcterms:created>');
  const custom = doc.text('docProps/custom.xml');
  const prop = (name: string) => new RegExp(`name="${name}"><vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(custom)?.[1];
  expect([prop('Số'), prop('Ký hiệu'), prop('Ngày ban hành'), prop('Cơ quan ban hành'), prop('Loại văn bản'), prop('Người ký')]).toEqual([
    '15', 'KH-UBND', '2025-07-24', 'Ủy ban nhân dân tỉnh Tuyên Quang', 'Kế hoạch', plan.signatures[0]!.name,
  ]);
  expect(doc.text('[Content_Types].xml')).toContain('PartName="/docProps/custom.xml"');
  expect(doc.text('_rels/.rels')).toContain('Target="docProps/custom.xml"');
  // A draft has no date of issue to claim.
  const draft = openDocx(renderDocx(loadExample('an-phu-2026-2030')).docx!);
  expect(draft.text('docProps/core.xml')).toContain('<dc:subject>Dự thảo kế hoạch KH-BCĐ</dc:subject>');
  expect(draft.text('docProps/core.xml')).not.toContain('dcterms:created');
});
