import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, test } from 'vitest';
import { loadPlan, type Plan } from '@kehoach/core';
import { renderDocx } from '@kehoach/render-docx';
import { applyRevisions, partParagraphs, trackedChangesDocx } from '../src/index.js';
import { exampleText } from '../../../test/helpers.js';
import { QUANG_TRI, quangTriEdited, replaceOnce } from '../../../test/review/edited-copy.js';

const load = (text: string): Plan => {
  const r = loadPlan(text, { file: 'plan.yaml' });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.plan!;
};
const part = (docx: Uint8Array, name = 'word/document.xml') => new PizZip(docx).file(name)?.asText();
const rendered = (plan: Plan) => partParagraphs(part(renderDocx(plan).docx!)!);

/** The edited copy with two review notes: one on a duty, one on the funding paragraph (quoted). */
function reviewed(): string {
  let t = quangTriEdited();
  t = replaceOnce(t, '                          text: Triển khai sổ sức khỏe điện tử cho người dân trên ứng dụng định danh điện tử.\n', `                          text: Triển khai sổ sức khỏe điện tử cho người dân trên ứng dụng định danh điện tử.
                          review:
                            - { text: "Sở Y tế cho biết tiến độ cụ thể theo từng quý.", author: Phó Chủ tịch UBND tỉnh, date: 2026-01-20 }
`);
  t = replaceOnce(t, '      - title: KINH PHÍ THỰC HIỆN\n        role: funding\n', `      - title: KINH PHÍ THỰC HIỆN
        role: funding
        review:
          - text: Ghi rõ nguồn vốn của Chương trình.
            quote: nguồn vốn của Chương trình chuyển đổi số
`);
  return t;
}

