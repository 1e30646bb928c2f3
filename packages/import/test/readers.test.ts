import { describe, expect, test } from 'vitest';
import { IMPORT_CODES, readReceived, receivedToText, type ReceivedParagraph, type ReceivedTable } from '@kehoach/import';
import { garbageScore, isGarbage } from '../src/garbage.js';
import { repairGlyphs } from '../src/glyphs.js';
import { buildDocx, buildPdf, p } from './build-files.js';

const NUMBERING = `
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:isLgl/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;

const num = (id: number, lvl: number): string => `<w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr>`;

function paragraphs(blocks: readonly { kind: string }[]): ReceivedParagraph[] {
  return blocks.filter((b): b is ReceivedParagraph => b.kind === 'paragraph');
}

describe('DOCX reader', () => {
  test('Word auto-numbering becomes the printed label (levels, restarts, legal numbering)', async () => {
    const body = [
      p('Cải cách thể chế', num(1, 0)),
      p('Mục tiêu', num(1, 1)),
      p('Nhiệm vụ', num(1, 1)),
      p('Cải cách thủ tục hành chính', num(1, 0)),
      p('Mục tiêu', num(1, 1)),
      p('TỔ CHỨC THỰC HIỆN', num(2, 0)),
      p('Kinh phí', num(2, 1)),
      p('Công tác triển khai', num(3, 0)),
      p('Không số', num(0, 0)),
    ].join('');
    const { document, diagnostics } = await readReceived(buildDocx(body, { numbering: NUMBERING }), { fileName: 'a.docx' });
    expect(diagnostics).toEqual([]);
    const got = paragraphs(document!.blocks).map((x) => [x.label, x.plain]);
    expect(got).toEqual([
      ['1.', 'Cải cách thể chế'],
      ['a)', 'Mục tiêu'],
      ['b)', 'Nhiệm vụ'],
      ['2.', 'Cải cách thủ tục hành chính'],
      ['a)', 'Mục tiêu'],
      ['I.', 'TỔ CHỨC THỰC HIỆN'],
      ['1.1.', 'Kinh phí'],
      ['1.', 'Công tác triển khai'],
      [undefined, 'Không số'],
    ]);
  });

  test('bold and italic runs become inline markdown; alignment, indentation, style names are kept', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:b/></w:rPr></w:style>';
    const body =
      `<w:p><w:pPr><w:jc w:val="both"/><w:ind w:left="0" w:firstLine="720"/></w:pPr>` +
      `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Sở Tư pháp </w:t></w:r>` +
      `<w:r><w:t xml:space="preserve">chủ trì, </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>phối hợp</w:t></w:r>` +
      `<w:r><w:t xml:space="preserve"> với 2*3 đơn vị</w:t></w:r></w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:jc w:val="center"/></w:pPr><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>`;
    const { document } = await readReceived(buildDocx(body, { styles }), { fileName: 'b.docx' });
    const [first, second] = paragraphs(document!.blocks);
    expect(first!.text).toBe('**Sở Tư pháp** chủ trì, *phối hợp* với 2\\*3 đơn vị');
    expect(first!.plain).toBe('Sở Tư pháp chủ trì, phối hợp với 2*3 đơn vị');
    expect(first!.align).toBe('both');
    expect(first!.indent).toEqual({ left: 0, firstLine: 36 });
    expect(second).toMatchObject({ style: 'heading 1', align: 'center', bold: true, text: '**KẾ HOẠCH**' });
  });

  test('tables keep merged cells (gridSpan, vMerge); header and signature tables are layout', async () => {
    const cell = (text: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(text)}</w:tc>`;
    const borders = '<w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>';
    const header = `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="5000"/></w:tblGrid><w:tr>${cell('ỦY BAN NHÂN DÂN TỈNH X')}${cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')}</w:tr></w:tbl>`;
    const tasks =
      `<w:tbl>${borders}<w:tblGrid><w:gridCol w:w="600"/><w:gridCol w:w="4000"/><w:gridCol w:w="2000"/></w:tblGrid>` +
      `<w:tr>${cell('TT')}${cell('Nhiệm vụ')}${cell('Chủ trì')}</w:tr>` +
      `<w:tr>${cell('I', '')}${cell('Cải cách thể chế', '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr>${cell('1')}${cell('Rà soát văn bản')}${cell('Sở Tư pháp', '<w:vMerge w:val="restart"/>')}</w:tr>` +
      `<w:tr>${cell('2')}${cell('Kiểm tra văn bản')}${cell('', '<w:vMerge/>')}</w:tr></w:tbl>`;
    const signature = `<w:tbl><w:tr>${cell('Nơi nhận:')}${cell('KT. CHỦ TỊCH')}</w:tr></w:tbl>`;
    const landscape = '<w:p><w:pPr><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:pPr></w:p>';
    const { document } = await readReceived(buildDocx(header + tasks + signature + landscape), { fileName: 'c.docx' });
    const tables = document!.blocks.filter((b): b is ReceivedTable => b.kind === 'table');
    expect(tables.map((t) => t.role)).toEqual(['header', 'content', 'signature']);
    const t = tables[1]!;
    expect(t.columns).toBe(3);
    expect(t.widths).toEqual([30, 200, 100]);
    expect(t.rows[1]!.cells.map((c) => [c.column, c.colSpan])).toEqual([[0, 1], [1, 2]]);
    expect(t.rows[2]!.cells[2]).toMatchObject({ column: 2, rowSpan: 2 });
    expect(t.rows[3]!.cells.map((c) => c.column)).toEqual([0, 1]);
    expect(document!.blocks.at(-1)).toMatchObject({ kind: 'section', orientation: 'landscape' });
    expect(receivedToText(document!).split('\n').slice(0, 3)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH X | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TT | Nhiệm vụ | Chủ trì',
      'I | Cải cách thể chế',
    ]);
  });

  test('tracked deletions and field codes are not text; tracked insertions are', async () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
      '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:del><w:r><w:delText>xóa</w:delText></w:r></w:del>' +
      '<w:ins><w:r><w:t xml:space="preserve"> thêm</w:t></w:r></w:ins></w:p>';
    const { document } = await readReceived(buildDocx(body), { fileName: 'd.docx' });
    expect(paragraphs(document!.blocks)[0]!.plain).toBe('Trang 3 thêm');
  });

  test('a macro-enabled file is read with a warning; macros are never run', async () => {
    const { document, diagnostics } = await readReceived(buildDocx(p('Nội dung'), { macro: true }), { fileName: 'e.docm' });
    expect(document).toBeDefined();
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['IMPORT_DOCM', 'warning']]);
  });
});

