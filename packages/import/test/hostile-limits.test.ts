// Issue 23: received files are hostile too. Each input is small and made here; each test asserts the
// diagnostic code the limit gives (or that a clamped value is read), never a time.
import { deflateSync } from 'node:zlib';
import PizZip from 'pizzip';
import { describe, expect, test } from 'vitest';
import { readReceived } from '../src/read-received.js';
import { countXml, mainPart } from '../src/docx/read-docx.js';
import { readText } from '../src/text/read-text.js';
import { checkStreamBudget } from '../src/pdf/stream-budget.js';
import { LimitExceeded } from '../src/limit-exceeded.js';
import { buildDocx, p } from './build-files.js';

const errors = (ds: { severity: string; code: string }[]) => ds.filter((d) => d.severity === 'error').map((d) => d.code);
const numbered = (text: string, ilvl = 0) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`);
const list = (levels: string) => `<w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
const level = (ilvl: string, start: string, fmt = 'decimal') => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%1."/></w:lvl>`;

describe('DOCX numbering values are kept within Word’s ranges', () => {
  test('w:start="1e300" (upper Roman) is clamped to 32767, not counted up to', async () => {
    const bytes = buildDocx(numbered('Rà soát thủ tục hành chính.') + numbered('Công khai kết quả.'), { numbering: list(level('0', '1e300', 'upperRoman')) });
    const { document, diagnostics } = await readReceived(bytes, { fileName: 'kh.docx' });
    expect(errors(diagnostics)).toEqual([]);
    const labels = document!.blocks.map((b) => (b.kind === 'paragraph' ? b.label : undefined));
    expect(labels).toEqual(['MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMDCCLXVII.', 'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMDCCLXVIII.']);
  });

  test('a level w:ilvl="4294967294" is no level: the list reads its real levels', async () => {
    const bytes = buildDocx(numbered('Rà soát thủ tục.') + numbered('Công khai kết quả.') + numbered('Sai cấp.', 4294967294), {
      numbering: list(level('0', '1') + level('4294967294', '1')),
    });
    const { document, diagnostics } = await readReceived(bytes, { fileName: 'kh.docx' });
    expect(errors(diagnostics)).toEqual([]);
    expect(document!.blocks.map((b) => (b.kind === 'paragraph' ? b.label : undefined))).toEqual(['1.', '2.', undefined]);
  });
});

/** A zip whose directory (central and local) says `name` inflates to `declared` bytes. */
function lyingZip(bytes: Uint8Array, name: string, declared: number): Uint8Array {
  const buf = Buffer.from(bytes);
  const n = Buffer.from(name);
  for (let at = buf.indexOf(n); at >= 0; at = buf.indexOf(n, at + 1)) {
    if (buf.readUInt32LE(at - 30) === 0x04034b50) buf.writeUInt32LE(declared, at - 30 + 22);
    else if (buf.readUInt32LE(at - 46) === 0x02014b50) buf.writeUInt32LE(declared, at - 46 + 24);
  }
  return new Uint8Array(buf);
}

describe('zip entries are inflated within their declared size and the total limit', () => {
  const body = Array.from({ length: 200 }, (_, i) => p(`Nhiệm vụ số ${i} của kế hoạch.`)).join('');

  test('document.xml that inflates past the size its directory declares is refused while inflating', async () => {
    const bytes = lyingZip(buildDocx(body), 'word/document.xml', 100);
    const { document, diagnostics } = await readReceived(bytes, { fileName: 'kh.docx' });
    expect(document).toBeUndefined();
    expect(errors(diagnostics)).toEqual(['IMPORT_UNCOMPRESSED_TOO_LARGE']);
  });

  test('parts that honestly add up past the total limit are refused too', async () => {
    const { diagnostics } = await readReceived(buildDocx(body), { fileName: 'kh.docx', limits: { maxUncompressedBytes: 4000 } });
    expect(errors(diagnostics)).toEqual(['IMPORT_UNCOMPRESSED_TOO_LARGE']);
  });

  test('a broken deflate stream is a corrupt file, not “XML hỏng”', async () => {
    const zip = new PizZip(buildDocx(body));
    const bytes = Buffer.from(zip.generate({ type: 'uint8array', compression: 'DEFLATE' }));
    const at = bytes.indexOf(Buffer.from('word/document.xml')) + 'word/document.xml'.length;
    bytes.fill(0xff, at + 10, at + 40);
    const { diagnostics } = await readReceived(new Uint8Array(bytes), { fileName: 'kh.docx' });
    expect(errors(diagnostics)).toEqual(['IMPORT_CORRUPT']);
    expect(diagnostics[0]!.message).not.toMatch(/XML hỏng/);
  });
});

describe('DOCX structure limits', () => {
  test('more paragraphs than the limit are refused before the XML is parsed', async () => {
    const bytes = buildDocx(Array.from({ length: 60 }, () => p('Một đoạn.')).join(''));
    const { document, diagnostics } = await readReceived(bytes, { fileName: 'kh.docx', limits: { maxParagraphs: 50 } });
    expect(document).toBeUndefined();
    expect(errors(diagnostics)).toEqual(['IMPORT_TOO_MANY_PARAGRAPHS']);
  });

  test('more XML elements in a part than the limit are refused', async () => {
    const bytes = buildDocx(`<w:p>${'<w:r/>'.repeat(500)}</w:p>`);
    const { diagnostics } = await readReceived(bytes, { fileName: 'kh.docx', limits: { maxXmlElements: 400 } });
    expect(errors(diagnostics)).toEqual(['IMPORT_TOO_COMPLEX']);
  });

  const nested = (depth: number) => `<w:tbl><w:tr><w:tc>${p('Ô.')}`.repeat(depth) + p('Trong cùng.') + '</w:tc></w:tr></w:tbl>'.repeat(depth);

  test('tables nested past the limit are refused; nested within it, read', async () => {
    const deep = await readReceived(buildDocx(nested(12)), { fileName: 'kh.docx' });
    expect(errors(deep.diagnostics)).toEqual(['IMPORT_TABLES_TOO_DEEP']);
    expect(deep.document).toBeUndefined();
    const shallow = await readReceived(buildDocx(nested(3)), { fileName: 'kh.docx' });
    expect(errors(shallow.diagnostics)).toEqual([]);
    expect(shallow.document!.blocks[0]!.kind).toBe('table');
  });

  test('countXml counts start tags and paragraphs of any prefix, not pPr or closing tags', () => {
    expect(countXml('<?xml?><w:body><w:p><w:pPr/></w:p><p a="1"/><x:p>t</x:p><!-- c --></w:body>')).toEqual({ elements: 5, paragraphs: 3 });
  });
});

