import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import PizZip from 'pizzip';
import { describe, expect, test } from 'vitest';
import { loadPlan, type Plan } from '@kehoach/core';
import { EDXML_NS, exportEdxml, type EdxmlResult } from '@kehoach/edxml';
import { EDXML_FIELDS } from '../src/fields.js';
import { toBase64 } from '../src/base64.js';
import { docxText } from '@kehoach/fidelity';
import { renderDocx } from '@kehoach/render-docx';
import { exampleText, loadExample } from '../../../test/helpers.js';

// Illustrative organ ids in the shape of Decision 20/2020/QĐ-TTg (not the agencies' real ids).
const TQ_ISSUER = '000.00.00.H58';
const TQ_BCA = '000.00.00.G02';

/** The Tuyên Quang example (15/KH-UBND, 24/7/2025) with organ ids for the issuer and Bộ Công an. */
function tuyenQuangText(): string {
  return exampleText('tuyen-quang-2025-30-7')
    .replace('  ubnd-tinh: { name:', `  ubnd-tinh: { organId: "${TQ_ISSUER}", name:`)
    .replace('  bo-cong-an: { name:', `  bo-cong-an: { organId: "${TQ_BCA}", name:`);
}

function load(text: string, file = 'tq.yaml'): Plan {
  const { plan, diagnostics } = loadPlan(text, { file });
  if (!plan) throw new Error(JSON.stringify(diagnostics, null, 2));
  return plan;
}

function build(plan: Plan, options = {}): EdxmlResult & { docx: Uint8Array } {
  const docx = renderDocx(plan).docx!;
  return { ...exportEdxml(plan, docx, options), docx };
}

function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return doc;
}

