// Builders of hostile inputs for `pnpm probe:hostile` (issue 23): a zip writer that may lie about
// sizes and streams a huge entry without holding it, a DOCX around a body, a PDF around content
// streams. Nothing here is kept as a file in the repository: every input is made when a case runs.
import { closeSync, openSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * Writes a zip. Each entry: `name` and either `data` (a string or bytes) or `repeat` (a string
 * written `times` times, deflated chunk by chunk so the inflated entry is never in memory);
 * `declared` is the uncompressed size written in its headers (default: the real one).
 * @param {string} path
 * @param {Array<{ name: string, data?: string | Uint8Array, repeat?: string, times?: number, prefix?: string, suffix?: string, declared?: number }>} entries
 */
export function writeZip(path, entries) {
  const fd = openSync(path, 'w');
  let offset = 0;
  const central = [];
  const put = (buf) => {
    writeSync(fd, buf);
    offset += buf.length;
  };
  for (const e of entries) {
    const { compressed, crc, size } = e.repeat !== undefined ? deflateRepeat(e) : deflateOne(e.data ?? '');
    const name = Buffer.from(e.name, 'utf8');
    const declared = e.declared ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declared >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const at = offset;
    put(local);
    put(name);
    put(compressed);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(compressed.length, 20);
    c.writeUInt32LE(declared >>> 0, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(at, 42);
    central.push(Buffer.concat([c, name]));
  }
  const dirAt = offset;
  for (const c of central) put(c);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(offset - dirAt, 12);
  end.writeUInt32LE(dirAt, 16);
  put(end);
  closeSync(fd);
}

function deflateOne(data) {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  return { compressed: deflateRawSync(bytes, { level: 9 }), crc: crc32(bytes), size: bytes.length };
}

/** prefix + repeat × times + suffix, deflated in 16 MB slices with one raw deflate stream (sync flushes). */
function deflateRepeat({ repeat, times = 1, prefix = '', suffix = '' }) {
  const parts = [];
  let crc = 0;
  let size = 0;
  const piece = Buffer.from(repeat, 'utf8');
  const perSlice = Math.max(1, Math.floor((16 << 20) / piece.length));
  const slice = Buffer.alloc(piece.length * perSlice);
  for (let i = 0; i < perSlice; i++) piece.copy(slice, i * piece.length);
  // each slice deflated on its own, ended by a sync flush (no final bit): the pieces concatenated
  // are one raw deflate stream
  let left = times;
  const emit = (buf, last) => {
    crc = crc32(buf, crc);
    size += buf.length;
    parts.push(rawBlocks(buf, last));
  };
  emit(Buffer.from(prefix, 'utf8'), false);
  while (left > 0) {
    const n = Math.min(left, perSlice);
    emit(n === perSlice ? slice : slice.subarray(0, n * piece.length), false);
    left -= n;
  }
  emit(Buffer.from(suffix, 'utf8'), true);
  return { compressed: Buffer.concat(parts), crc, size };
}

/**
 * Deflate blocks for `buf` that can be concatenated into one raw stream: a sync flush ends every
 * piece on a byte boundary with no final bit, the last piece carries BFINAL.
 */
function rawBlocks(buf, last) {
  return deflateRawSync(buf, { level: 9, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A paragraph of text. @param {string} text @param {string} [pPr] */
export const para = (text, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** The opening of a short plan (header lines), so that the importer has something to recognise. */
export const PLAN_HEAD = [
  'ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH', 'Số: 12/KH-UBND', 'An Bình, ngày 10 tháng 01 năm 2026', 'KẾ HOẠCH',
  'Thực hiện công tác cải cách hành chính năm 2026', 'I. MỤC ĐÍCH, YÊU CẦU', 'Nâng cao chất lượng phục vụ người dân.',
  'II. NHIỆM VỤ',
].map((t) => para(t)).join('');

/** document.xml around a body. @param {string} body */
export const documentXml = (body) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;

/**
 * Writes a DOCX: the body given, and the extra parts (`word/numbering.xml`, a replaced `_rels/.rels` …).
 * @param {string} path @param {string} body @param {Record<string, string>} [parts]
 */
export function writeDocx(path, body, parts = {}) {
  const all = { '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': RELS, 'word/document.xml': documentXml(body), ...parts };
  writeZip(path, Object.entries(all).map(([name, data]) => ({ name, data })));
}

/** numbering.xml with one list (abstract 0, num 1) of the given `w:lvl` elements. @param {string} levels */
export const numberingXml = (levels) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

/** A numbered paragraph of list 1 at level `ilvl`. @param {string} text @param {number | string} ilvl */
export const numbered = (text, ilvl = 0) => para(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`);

/**
 * Writes a PDF of pages, each one content stream (deflated), with Helvetica as /F1 and optional
 * image XObjects (`images`: deflated sample bytes of `width`×`height` gray, made by `pixels`).
 * @param {string} path
 * @param {Array<{ content: Buffer, filter?: string, images?: Array<{ width: number, height: number, data: Buffer }> }>} pages (`filter`: the content's /Filter, default /FlateDecode)
 */
export function writePdf(path, pages) {
  const objects = [];
  const add = (body) => {
    objects.push(body);
    return objects.length;
  };
  const stream = (dict, data) => Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
  const font = add(Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>', 'latin1'));
  const pagesId = objects.length + 1;
  add(null); // the Pages object, filled below
  const kids = [];
  for (const p of pages) {
    const xobjects = (p.images ?? []).map((img, i) => `/Im${i} ${add(stream(`/Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, img.data))} 0 R`);
    const content = add(stream(`/Filter ${p.filter ?? '/FlateDecode'}`, p.content));
    kids.push(add(Buffer.from(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /XObject << ${xobjects.join(' ')} >> >> /Contents ${content} 0 R >>`, 'latin1')));
  }
  objects[pagesId - 1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`, 'latin1');
  const catalog = add(Buffer.from(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`, 'latin1'));
  const fd = openSync(path, 'w');
  let offset = 0;
  const put = (b) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    writeSync(fd, buf);
    offset += buf.length;
  };
  put('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  const at = [];
  objects.forEach((body, i) => {
    at.push(offset);
    put(`${i + 1} 0 obj\n`);
    put(body);
    put('\nendobj\n');
  });
  const xref = offset;
  put(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${at.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  put(`trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  closeSync(fd);
}

/** Text lines of a plan as PDF operators (ASCII only: Helvetica with WinAnsi). */
export const PDF_TEXT = 'BT /F1 12 Tf 72 770 Td 14 TL (UY BAN NHAN DAN XA AN BINH) Tj T* (KE HOACH cai cach hanh chinh nam 2026) Tj T* (I. MUC DICH, YEU CAU) Tj T* (Nang cao chat luong phuc vu nguoi dan trong toan xa.) Tj T* (II. NHIEM VU) Tj T* (1. Ra soat thu tuc hanh chinh, hoan thanh truoc ngay 30/6/2026.) Tj ET\n';

/**
 * `prefix` then `text` repeated `times` times, as a PDF FlateDecode stream (zlib header, raw deflate,
 * a zero Adler-32 that pdf.js does not check) made without ever holding the whole.
 * @param {string} text @param {number} times @param {string} [prefix]
 */
export function deflateRepeated(text, times, prefix = '') {
  return Buffer.concat([Buffer.from([0x78, 0x9c]), deflateRepeat({ repeat: text, times, prefix }).compressed, Buffer.alloc(4)]);
}

/** Gray samples of zeros, `width`×`height`, deflated in slices. @param {number} width @param {number} height */
export function zeroImage(width, height) {
  return deflateRepeated('\0'.repeat(width), height);
}
