import { describe, expect, test } from 'vitest';
import { loadPlan, valueAt, type Plan } from '@kehoach/core';
import { diffPlans } from '@kehoach/diff';
import { importReviewedDocx, trackedChangesDocx } from '../src/index.js';
import { YamlSource } from '../src/onto/yaml-splice.js';
import { ALL_EXAMPLES, exampleText } from '../../../test/helpers.js';
import { QUANG_TRI, quangTriEdited } from '../../../test/review/edited-copy.js';

const load = (text: string): Plan => {
  const r = loadPlan(text, { file: 'plan.yaml' });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.plan!;
};

describe('a round: the tracked-changes DOCX of two versions, read back onto the old one, gives the new one', () => {
  test('Quảng Trị with the five edits: every change placed, no difference left', () => {
    const [before, after] = [exampleText(QUANG_TRI), quangTriEdited()];
    const docx = trackedChangesDocx(load(before), load(after), { author: 'Văn phòng', date: '2026-01-21' }).docx!;
    const r = importReviewedDocx(docx, before);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(r.edits.map((e) => e.kind)).toEqual(['removed', 'time', 'lead', 'task-added', 'text']);
    expect(diffPlans(load(after), load(r.yaml!)).changes).toEqual([]);
  });
});

/** An example edited as a reviewer would: its first duty reworded, the last duty that can go removed. */
function edited(name: string): { before: string; after: string } {
  const before = exampleText(name);
  const plan = load(before);
  const y = new YamlSource(before);
  const own = (path: string) => typeof (valueAt(plan.input, path) as { text?: unknown } | undefined)?.text === 'string';
  const first = plan.tasks.find((t) => own(t.path))!;
  expect(y.setString(`${first.path}/text`, `Rà soát, ${first.text.join(' ').replace(/^./, (c) => c.toLowerCase())}`)).toBe(true);
  for (const t of [...plan.tasks].reverse().filter((x) => x !== first)) {
    const kept = y.text;
    const segs = t.path.split('/');
    const at = Number(segs.pop());
    if (y.removeItem(segs.join('/'), at) && !loadPlan(y.text).diagnostics.some((d) => d.severity === 'error')) break;
    y.text = kept;
  }
  return { before, after: y.text };
}

describe('the same round on every example (layouts by agency and by theme, task tables, a công văn, a school plan)', () => {
  test.each(ALL_EXAMPLES)('%s: a duty reworded and one removed come back exactly', (name) => {
    const { before, after } = edited(name);
    expect(after).not.toBe(before);
    const docx = trackedChangesDocx(load(before), load(after), { author: 'A' }).docx!;
    const r = importReviewedDocx(docx, before);
    expect(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message)).toEqual([]);
    expect(r.edits.map((e) => e.kind).sort()).toEqual(['removed', 'text']);
    expect(diffPlans(load(after), load(r.yaml!)).changes.map((c) => c.message)).toEqual([]);
  });
});