describe('the main part from _rels/.rels, read tag by tag', () => {
  test('Type before or after Target, and the default', () => {
    const rel = (attrs: string) => `<Relationships><Relationship Id="r0" Type="x/styles" Target="s.xml"/><Relationship ${attrs}/></Relationships>`;
    expect(mainPart(rel('Type="http://x/officeDocument" Target="/word/main.xml"'))).toBe('word/main.xml');
    expect(mainPart(rel('Target="doc.xml" Id="r1" Type="http://x/officeDocument"'))).toBe('doc.xml');
    expect(mainPart(undefined)).toBe('word/document.xml');
    expect(mainPart('<Relationships><Relationship ' + 'Target="a" '.repeat(30_000))).toBe('word/document.xml');
  });
});

describe('text import joins lines as before, in one pass', () => {
  test('continued lines, a title in capitals, emphasis over a line break', () => {
    const doc = readText('KẾ HOẠCH\nthực hiện năm 2026\nI. MỤC ĐÍCH\nRà soát thủ tục\nhành chính **cấp\nxã** trong năm.\ntiếp theo.', 'text');
    expect(doc.blocks.map((b) => b.plain)).toEqual(['KẾ HOẠCH', 'thực hiện năm 2026', 'I. MỤC ĐÍCH', 'Rà soát thủ tục hành chính cấp xã trong năm.', 'tiếp theo.']);
  });

  test('more lines than the paragraph limit are refused', async () => {
    const text = Array.from({ length: 30 }, (_, i) => `Đoạn số ${i}.`).join('\n\n');
    const { document, diagnostics } = await readReceived(new TextEncoder().encode(text), { fileName: 'kh.txt', limits: { maxParagraphs: 20 } });
    expect(document).toBeUndefined();
    expect(errors(diagnostics)).toEqual(['IMPORT_TOO_MANY_PARAGRAPHS']);
  });
});

/** Base-85 as PDF's ASCII85Decode reads it (`z` for four zeros), written here to test the reader against. */
function ascii85(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const chunk = [...bytes.subarray(i, i + 4)];
    const n = chunk.length;
    while (chunk.length < 4) chunk.push(0);
    let v = ((chunk[0]! << 24) | (chunk[1]! << 16) | (chunk[2]! << 8) | chunk[3]!) >>> 0;
    if (v === 0 && n === 4) { out += 'z'; continue; }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) { digits.unshift(String.fromCharCode((v % 85) + 33)); v = Math.floor(v / 85); }
    out += digits.slice(0, n + 1).join('');
  }
  return out;
}

describe('PDF streams are inflated within a budget before pdf.js reads them', () => {
  const stream = (dict: string, data: Uint8Array) => Buffer.concat([Buffer.from(`1 0 obj\n<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
  const content = deflateSync(Buffer.from('BT /F1 1 Tf (a) Tj ET\n'.repeat(100_000)));

  test('a content stream that inflates past the budget is refused', () => {
    const pdf = stream('/Filter /FlateDecode', content);
    let thrown: unknown;
    try {
      checkStreamBudget(pdf, 1_000_000);
    } catch (e) {
      thrown = e;
    }
    expect(thrown instanceof LimitExceeded && thrown.code).toBe('IMPORT_PDF_TOO_COMPLEX');
    expect(() => checkStreamBudget(pdf, 3_000_000)).not.toThrow();
  });

  test('a Flate stream behind an ASCII filter (hex, base-85) is counted after that filter: refused like the plain one', () => {
    const hex = Buffer.from(content.toString('hex').replace(/(.{64})/g, '$1\n') + '>', 'latin1');
    const a85 = Buffer.from(`<~${ascii85(content)}~>`, 'latin1');
    for (const [dict, data] of [['/Filter [/ASCIIHexDecode /FlateDecode]', hex], ['/Filter [/AHx /Fl]', hex], ['/Filter [/ASCII85Decode /FlateDecode]', a85]] as const) {
      expect(() => checkStreamBudget(stream(dict, data), 1_000_000), dict).toThrow(LimitExceeded);
      expect(() => checkStreamBudget(stream(dict, data), 3_000_000), dict).not.toThrow();
    }
  });

  test('images are not counted (pdf.js never decodes them)', () => {
    expect(() => checkStreamBudget(stream('/Type /XObject /Subtype /Image /Filter /FlateDecode', content), 1_000_000)).not.toThrow();
  });

  test('through readReceived: one error diagnostic', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), stream('/Filter /FlateDecode', content), Buffer.from('%%EOF\n')]);
    const { document, diagnostics } = await readReceived(new Uint8Array(pdf), { fileName: 'kh.pdf', limits: { maxPdfInflatedBytes: 1_000_000 } });
    expect(document).toBeUndefined();
    expect(errors(diagnostics)).toEqual(['IMPORT_PDF_TOO_COMPLEX']);
  });
});