const kids = (e: Element, name: string) => Array.from(e.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
/** The text of the element at a `/`-separated path of local names (first match at each step). */
function at(e: Element, path: string): string | undefined {
  let cur: Element | undefined = e;
  for (const step of path.split('/')) cur = cur ? kids(cur, step)[0] : undefined;
  return cur?.textContent ?? undefined;
}
const all = (e: Element, path: string): string[] => {
  const steps = path.split('/');
  let level: Element[] = [e];
  for (const s of steps) level = level.flatMap((x) => kids(x, s));
  return level.map((x) => x.textContent ?? '');
};

describe('edXML of a real plan (Tuyên Quang 15/KH-UBND)', () => {
  const plan = load(tuyenQuangText());
  const r = build(plan, { pageAmount: 7 });
  const doc = parse(r.xml!);
  const root = doc.documentElement!;
  const header = kids(kids(kids(root, 'edXMLEnvelope')[0]!, 'edXMLHeader')[0]!, 'MessageHeader')[0]!;

  test('root, envelope and prefix as systems expect them', () => {
    expect(root.localName).toBe('edXML');
    expect(root.namespaceURI).toBe(EDXML_NS);
    const envelope = kids(root, 'edXMLEnvelope')[0]!;
    expect(envelope.prefix).toBe('edXML');
    expect(envelope.namespaceURI).toBe(EDXML_NS);
    expect(header.tagName).toBe('edXML:MessageHeader');
    expect(r.xml!.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">')).toBe(true);
  });

  test('every header field from the plan', () => {
    expect(r.diagnostics.map((d) => d.code)).toEqual(['EDXML_RECIPIENT_NOT_SENT']);
    expect(r.diagnostics[0]!.severity).toBe('info');
    expect(r.diagnostics[0]!.line).toBe(363);
    expect(at(header, 'From/OrganId')).toBe(TQ_ISSUER);
    expect(at(header, 'From/OrganName')).toBe('Ủy ban nhân dân tỉnh Tuyên Quang');
    expect(at(header, 'From/OrganizationInCharge')).toBeUndefined();
    expect(all(header, 'To/OrganId')).toEqual([TQ_BCA]);
    expect(all(header, 'To/OrganName')).toEqual(['Bộ Công an']);
    expect(at(header, 'DocumentId')).toBe(`${TQ_ISSUER},2025/07/24,15/KH-UBND`);
    expect(r.documentId).toBe(`${TQ_ISSUER},2025/07/24,15/KH-UBND`);
    expect(at(header, 'Code/CodeNumber')).toBe('15');
    expect(at(header, 'Code/CodeNotation')).toBe('KH-UBND');
    expect(at(header, 'PromulgationInfo/Place')).toBe('Tuyên Quang');
    expect(at(header, 'PromulgationInfo/PromulgationDate')).toBe('2025/07/24');
    expect(at(header, 'DocumentType/Type')).toBe('2');
    expect(at(header, 'DocumentType/TypeName')).toBe('Kế hoạch');
    expect(at(header, 'Subject')).toBe(
      'Triển khai hoạt động hưởng ứng “Ngày thế giới phòng, chống mua bán người” và “Ngày toàn dân phòng, chống mua bán người 30/7” năm 2025 trên địa bàn tỉnh Tuyên Quang',
    );
    expect(at(header, 'SignerInfo/Competence')).toBeUndefined(); // the Chairman signs himself
    expect(at(header, 'SignerInfo/Position')).toBe('CHỦ TỊCH');
    expect(at(header, 'SignerInfo/FullName')).toBe('Phan Huy Ngọc');
    expect(all(header, 'ToPlaces/Place')).toEqual([
      'Bộ Công an', 'Chủ tịch UBND tỉnh', 'Phó Chủ tịch UBND tỉnh', 'Các sở, ban, ngành', 'Ủy ban MTTQVN tỉnh',
      'Các tổ chức CT-XH tỉnh', 'UBND xã, phường', 'LĐ VPUBND tỉnh', 'Cổng Thông tin điện tử tỉnh',
    ]);
    expect(at(header, 'OtherInfo/Priority')).toBe('0');
    expect(at(header, 'OtherInfo/PageAmount')).toBe('7');
    expect(at(header, 'OtherInfo/Appendixes')).toBeUndefined(); // no appendix
    expect(at(header, 'SteeringType')).toBe('0');
    expect(at(header, 'DueDate')).toBeUndefined();
  });

  test('elements in the order of the field table, and every required field present', () => {
    const order = EDXML_FIELDS.filter((f) => !f.path.includes('/')).map((f) => f.path);
    const written = Array.from(header.childNodes).filter((n) => n.nodeType === 1).map((n) => (n as Element).localName!);
    const positions = written.map((n) => order.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const f of EDXML_FIELDS.filter((x) => x.required && !['To', 'From'].includes(x.path.split('/')[0]!) && !x.path.startsWith('To/'))) {
      expect(all(header, f.path).length, f.path).toBeGreaterThan(0);
    }
  });

  test('the manifest names the attachment, and the base64 unzips to the DOCX with the title', () => {
    const body = kids(kids(root, 'edXMLEnvelope')[0]!, 'edXMLBody')[0]!;
    const ref = kids(kids(body, 'edXMLManifest')[0]!, 'Reference')[0]!;
    const att = kids(kids(root, 'AttachmentEncoded')[0]!, 'Attachment')[0]!;
    expect(att.namespaceURI).toBe(EDXML_NS);
    expect(at(ref, 'ContentId')).toBe(at(att, 'ContentId'));
    expect(at(ref, 'ContentId')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(at(ref, 'AttachmentName')).toBe('15-KH-UBND.docx');
    expect(at(ref, 'ContentType')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(at(ref, 'Description')).toBe('Toàn văn Kế hoạch số 15/KH-UBND');
    const bytes = new Uint8Array(Buffer.from(at(att, 'ContentTransferEncoded')!, 'base64'));
    expect(bytes).toEqual(r.docx);
    const text = docxText(bytes);
    expect(text).toContain('Số: 15/KH-UBND');
    expect(text).toContain('Triển khai hoạt động hưởng ứng “Ngày thế giới phòng, chống mua bán người”');
    expect(new PizZip(bytes).file('word/document.xml')).not.toBeNull();
  });

  test('deterministic: the same plan gives the same bytes', () => {
    expect(build(load(tuyenQuangText())).bytes).toEqual(build(load(tuyenQuangText())).bytes);
    expect(r.bytes).toEqual(new TextEncoder().encode(r.xml!));
  });
});

describe('diagnostics instead of a message', () => {
  test('no organ id for the issuer: a Vietnamese error at the issuer agency, no bytes', () => {
    const r = build(loadExample('tuyen-quang-2025-30-7'));
    expect(r.bytes).toBeUndefined();
    const d = r.diagnostics.find((x) => x.code === 'EDXML_NO_ORGAN_ID')!;
    expect(d.severity).toBe('error');
    expect(d.message).toContain('Chưa có mã định danh điện tử của cơ quan ban hành');
    expect([d.line, d.path]).toEqual([21, '/agencies/ubnd-tinh']);
    expect(r.diagnostics.map((x) => x.code)).toEqual(['EDXML_NO_ORGAN_ID', 'EDXML_NO_RECIPIENT_ID', 'EDXML_RECIPIENT_NOT_SENT']);
  });

  test('a plan with no issuer agency at all points at the issuer', () => {
    const text = tuyenQuangText().replace('  agency: ubnd-tinh\n', '');
    const r = build(load(text));
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.path])).toEqual([['EDXML_NO_ORGAN_ID', '/issuer']]);
  });

  test('a draft (no number, no date) lacks the required Code/CodeNumber and PromulgationDate', () => {
    const text = tuyenQuangText().replace('number: 15\ndate: "2025-07-24"\n', '');
    const r = build(load(text));
    expect(r.bytes).toBeUndefined();
    const missing = r.diagnostics.filter((d) => d.code === 'EDXML_FIELD_MISSING');
    expect(missing.map((d) => d.message)).toEqual([
      'Gói tin edXML thiếu trường bắt buộc Code/CodeNumber (Số văn bản) theo QCVN 102:2016/BTTTT — văn bản còn là dự thảo (thiếu số hoặc ngày).',
      'Gói tin edXML thiếu trường bắt buộc PromulgationInfo/PromulgationDate (Ngày ban hành) theo QCVN 102:2016/BTTTT — văn bản còn là dự thảo (thiếu số hoặc ngày).',
    ]);
  });

  test('a signature with an authority line but no title lacks SignerInfo/Position', () => {
    const r = build(load(tuyenQuangText().replace('  titles: [ CHỦ TỊCH ]\n', '  authority: [ { type: TM, of: ỦY BAN NHÂN DÂN } ]\n')));
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.message])).toEqual([
      ['EDXML_FIELD_MISSING', 'Gói tin edXML thiếu trường bắt buộc SignerInfo/Position (Chức vụ người ký) theo QCVN 102:2016/BTTTT.'],
    ]);
  });

  test('fields longer than the standard allows, placed on their line', () => {
    const longName = 'Nguyễn Thị Phương Thảo Hoàng Lê Minh Khai Bảo Ngọc Trâm'; // 55 characters
    const text = tuyenQuangText()
      .replace('  name: Phan Huy Ngọc', `  name: ${longName}`)
      .replace('  place: Tuyên Quang', `  place: ${'Tuyên Quang '.repeat(5).trim()}`);
    const r = build(load(text));
    expect(r.bytes).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.code === 'EDXML_FIELD_TOO_LONG').map((d) => [d.line, d.message])).toEqual([
      [10, 'Trường PromulgationInfo/Place (Địa danh) dài 59 ký tự, quá giới hạn 50 ký tự của QCVN 102:2016/BTTTT.'],
      [358, `Trường SignerInfo/FullName (Họ tên người ký) dài ${[...longName].length} ký tự, quá giới hạn 50 ký tự của QCVN 102:2016/BTTTT.`],
    ]);
  });

  test('limits count characters, not bytes: a 50-character Vietnamese name passes', () => {
    const name = 'Nguyễn Thị Phương Thảo Hoàng Lê Minh Khai Bảo Ngọc'; // 50 characters, 64 UTF-8 bytes
    expect([...name].length).toBe(50);
    const r = build(load(tuyenQuangText().replace('  name: Phan Huy Ngọc', `  name: ${name}`)));
    expect(r.bytes).toBeDefined();
  });

  test('the schema rejects an organ id that is too long or not dotted digits and letters', () => {
    for (const bad of ['000.00.00.H58.1', 'H58 01']) {
      const { diagnostics } = loadPlan(tuyenQuangText().replace(TQ_ISSUER, bad), { file: 'x.yaml' });
      expect(diagnostics.some((d) => d.severity === 'error' && d.path === '/agencies/ubnd-tinh/organId'), bad).toBe(true);
    }
  });
});

