// A document kind is one folder: the test-only kind in ./quyet-dinh-thu/ (its profile alone) goes
// through every consumer — the loader, the printed document and the DOCX, the importer reading its
// own DOCX back, edXML, and the checker — with no other file knowing it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkPlanText, documentKind, exportEdxml, importPlan, loadPlan, printDocument, registerDocumentKind, renderDocx, renderText, unregisterDocumentKind, type Plan } from 'kehoach';
import { documentText, openDocx } from '../render/docx-helpers.js';
import kind from './quyet-dinh-thu/kind.js';

const YAML = `schemaVersion: 2
kind: quyet-dinh-thu
issuer: { name: Ủy ban nhân dân tỉnh Tuyên Quang, abbreviation: UBND, place: Tuyên Quang, agency: ubnd-tinh }
number: 12
date: "2025-07-24"
title: Về việc ban hành Kế hoạch tuyên truyền phòng, chống mua bán người năm 2025
agencies:
  ubnd-tinh: { name: Ủy ban nhân dân tỉnh Tuyên Quang, level: tinh, kind: ubnd, organId: 000.00.00.H57 }
  cong-an-tinh: { name: Công an tỉnh, level: tinh, kind: cong-an, organId: 000.00.13.H57 }
body:
  - text: Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền phòng, chống mua bán người năm 2025.
  - text: Quyết định này có hiệu lực kể từ ngày ký.
  - text: "1. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh chịu trách nhiệm thi hành của của Quyết định này."
signature:
  authority: [ { type: TM, of: ỦY BAN NHÂN DÂN }, { type: KT, of: CHỦ TỊCH } ]
  titles: [ PHÓ CHỦ TỊCH ]
  name: Nguyễn Văn A
recipients:
  to:
    - { name: Như Điều 3 }
    - { agency: cong-an-tinh }
  archive: VT, NC
`;

let plan: Plan;
let docx: Uint8Array;
beforeAll(() => {
  registerDocumentKind(kind);
  const loaded = loadPlan(YAML, { file: 'qd.yaml' });
  // The hand-typed “1. ” is a finding of typed-number, a rule this kind does not list: nothing.
  expect(loaded.diagnostics).toEqual([]);
  plan = loaded.plan!;
  docx = renderDocx(plan).docx!;
});
afterAll(() => unregisterDocumentKind(kind.id));

describe('a kind defined in its own folder, registered at start-up', () => {
  test('loads, numbered by its body shape (articles) with its symbol prefix', () => {
    expect(documentKind('quyet-dinh-thu')).toBe(kind);
    expect(plan.kind).toBe('quyet-dinh-thu');
    expect(plan.symbol).toBe('QĐ-UBND');
    expect(plan.sections.map((s) => s.label)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.']);
  });

  test('prints its own header: its type line, its number, articles, no KẾ HOẠCH', () => {
    const doc = printDocument(plan);
    expect(doc.titleLines).toEqual(['QUYẾT ĐỊNH', plan.title]);
    expect(doc.header.numberLine).toBe('Số: 12/QĐ-UBND');
    expect(doc.header.subjectLines).toEqual([]);
    expect(doc.body[0]).toMatchObject({ role: 'section', label: 'Điều 1.', text: plan.sections[0]!.paragraphs[0] });
    const text = renderText(plan);
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('Điều 2. Quyết định này có hiệu lực kể từ ngày ký.');
    expect(text).not.toContain('KẾ HOẠCH\n');
  });

  test('the DOCX carries its type line and articles, and no other kind\'s words', () => {
    const words = documentText(openDocx(docx).document);
    expect(words).toContain('QUYẾT ĐỊNH');
    expect(words).toContain('Số: 12/QĐ-UBND');
    expect(words).toMatch(/Điều 1\.\s+Ban hành kèm theo/);
    expect(words).not.toContain('KẾ HOẠCH');
  });

  test('the importer recognises it from its own rendered DOCX', async () => {
    const r = await importPlan(docx, { fileName: 'qd.docx' });
    expect(r.yaml).toBeDefined();
    const back = loadPlan(r.yaml!, { file: 'qd-imported.yaml' });
    expect(back.plan?.kind).toBe('quyet-dinh-thu');
    expect(back.plan?.number).toBe(12);
    expect(back.plan?.symbol).toBe('QĐ-UBND');
    expect(back.plan?.title).toBe(plan.title);
  });

  test('edXML carries its own document type and name', () => {
    const r = exportEdxml(plan, docx);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.xml).toContain('<edXML:Type>1</edXML:Type>');
    expect(r.xml).toContain('<edXML:TypeName>Quyết định (thử)</edXML:TypeName>');
    expect(r.xml).toContain('<edXML:Description>Toàn văn Quyết định (thử) số 12/QĐ-UBND</edXML:Description>');
  });

  test('the checker runs only the rules its profile lists', async () => {
    const wrong = YAML.replace('number: 12\n', 'number: 12\nsymbol: KH-UBND\n');
    const { diagnostics } = await checkPlanText(wrong, { file: 'qd.yaml' });
    // Every finding, the loader's included, is of a rule the kind lists: “1. ” typed by hand
    // (typed-number) and “Như Điều 3” (nhu-dieu-without-articles) would be findings of rules it does not.
    expect([...new Set(diagnostics.map((d) => d.rule ?? d.code))].sort()).toEqual(['document-symbol', 'doubled-word']);
    expect(diagnostics.find((d) => d.rule === 'document-symbol')!.message).toBe('Ký hiệu “KH-UBND” phải bắt đầu bằng “QĐ-” (tên loại quyết định (thử)).');
  });
});

test('once unregistered, the kind is unknown again: a diagnostic, not a crash', () => {
  unregisterDocumentKind(kind.id);
  const r = loadPlan(YAML, { file: 'qd.yaml' });
  expect(r.plan).toBeUndefined();
  expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.line])).toEqual([['UNKNOWN_DOCUMENT_KIND', 2]]);
  registerDocumentKind(kind);
});
