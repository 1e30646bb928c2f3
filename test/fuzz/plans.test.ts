import { expect, test } from 'vitest';
import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { deriveChecklist, toCsv, toIcs } from '@kehoach/checklist';
import { clonePlan, loadUnit, rollPlan } from '@kehoach/clone';
import { loadPlan, relayout, normalise } from '@kehoach/core';
import { renderDocx } from '@kehoach/render-docx';
import { renderMarkdown } from '@kehoach/render-text';
import { readFileSync } from 'node:fs';
import { EXAMPLES, exampleText, ROOT } from '../helpers.js';
import { openDocx } from '../render/docx-helpers.js';
import { FUZZ_ITER, FUZZ_SEED, rng } from './fuzz-env.js';

// Seeded random mutations of the real examples: whatever the input, every stage answers with
// data or diagnostics — never an exception, never INTERNAL_ERROR — and every output parses back:
// DOCX XML with an XML parser, CSV with csv-parse, ICS with ical.js. 40 rounds × 5 examples in CI.
const PIECES = ['\t', '"', "'", ': ', '- ', '{', '}', '[', ']', '&a', '*a', '\u0007', '\uFFFE', 'Đề nghị', '  ', '\n', '#', '>-', '|', '2025-02-30', 'null', '~', '0', '-1', '1e309', '__proto__: 1\n',
  '\r', '\u0000', '\u202E', '=1+2', '@cmd', 'constructor', 'toString', '\r\nBEGIN:VEVENT', '{@body}', '</w:t>', '&amp;', "Rock 'n roll"];

function mutate(text: string, r: () => number): string {
  const lines = text.split('\n');
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(r() * lines.length);
    const op = Math.floor(r() * 6);
    const line = lines[i] ?? '';
    const at = Math.floor(r() * (line.length + 1));
    if (op === 0) lines.splice(i, 1);
    else if (op === 1) lines.splice(i, 0, lines[Math.floor(r() * lines.length)] ?? '');
    else if (op === 2) lines[i] = line.slice(0, at) + line.slice(at + 1 + Math.floor(r() * 5));
    else if (op === 3) lines[i] = line.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + line.slice(at);
    else if (op === 4) lines[i] = (r() < 0.5 ? ' ' : '') + line.replace(/^ {2}/, r() < 0.5 ? '' : '    ');
    else {
      const j = Math.floor(r() * lines.length);
      [lines[i], lines[j]] = [lines[j] ?? '', line];
    }
  }
  return lines.join('\n');
}

test(`${40 * FUZZ_ITER} rounds of mutated examples: data or diagnostics, outputs that parse back`, () => {
  const unit = loadUnit(readFileSync(`${ROOT}examples/units/xa-minh-xuan.yaml`, 'utf8')).unit!;
  const r = rng(FUZZ_SEED);
  let loaded = 0;
  let rejected = 0;
  for (let round = 0; round < 40 * FUZZ_ITER; round++) {
    for (const name of EXAMPLES) {
      const text = mutate(exampleText(name), r);
      const result = loadPlan(text, { file: `${name}.yaml` });
      const internal = result.diagnostics.filter((d) => d.code === 'INTERNAL_ERROR');
      expect(internal, `${name} round ${round}: ${internal[0]?.message}\n${text}`).toEqual([]);
      for (const d of result.diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
      }
      if (!result.plan) {
        rejected++;
        continue;
      }
      loaded++;
      const plan = result.plan;
      const docx = renderDocx(plan);
      expect(docx.docx ?? docx.diagnostics).toBeTruthy();
      if (docx.docx) openDocx(docx.docx); // every XML part parses
      renderMarkdown(normalise(relayout(plan, plan.taskLayout === 'by-agency' ? 'by-theme' : 'by-agency')));
      const c = deriveChecklist(plan, { today: '2025-10-01' });
      const rows = parseCsv(toCsv(c.checklist), { bom: true }) as string[][];
      expect(rows.length).toBe(c.checklist.items.length + 1);
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^\s*[=+\-@]/);
      const cal = new ICAL.Component(ICAL.parse(toIcs(c.checklist)));
      expect(cal.getAllSubcomponents('vtodo').length).toBe(c.checklist.items.length);
      if (round % 5 === 0) {
        clonePlan(plan, unit);
        rollPlan(plan, (plan.period.year ?? plan.period.from ?? 2025) + 1);
      }
    }
  }
  console.log(`fuzz (seed ${FUZZ_SEED}): ${loaded} loaded and rendered, ${rejected} rejected with diagnostics`);
  expect(loaded).toBeGreaterThan(20 * FUZZ_ITER);
  expect(rejected).toBeGreaterThan(20 * FUZZ_ITER);
}, 600_000);
