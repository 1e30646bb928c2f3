import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, test } from 'vitest';
import { exampleText } from '../helpers.js';
import { cli } from '../run-cli.js';
import { QUANG_TRI, quangTriEdited } from '../review/edited-copy.js';
import { replaceWords, reviewQuangTri } from '../review/word-edits.js';

// `kehoach import reviewed.docx --onto plan.yaml`: a shell over importReviewedDocx. A DOCX rendered by
// `kehoach render` and edited the way Word records edits comes back into the YAML; the plan it gives
// is the edited copy (kehoach diff: no change); what cannot be placed is listed and the exit code says so.

const who = { author: 'Phó Chủ tịch UBND tỉnh', date: '2026-01-22' };

async function renderedPlan(): Promise<{ dir: string; yaml: string; docx: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-onto-'));
  const yaml = join(dir, 'ke-hoach.yaml');
  writeFileSync(yaml, exampleText(QUANG_TRI));
  const docx = join(dir, 'ke-hoach.docx');
  expect((await cli('render', yaml, '-o', docx)).code).toBe(0);
  return { dir, yaml, docx };
}

describe('kehoach import --onto', () => {
  test('the leader’s edits and comments go into the plan file; kehoach diff against the edited copy finds nothing', async () => {
    const { dir, yaml, docx } = await renderedPlan();
    const reviewed = join(dir, 'da-sua.docx');
    writeFileSync(reviewed, reviewQuangTri(readFileSync(docx), who));
    const r = await cli('import', reviewed, '--onto', yaml);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('Đã ghi: thời gian');
    expect(r.err).toContain('Đã ghi: nhiệm vụ mới');
    const text = readFileSync(yaml, 'utf8');
    expect(text).toContain('# kehoach-disable-next-line single-subitem');
    expect(text).toContain('author: Phó Chủ tịch UBND tỉnh, date: "2026-01-22"');
    const edited = join(dir, 'edited.yaml');
    writeFileSync(edited, quangTriEdited());
    expect(await cli('diff', edited, yaml)).toMatchObject({ code: 0 });
  });

  test('-o writes elsewhere and leaves the plan; an edit it cannot place exits 1 and names its paragraph', async () => {
    const { dir, yaml, docx } = await renderedPlan();
    const zip = new PizZip(readFileSync(docx));
    zip.file('word/document.xml', replaceWords(zip.file('word/document.xml')!.asText(), 'Số: 412/KH-UBND', '412', '413', who));
    const reviewed = join(dir, 'da-sua.docx');
    writeFileSync(reviewed, zip.generate({ type: 'nodebuffer' }));
    const out = join(dir, 'moi.yaml');
    const r = await cli('import', reviewed, '--onto', yaml, '-o', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Chưa ghi được chỗ sửa ở đoạn “Số: 413/KH-UBND”');
    expect(readFileSync(yaml, 'utf8')).toBe(exampleText(QUANG_TRI));
    expect(readFileSync(out, 'utf8')).toBe(exampleText(QUANG_TRI));
  });
});
