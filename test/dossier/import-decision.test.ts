// Issue 24: a received Quyết định with its attached plan — in one file, or the attached plan in a file
// of its own, as Nghị định 30 sends an attachment — imports into the plan with its decision reference
// (`dossier.decision`), and the plan prints “(Ban hành kèm theo Quyết định số …)” again. The received
// files are the team example's own dossier.
import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, test } from 'vitest';
import { importPlan, loadPlan, renderDocx, renderDossier, renderText, type DossierFile, type Plan } from 'kehoach';
import { ROOT } from '../helpers.js';

let plan: Plan;
let files: DossierFile[];
/** The same plan issued on its own (no dossier), imported: what the importer reads of the plan's words. */
let alone: Plan;
beforeAll(async () => {
  const yaml = readFileSync(`${ROOT}examples/dossier/ke-hoach-phong-chong-thien-tai-2026.yaml`, 'utf8');
  plan = loadPlan(yaml).plan!;
  files = renderDossier(plan).files;
  const own = loadPlan(yaml.slice(0, yaml.indexOf('\ndossier:')) + '\nnumber: 9\ndate: "2026-02-20"\n').plan!;
  alone = loadPlan((await importPlan(renderDocx(own).docx!, { fileName: 'kh.docx' })).yaml!).plan!;
});
const docx = (kind: string) => files.find((f) => f.kind === kind)!.docx!;

/** One DOCX holding the decision, a page break, then the attached plan (as a scan of both reads). */
function decisionWithPlan(): Uint8Array {
  const body = (bytes: Uint8Array) => {
    const xml = new PizZip(bytes).file('word/document.xml')!.asText();
    return xml.slice(xml.indexOf('<w:body>') + 8, xml.lastIndexOf('<w:sectPr'));
  };
  const zip = new PizZip(docx('ke-hoach'));
  const xml = zip.file('word/document.xml')!.asText();
  const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  zip.file('word/document.xml', xml.replace('<w:body>', `<w:body>${body(docx('quyet-dinh'))}${pageBreak}`));
  return zip.generate({ type: 'uint8array' });
}

describe('a received Quyết định with its attached plan', () => {
  test.each([
    ['the decision and the plan in one DOCX', () => decisionWithPlan()],
    ['the attached plan in a DOCX of its own (its signature line on top)', () => docx('ke-hoach')],
  ])('%s imports into the plan with its decision reference', async (_name, bytes) => {
    const r = await importPlan(bytes(), { fileName: 'qd-312.docx' });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const back = loadPlan(r.yaml!, { file: 'qd-312.yaml' });
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const p = back.plan!;
    expect(p.kind).toBe('ke-hoach');
    expect(p.title).toBe(plan.title);
    expect(p.input.dossier).toEqual({ decision: { number: 312, date: '2026-02-20' } });
    expect(p.number).toBeUndefined();
    // Độ khẩn read back as a mark, not as a line of the issuer's name.
    expect(p.marks).toEqual({ urgency: 'KHẨN' });
    expect(p.issuer.headerLines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG']);
    expect(p.attachment).toMatchObject({ kind: 'quyet-dinh', number: 312, date: '2026-02-20', symbol: 'QĐ-UBND' });
    // The decision's articles are not the plan's: its sections are the plan's own, and its duties read
    // as those of the same plan issued on its own.
    expect(p.sections.map((s) => s.title)).toEqual(plan.sections.map((s) => s.title));
    expect(p.tasks.map((t) => [t.text, t.lead.map((a) => a.name)])).toEqual(alone.tasks.map((t) => [t.text, t.lead.map((a) => a.name)]));
    expect(p.tasks.length).toBeGreaterThanOrEqual(plan.tasks.length);
    expect(renderText(p)).toContain('(Ban hành kèm theo Quyết định số 312/QĐ-UBND ngày 20/02/2026 của Ủy ban nhân dân tỉnh Lâm Đồng)');
  });
});