describe('bad files get one clear message each, never an exception', () => {
  const cases: Array<[string, Uint8Array, string, string]> = [
    ['empty', new Uint8Array(), 'a.docx', 'IMPORT_EMPTY'],
    ['Word 97–2003', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]), 'a.doc', 'IMPORT_DOC_BINARY'],
    [
      'encrypted Office file',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0])]),
      'a.docx',
      'IMPORT_ENCRYPTED',
    ],
    ['truncated DOCX', buildDocx(p('x')).slice(0, 60), 'a.docx', 'IMPORT_CORRUPT'],
    ['zip without a Word document', new Uint8Array(0), 'placeholder', 'IMPORT_CORRUPT'],
    ['corrupt PDF', new TextEncoder().encode('%PDF-1.7\nthis is not a pdf'), 'a.pdf', 'IMPORT_CORRUPT'],
    ['picture', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'a.png', 'IMPORT_UNSUPPORTED_FORMAT'],
    ['Windows-1258 text', Uint8Array.from([0x4b, 0xea, 0x20, 0x68, 0x6f, 0xe1, 0x63, 0x68]), 'a.txt', 'IMPORT_NOT_UTF8'],
  ];
  // a zip whose only part is not a Word document
  const other = new (require('pizzip') as typeof import('pizzip'))();
  other.file('hello.txt', 'xin chào');
  cases[4] = ['zip without a Word document', other.generate({ type: 'uint8array' }), 'a.docx', 'IMPORT_CORRUPT'];

  test.each(cases)('%s', async (_name, bytes, fileName, code) => {
    const { document, diagnostics } = await readReceived(bytes, { fileName });
    expect(document).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual([code]);
    expect(diagnostics[0]!.message).toBe(diagnostics[0]!.message.trim());
    expect(IMPORT_CODES.codes[code as keyof typeof IMPORT_CODES.codes].severity).toBe('error');
  });

  test('limits: bytes, uncompressed size, pages', async () => {
    const big = buildDocx(p('x'.repeat(200_000)));
    expect((await readReceived(big, { fileName: 'a.docx', limits: { maxBytes: 1000 } })).diagnostics[0]!.code).toBe('IMPORT_TOO_LARGE');
    expect((await readReceived(big, { fileName: 'a.docx', limits: { maxUncompressedBytes: 100_000 } })).diagnostics[0]!.code).toBe('IMPORT_UNCOMPRESSED_TOO_LARGE');
    const pdf = buildPdf([[{ x: 85, y: 80, text: 'Trang mot co du chu de doc duoc' }], [{ x: 85, y: 80, text: 'Trang hai co du chu de doc duoc' }]]);
    const r = await readReceived(pdf, { fileName: 'a.pdf', limits: { maxPages: 1 } });
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['IMPORT_TOO_MANY_PAGES', 'Tệp PDF có 2 trang; giới hạn là 1 trang. Một kế hoạch thường dưới 50 trang.'],
    ]);
  });
});

