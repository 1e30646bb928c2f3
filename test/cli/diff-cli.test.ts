import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, test } from 'vitest';
import { applyRevisions, partParagraphs } from '@kehoach/review';
import { exampleText } from '../helpers.js';
import { cli } from '../run-cli.js';
import { QUANG_TRI, quangTriEdited, replaceOnce } from '../review/edited-copy.js';

// `kehoach diff`: a shell over diffPlans and trackedChangesDocx. On the team example and an edited copy
// (a duty removed, a deadline moved, a lead changed, a duty added, a sentence reworded) it lists
// exactly those five; a renumbered plan lists no false change; -o x.docx writes the tracked changes.

const dir = mkdtempSync(join(tmpdir(), 'kehoach-diff-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const v1 = write('v1.yaml', exampleText(QUANG_TRI));
const v2 = write('v2.yaml', quangTriEdited());

describe('kehoach diff', () => {
  test('lists exactly the five edits, in Vietnamese, and exits 1', async () => {
    const r = await cli('diff', v1, v2);
    expect(r.code, r.err).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(`${v1} → ${v2}: 5 thay đổi (5 changes)`);
    const items = lines.filter((l) => /^\S/.test(l)).slice(1);
    expect(items).toHaveLength(5);
    expect(r.out).toContain('Nhiệm vụ PII.II.1.2.2 “Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc thẩm…”: thời gian Trong quý II/2026 → Trong quý III/2026');
    expect(r.out).toContain('Sở Công Thương → Sở Khoa học và Công nghệ');
    expect(r.out).toContain('{+ngân sách +}');
  });

  test('JSON: the five changes as data', async () => {
    const r = await cli('diff', v1, v2, '-f', 'json');
    expect(JSON.parse(r.out).changes.map((c: { kind: string; field?: string }) => `${c.kind}${c.field ? `:${c.field}` : ''}`)).toEqual(['duty-removed', 'duty-changed:time', 'duty-changed:lead', 'duty-added', 'text-changed']);
  });

  test('a renumbered plan (a new numbering style, ids rewritten): no change, exit 0', async () => {
    let t = replaceOnce(exampleText(QUANG_TRI), 'levels: [ number, subnumber, subnumber ]', 'levels: [ number, letter, dash ]');
    t = t.replace(/- id: ([a-z-]+)\n(\s+)text:/g, '- id: nv-$1\n$2text:');
    const r = await cli('diff', v1, write('renumbered.yaml', t));
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain('không có thay đổi (no changes)');
  });

  test('-o x.docx --author --date: the tracked changes; accept all gives the new render, reject all the old; the same bytes twice', async () => {
    const out = join(dir, 'thay-doi.docx');
    const r = await cli('diff', v1, v2, '-o', out, '--author', 'Phòng Tư pháp', '--date', '2026-01-20');
    expect(r.code, r.err).toBe(1);
    const bytes = readFileSync(out);
    const xml = new PizZip(bytes).file('word/document.xml')!.asText();
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="Phòng Tư pháp" w:date="2026-01-20T00:00:00Z">/);
    for (const [choice, file] of [['accept', v2], ['reject', v1]] as const) {
      const rendered = join(dir, `${choice}.docx`);
      expect((await cli('render', file, '-o', rendered)).code).toBe(0);
      expect(partParagraphs(applyRevisions(xml, choice))).toEqual(partParagraphs(new PizZip(readFileSync(rendered)).file('word/document.xml')!.asText()));
    }
    const again = join(dir, 'thay-doi-2.docx');
    await cli('diff', v1, v2, '-o', again, '--author', 'Phòng Tư pháp', '--date', '2026-01-20');
    expect(readFileSync(again).equals(bytes)).toBe(true);
  });

  test('a date that is no date is refused (exit 2)', async () => {
    const r = await cli('diff', v1, v2, '-o', join(dir, 'x.docx'), '--date', '20/1/2026');
    expect(r.code).toBe(2);
    expect(r.err).toContain('YYYY-MM-DD');
  });
});
