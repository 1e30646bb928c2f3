/**
 * The project's own DOCX of every example, read back: every word the text renderer prints comes
 * back in order, the header and signature tables are recognised as layout, and the appendix task
 * table (--with-appendix) keeps its columns.
 */
import { describe, expect, test } from 'vitest';
import { readReceived, receivedToText, type ReceivedTable } from '@kehoach/import';
import { renderDocx } from '@kehoach/render-docx';
import { renderText } from '@kehoach/render-text';
import { EXAMPLES, loadExample } from '../../../test/helpers.js';
import { recall, wordsOf } from './words.js';

describe('reading the project’s own DOCX of each example', () => {
  test.each(EXAMPLES)('%s', async (name) => {
    const plan = loadExample(name);
    const { docx: bytes } = renderDocx(plan, { appendix: true });
    const { document, diagnostics } = await readReceived(bytes!, { fileName: `${name}.docx` });
    expect(diagnostics).toEqual([]);
    const text = receivedToText(document!);
    const r = recall(wordsOf(renderText(plan)), wordsOf(text));
    expect(r.recall).toBeGreaterThanOrEqual(0.99);
    const roles = document!.blocks.filter((b): b is ReceivedTable => b.kind === 'table').map((t) => t.role);
    expect(roles[0]).toBe('header');
    // ba-ria-vung-tau (a công văn as republished) has no signature block: its table is empty
    if (/Nơi nhận/.test(renderText(plan))) expect(roles).toContain('signature');
    // the task appendix: STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm,
    // less the columns no task fills (“Sản phẩm” in most plans)
    const appendix = document!.blocks.filter((b): b is ReceivedTable => b.kind === 'table').at(-1)!;
    expect(appendix.role).toBe('content');
    const filled = [plan.tasks.some((t) => t.lead.length || t.requested.length), plan.tasks.some((t) => t.support.length), plan.tasks.some((t) => t.output)];
    expect(appendix.columns).toBe(3 + filled.filter(Boolean).length);
    expect(document!.blocks.some((b) => b.kind === 'section' && b.orientation === 'portrait')).toBe(true);
    expect(document!.orientation).toBe('landscape');
  });
});