describe('PDF reader', () => {
  const body = (y: number, text: string, x = 85): { x: number; y: number; text: string } => ({ x, y, text });
  const S = 'tuyen truyen rong rai';
  const wrapped = [
    { x: 240, y: 60, text: 'KE HOACH', bold: true },
    body(100, 'I. MUC DICH, YEU CAU', 120),
    body(120, `${S} ${S}`, 120),
    body(138, `abcd ${S} ${S}`),
    body(156, 'va cac xa.'),
    body(176, 'Doan hai bat dau o day.', 120),
    { x: 290, y: 800, text: '1' },
  ];
  test('wrapped lines become paragraphs; a page number is dropped; bold comes from the font', async () => {
    const { document, diagnostics } = await readReceived(buildPdf([wrapped, [body(60, 'trang sau tiep tuc.', 85), { x: 290, y: 800, text: '2' }]]), { fileName: 'a.pdf' });
    expect(diagnostics).toEqual([]);
    const got = paragraphs(document!.blocks).map((x) => x.plain);
    expect(got).toEqual([
      'KE HOACH',
      'I. MUC DICH, YEU CAU',
      `${S} ${S} abcd ${S} ${S} va cac xa.`,
      'Doan hai bat dau o day.',
      'trang sau tiep tuc.',
    ]);
    expect(paragraphs(document!.blocks)[0]).toMatchObject({ bold: true, text: '**KE HOACH**', source: { page: 1, line: 1 } });
    expect(document!.pages).toBe(2);
  });

  test('a Node Buffer is read like any Uint8Array (readFileSync gives one)', async () => {
    const bytes = buildPdf([wrapped]);
    const buffer = Buffer.from(bytes);
    const { document, diagnostics } = await readReceived(buffer, { fileName: 'a.pdf' });
    expect(diagnostics).toEqual([]);
    expect(document!.pages).toBe(1);
    expect(buffer.equals(bytes)).toBe(true); // the caller's bytes are left as they were
  });

  test('a PDF without text needs OCR', async () => {
    const { diagnostics } = await readReceived(buildPdf([[], []]), { fileName: 'scan.pdf' });
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['IMPORT_NEEDS_OCR', 'Tệp PDF không có lớp chữ (2 trang, là ảnh quét): cần nhận dạng chữ (OCR) trước khi nhập; công cụ này không làm OCR.'],
    ]);
  });

  test('two columns side by side (Nơi nhận | signature) become a layout table; stamp lines are dropped', async () => {
    const lines = [
      body(60, 'Noi dung cua ke hoach ket thuc o day./.'),
      { x: 85, y: 100, text: 'Noi nhan:', size: 12 },
      { x: 340, y: 100, text: 'KT. GIAM DOC' },
      { x: 85, y: 114, text: '- Nhu tren;', size: 11 },
      { x: 340, y: 116, text: 'PHO GIAM DOC' },
      { x: 85, y: 128, text: '- Luu: VT.', size: 11 },
      { x: 470, y: 140, text: 'Ky boi: So GD', size: 7 },
      { x: 470, y: 150, text: 'so@example.gov.vn', size: 7 },
      { x: 355, y: 200, text: 'Nguyen Van A' },
    ];
    const { document } = await readReceived(buildPdf([lines]), { fileName: 'b.pdf' });
    const table = document!.blocks.find((b): b is ReceivedTable => b.kind === 'table')!;
    expect(table.role).toBe('signature');
    const cells = table.rows[0]!.cells.map((c) => paragraphs(c.blocks).map((x) => x.plain));
    expect(cells).toEqual([
      ['Noi nhan:', '- Nhu tren;', '- Luu: VT.'],
      ['KT. GIAM DOC', 'PHO GIAM DOC', 'Nguyen Van A'],
    ]);
  });
});