describe('trackedChangesDocx: the edited copy of the team example', () => {
  const before = load(exampleText(QUANG_TRI));
  const after = load(reviewed());
  const r = trackedChangesDocx(before, after, { author: 'Phòng Tư pháp', date: '2026-01-20' });
  const xml = part(r.docx!)!;

  test('accepting every change gives the new version’s text, rejecting every change the old one’s, paragraph by paragraph', () => {
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(partParagraphs(applyRevisions(xml, 'accept'))).toEqual(rendered(after));
    expect(partParagraphs(applyRevisions(xml, 'reject'))).toEqual(rendered(before));
  });

  test('the edits are revisions by the author on the date: a duty deleted, one inserted, words changed', () => {
    const ins = [...xml.matchAll(/<w:ins [^>]*>/g)].map((m) => m[0]);
    expect(ins.length).toBeGreaterThan(0);
    expect(ins.every((m) => m.includes('w:author="Phòng Tư pháp"') && m.includes('w:date="2026-01-20T00:00:00Z"'))).toBe(true);
    const deleted = [...xml.matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/g)].map((m) => m[1]).join('');
    const inserted = [...xml.matchAll(/<w:ins [^>]*>(.*?)<\/w:ins>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '')).join('');
    expect(deleted).toContain('Nâng cấp Kho dữ liệu dùng chung của tỉnh');
    expect(deleted).toContain('Thương');
    expect(deleted).toContain('II');
    expect(inserted).toContain('Tuyên truyền kỹ năng bảo đảm an toàn thông tin cá nhân');
    expect(inserted).toContain('ngân sách');
    expect(inserted).toContain('Khoa học và');
    const ids = [...xml.matchAll(/<w:(?:ins|del|rPrChange|pPrChange|commentRangeStart) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('review notes are Word comments anchored to their paragraph, with the part, its content type and relationship', () => {
    const comments = part(r.docx!, 'word/comments.xml')!;
    expect(comments).toContain('<w:comment w:id="');
    expect(comments).toContain('w:author="Phó Chủ tịch UBND tỉnh" w:date="2026-01-20T00:00:00Z"');
    expect(comments).toContain('Sở Y tế cho biết tiến độ cụ thể theo từng quý.');
    expect(comments).toContain('w:author="Phòng Tư pháp"');
    expect(part(r.docx!, '[Content_Types].xml')).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');
    expect(part(r.docx!, 'word/_rels/document.xml.rels')).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/comments" Target="comments.xml"/);
    const anchored = (id: string) => {
      const start = xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
      const end = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
      expect(start).toBeGreaterThan(0);
      return xml.slice(start, end).replace(/<w:delText[^>]*>[^<]*<\/w:delText>/g, '').replace(/<[^>]+>/g, '');
    };
    const ids = [...comments.matchAll(/<w:comment w:id="(\d+)"/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(2);
    expect(anchored(ids[0]!)).toContain('Triển khai sổ sức khỏe điện tử cho người dân');
    expect(anchored(ids[1]!)).toContain('nguồn vốn của Chương trình chuyển đổi số tỉnh');
    expect(xml).toContain(`<w:commentReference w:id="${ids[0]}"/>`);
  });

  test('the same input gives the same bytes', () => {
    const again = trackedChangesDocx(before, after, { author: 'Phòng Tư pháp', date: '2026-01-20' }).docx!;
    expect(Buffer.from(again).equals(Buffer.from(r.docx!))).toBe(true);
  });

  test('two equal versions: no revision', () => {
    const same = trackedChangesDocx(before, before, { author: 'A' });
    expect(part(same.docx!)).not.toMatch(/<w:(ins|del) /);
  });
});

describe('trackedChangesDocx: other shapes', () => {
  const congVan = 'phu-tho-2025-cong-van-dich-vu-cong';
  test('a công văn with a changed title, a basis, a recipient added: accept and reject give the two renders', () => {
    let t = exampleText(congVan);
    t = replaceOnce(t, 'title: Đẩy mạnh cung cấp', 'title: Tiếp tục đẩy mạnh cung cấp');
    t = replaceOnce(t, 'number: 1845/VPCP-KSTT', 'number: 1846/VPCP-KSTT');
    t = replaceOnce(t, '    - { name: Văn phòng Chính phủ, purpose: báo cáo }\n', '    - { name: Văn phòng Chính phủ, purpose: báo cáo }\n    - name: Bộ Công an\n');
    const [a, b] = [load(exampleText(congVan)), load(t)];
    const xml = part(trackedChangesDocx(a, b, { author: 'X', date: '2026-02-01' }).docx!)!;
    expect(partParagraphs(applyRevisions(xml, 'accept'))).toEqual(rendered(b));
    expect(partParagraphs(applyRevisions(xml, 'reject'))).toEqual(rendered(a));
  });
});

/** LibreOffice, when the machine has it. */
const soffice = (() => {
  for (const bin of ['soffice', 'libreoffice']) {
    try {
      execFileSync(bin, ['--version'], { stdio: 'ignore', timeout: 60_000 });
      return bin;
    } catch {
      /* not here */
    }
  }
  return undefined;
})();

describe.skipIf(!soffice)('trackedChangesDocx: LibreOffice opens it', () => {
  test('converted to text, it shows the new words and the deleted ones as revisions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-tracked-'));
    const file = join(dir, 'thay-doi.docx');
    writeFileSync(file, trackedChangesDocx(load(exampleText(QUANG_TRI)), load(reviewed()), { author: 'Phòng Tư pháp', date: '2026-01-20' }).docx!);
    execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, file], { stdio: 'ignore', timeout: 180_000 });
    const text = readFileSync(join(dir, 'thay-doi.txt'), 'utf8').normalize('NFC');
    // LibreOffice shows a document with its changes as recorded: inserted words and deleted ones both in the text.
    expect(text).toContain('Tuyên truyền kỹ năng bảo đảm an toàn thông tin cá nhân');
    expect(text).toContain('Nâng cấp Kho dữ liệu dùng chung của tỉnh');
    expect(text).toContain('Sở Y tế');
    // Saved again by LibreOffice as DOCX, the changes are still revisions and the notes still comments: it read them as such.
    mkdirSync(join(dir, 'lo'));
    execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'lo'), file], { stdio: 'ignore', timeout: 180_000 });
    const again = readFileSync(join(dir, 'lo', 'thay-doi.docx'));
    const xml = part(again)!;
    expect(xml).toMatch(/<w:ins [^>]*w:author="Phòng Tư pháp"/);
    expect(xml).toMatch(/<w:del [^>]*w:author="Phòng Tư pháp"/);
    expect(part(again, 'word/comments.xml')).toContain('Sở Y tế cho biết tiến độ cụ thể theo từng quý.');
    expect(partParagraphs(applyRevisions(xml, 'accept')).map((p) => p.split('|')[1]).join('\n')).toContain('Tuyên truyền kỹ năng bảo đảm an toàn thông tin cá nhân');
  }, 240_000);
});
if (!soffice) test.skip('LibreOffice (soffice) is not installed: the tracked-changes DOCX was not opened in it', () => {});
