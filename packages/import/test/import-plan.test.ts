/**
 * importPlan end to end: the seeds' texts and the project's own DOCX of every example become v2
 * plan data that loads without errors and renders back to the same words; bad files give one
 * clear diagnostic and no plan, never an exception.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { measureFidelity } from '@kehoach/fidelity';
import { importPlan } from '@kehoach/import';
import { renderDocx } from '@kehoach/render-docx';
import { renderText } from '@kehoach/render-text';
import { loadPlan } from '@kehoach/core';
import { EXAMPLES, loadExample } from '../../../test/helpers.js';

const seed = (name: string) => readFileSync(new URL(`../../../test/fixtures/seeds/${name}.txt`, import.meta.url), 'utf8');

async function roundTrip(bytes: Uint8Array, fileName: string) {
  const r = await importPlan(bytes, { fileName });
  expect(r.diagnostics.filter((d) => d.severity === 'error' || d.code === 'IMPORT_OUTPUT_INVALID')).toEqual([]);
  const loaded = loadPlan(r.yaml!, { file: 'plan.yaml' });
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { r, plan: loaded.plan!, text: renderText(loaded.plan!) };
}

describe('the seeds imported from their text', () => {
  test.each(EXAMPLES)('%s: loads, every word of the original back in order, tasks with leads', async (name) => {
    const { r, text } = await roundTrip(new TextEncoder().encode(seed(name)), `${name}.txt`);
    const f = measureFidelity(seed(name), text);
    expect(f.recall).toBe(1);
    expect(f.precision).toBeGreaterThan(0.99);
    expect(r.report.counts!.tasks).toBeGreaterThanOrEqual(25);
    expect(r.report.counts!.tasksWithLead).toBeGreaterThanOrEqual(5);
    expect(r.yaml!.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
    // the same words as the hand-made example renders (header words the seed text lacks aside)
    const hand = measureFidelity(renderText(loadExample(name)), text);
    expect(hand.recall).toBeGreaterThan(0.97);
  });

  test('what tuyen-quang’s by-agency headings give: groups led by the agency named', async () => {
    const { r } = await roundTrip(new TextEncoder().encode(seed('tuyen-quang-2025-30-7')), 'tq.txt');
    expect(r.input!.number).toBe(15);
    expect(r.input!.symbol).toBe('KH-UBND');
    expect(r.input!.date).toBe('2025-07-24');
    expect(r.input!.agencies['cong-an-tinh']).toMatchObject({ name: 'Công an tỉnh', kind: 'cong-an', level: 'tinh' });
    expect(r.input!.signature).toMatchObject({ name: expect.any(String) });
  });
});

describe('the project’s own DOCX of every example, imported', () => {
  test.each(EXAMPLES)('%s', async (name) => {
    const plan = loadExample(name);
    const { docx: bytes } = renderDocx(plan);
    const { text } = await roundTrip(bytes!, `${name}.docx`);
    const f = measureFidelity(renderText(plan), text);
    expect(f.recall).toBeGreaterThan(0.97);
  });
});

describe('bad files: one clear message, no plan, no exception', () => {
  test.each([
    ['empty.txt', new Uint8Array(), 'IMPORT_EMPTY'],
    ['old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]), 'IMPORT_DOC_BINARY'],
    ['broken.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'IMPORT_CORRUPT'],
    ['picture.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'IMPORT_UNSUPPORTED_FORMAT'],
  ])('%s', async (fileName, bytes, code) => {
    const r = await importPlan(bytes, { fileName });
    expect(r.yaml).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual([code]);
    expect(r.diagnostics[0]!.message).not.toMatch(/at .*\.js|Error:/);
  });
});