describe('text and Markdown', () => {
  test('one paragraph per line; a page break in mid-sentence is joined; markdown kept, plain stripped', async () => {
    const text = '**KẾ HOẠCH**  \n**Triển khai thực hiện Chương trình**  \n**phòng, chống mua bán người năm 2019**\n\n## **I. MỤC TIÊU**\n\nb) 100% tuyến do Viện Kiểm sát nhân dân, Tòa án\n\nnhân dân các cấp thụ lý.\n\nc) Mục khác.\n';
    const { document } = await readReceived(new TextEncoder().encode(text), { fileName: 'x.md' });
    expect(paragraphs(document!.blocks).map((x) => [x.plain, x.source.line])).toEqual([
      ['KẾ HOẠCH', 1],
      ['Triển khai thực hiện Chương trình phòng, chống mua bán người năm 2019', 2],
      ['I. MỤC TIÊU', 5],
      ['b) 100% tuyến do Viện Kiểm sát nhân dân, Tòa án nhân dân các cấp thụ lý.', 7],
      ['c) Mục khác.', 11],
    ]);
  });
});

describe('defects of real files', () => {
  test('lookalike glyphs (ƣ for ư) are repaired with a warning at the paragraph', async () => {
    const { document, diagnostics } = await readReceived(new TextEncoder().encode('Dòng đầu.\nSở Công Thƣơng tỉnh\n'), { fileName: 'x.txt' });
    expect(paragraphs(document!.blocks)[1]!.plain).toBe('Sở Công Thương tỉnh');
    expect(diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ['IMPORT_GLYPHS_REPAIRED', 2, 'Đã sửa 1 ký tự giống chữ Việt nhưng sai mã (ví dụ “Thƣơng”); kiểm tra lại các chỗ đó.'],
    ]);
  });

  test('TCVN3 text pasted into Unicode is converted; VNI is flagged', () => {
    expect(repairGlyphs('KÕ ho¹ch ph¸t triÓn').text).toBe('Kế hoạch phát triển');
    expect(repairGlyphs('KÕ ho¹ch').tcvn3).toBe(true);
    expect(repairGlyphs('Kế hoạch phát triển năm 2025').tcvn3).toBe(false);
    expect(repairGlyphs('Keá hoaïch vieäc laøm').vni).toBe(true);
    expect(repairGlyphs('e\u0302\u0301').text).toBe('ế');
  });

  test('a broken font map is told from Vietnamese', () => {
    // Shapes of a PDF printed with a wrong ToUnicode map (Cyrillic lookalikes, shifted capitals).
    const garbage = '.LӇP tra YLӋF FKҩS hành Quy ÿӏQK pháp OXұW trong sӱ dөng và bҧo quҧn vұt liӋu nә công nghiӋp trên ÿӏa bàn'.repeat(3);
    const good = 'Kiểm tra việc chấp hành quy định pháp luật trong sử dụng và bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh. Theo Quyết định số 1050/QĐ-SCT, TTg, HĐND, UBND, GD&ĐT.'.repeat(3);
    expect(isGarbage(garbageScore(garbage))).toBe(true);
    expect(isGarbage(garbageScore(good))).toBe(false);
  });
});