describe('user text is never XML', () => {
  test('<&>"\' in the title, names and places are escaped and read back exactly', () => {
    const title = 'Kiểm tra <b>an toàn</b> & “bảo mật” </edXML:Subject><x a="1">\'';
    const text = tuyenQuangText()
      .replace(/^title: >-\n(  .*\n)+/m, `title: ${JSON.stringify(title)}\n`)
      .replace('    - name: Chủ tịch UBND tỉnh', '    - name: "Sở <A&B>"');
    const r = build(load(text));
    expect(r.bytes).toBeDefined();
    expect(r.xml).toContain('<edXML:Subject>Kiểm tra &lt;b&gt;an toàn&lt;/b&gt; &amp; “bảo mật” &lt;/edXML:Subject&gt;&lt;x a=&quot;1&quot;&gt;&apos;</edXML:Subject>');
    const header = parse(r.xml!).getElementsByTagNameNS(EDXML_NS, 'MessageHeader')[0]!;
    expect(at(header, 'Subject')).toBe(title);
    expect(all(header, 'ToPlaces/Place')[1]).toBe('Sở <A&B>');
  });
});

describe('appendices and signatures', () => {
  test('each appendix title goes to OtherInfo/Appendixes; the competence is the authority line nearest the signer', () => {
    const text = exampleText('dak-lak-2026-pho-bien-phap-luat');
    const plan = load(text, 'dl.yaml');
    const r = build(plan);
    // No organ ids in the example: errors, but the header is still checked and the appendix read.
    expect(r.diagnostics.some((d) => d.code === 'EDXML_NO_ORGAN_ID')).toBe(true);
    const issuer = plan.issuer.agency?.id;
    const recipient = plan.recipients?.to.find((t) => t.agency)?.agency?.id;
    expect(issuer && recipient).toBeTruthy();
    const withIds = text
      .replace(new RegExp(`^(  ${issuer}:\\s*\\{)`, 'm'), '$1 organId: "000.00.00.H40",')
      .replace(new RegExp(`^(  ${recipient}:\\s*\\{)`, 'm'), '$1 organId: "000.00.01.H40",');
    const ok = build(load(withIds, 'dl.yaml'));
    expect(ok.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const header = parse(ok.xml!).getElementsByTagNameNS(EDXML_NS, 'MessageHeader')[0]!;
    expect(all(header, 'OtherInfo/Appendixes/Appendix')).toEqual(plan.appendices.map((a) => a.title));
    const s = plan.signatures[0]!;
    const last = s.authority?.at(-1);
    expect(at(header, 'SignerInfo/Competence')).toBe(last ? `${last.type}. ${last.of}` : undefined);
    expect(at(header, 'SignerInfo/FullName')).toBe(s.name);
  });
});

test('base64 matches Node for every tail length', () => {
  for (const n of [0, 1, 2, 3, 4, 5, 100, 20000]) {
    const bytes = new Uint8Array(n).map((_, i) => (i * 37 + 11) & 255);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  }
});

test('docs/edxml.md shows the field tables exactly as the code has them', async () => {
  const { readFileSync } = await import('node:fs');
  const { ROOT } = await import('../../../test/helpers.js');
  const { fieldsTable, ATTACHMENT_FIELDS } = await import('../src/fields.js');
  const page = readFileSync(`${ROOT}docs/edxml.md`, 'utf8');
  expect(page).toContain(fieldsTable());
  expect(page).toContain(fieldsTable(ATTACHMENT_FIELDS));
});
