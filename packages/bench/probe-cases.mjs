// The inputs of `pnpm probe`: each an attack or a misuse from issue 10 (and the siblings found
// after it), run through the library as the CLI and the service run it. Each returns the codes of
// its diagnostics (or a short note) so the probe can print what the input was answered with.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import PizZip from 'pizzip';
import { loadPlan, validatePlan } from '@kehoach/core';
import { defaultTemplate, renderDocx } from '@kehoach/render-docx';
import { deriveChecklist, toCsv, toIcs } from '@kehoach/checklist';
import { readInput } from '@kehoach/node';
import { bigPlan } from './big-plan.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = () => readFileSync(root + 'examples/tuyen-quang-2025-30-7.yaml', 'utf8');
const codes = (ds) => [...new Set(ds.filter((d) => d.severity === 'error').map((d) => d.code))].join(',') || 'ok';
const load = (text) => codes(loadPlan(text).diagnostics);
const validate = (data) => codes(validatePlan(data).diagnostics);
let plan;
const docxWith = (template) => codes(renderDocx((plan ??= loadPlan(example()).plan), { template }).diagnostics);
const withEntry = (name, data) => {
  const zip = new PizZip(defaultTemplate());
  zip.file(name, data);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
};

/**
 * name → [what it is, a set-up that builds the input (not timed), and the timed run that answers it
 * and returns what it was answered with].
 */
export const CASES = {
  'rock-n-roll-800k': ["item 1: apostrophe in plain text, then 400 000 '[' (800 KB)", () => "scope: Rock 'n roll\nx: " + '[\n'.repeat(400_000) + "\nz: '\n", load],
  'rock-n-roll-2m': ['item 1: the same, 2 MB', () => "scope: Rock 'n roll\nx: " + '[\n'.repeat(1_048_000) + "\nz: '\n", load],
  'block-scalar-quote': ['item 1 sibling: a quote in a block scalar, then 1 000 000 [', () => 'a: |\n  "open\nb: ' + '['.repeat(1_000_000) + '\n', load],
  'dash-question': ['item 1 sibling: "- ? " × 500 000 (parser stack overflow)', () => '- ? '.repeat(500_000) + 'x\n', load],
  'question-chain': ['item 1 sibling: "? " × 1 000 000', () => 'a: 1\nb: ' + '? '.repeat(1_000_000) + 'x\n', load],
  'keys-dup': ['item 1 sibling: 59 000 keys and a duplicate (quadratic before: minutes)', () => Array.from({ length: 59_000 }, (_, i) => `k${i}: v`).join('\n') + '\nk1: again\n', load],
  'values-600k': ['item 1 sibling: a list of 600 000 values (3.4 s, 830 MB before)', () => 'a: [' + 'x, '.repeat(600_000) + ']\n', load],
  'values-at-limit': ['item 1 sibling: 119 990 values, refused by the schema (worst case under the limit)', () => 'a: [' + 'x, '.repeat(119_980) + ']\n', load],
  'errors-5000': ['item 14 sibling: 5 000 unknown properties', () => example() + Array.from({ length: 5000 }, (_, i) => `sai${i}: 1`).join('\n') + '\n', load],
  'unknown-agencies': ['sibling: 10 000 tasks, each led by a different unknown agency', () => bigPlan(10_000).replace(/lead: cong-an/g, () => `lead: cong-an-${Math.random().toString(36).slice(2, 10)}`), load],
  'value-2mib': ['item 14: one 2 MiB value', () => 'kind: ' + 'x'.repeat(2 * 1024 * 1024 - 100) + '\n', load],
  'too-large-20mb': ['over the size limit: 20 MB', () => new Uint8Array(20 * 1024 * 1024).fill(0x61), load],
  'alias-bomb': ['alias bomb (billion laughs)', () => ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n') + '\n', load],
  'utf32': ['item 14: UTF-32 with a mark', () => new Uint8Array([0xff, 0xfe, 0, 0, ...[...Buffer.from(example())].flatMap((b) => [b, 0, 0, 0])].slice(0, 2_000_000)), load],
  'deep-object': ['item 9: validatePlan, an object nested 20 000 deep', () => {
    const o = {};
    let c = o;
    for (let i = 0; i < 20_000; i++) c = c.a = {};
    return { title: o };
  }, validate],
  'circular-object': ['item 9: validatePlan, a circular object', () => {
    const o = { issuer: {} };
    o.issuer.self = o;
    return o;
  }, validate],
  'bigint': ['item 9: validatePlan, a BigInt', () => ({ number: 10n }), validate],
  'zip-bomb': ['item 8: template with a 300 MB entry compressed ~1000:1', () => withEntry('word/media/b.bin', new Uint8Array(300 * 1024 * 1024)), docxWith],
  'zip-many': ['item 8: template with 5 000 entries', () => {
    const zip = new PizZip(defaultTemplate());
    for (let i = 0; i < 5000; i++) zip.file(`customXml/x${i}.xml`, '<a/>');
    return zip.generate({ type: 'uint8array' });
  }, docxWith],
  'raw-title-tag': ['item 4: template with {@title}', () => {
    const zip = new PizZip(defaultTemplate());
    zip.file('word/document.xml', zip.file('word/document.xml').asText().replace('{title}', '{@title}'));
    return zip.generate({ type: 'uint8array' });
  }, docxWith],
  'dev-zero': ['item 8: read /dev/zero as a plan', () => '/dev/zero', async (file) => (await readInput(file)).diagnostic?.code ?? 'read'],
  'tasks-10k-load': ['(not refused): 10 000 tasks (1.2 MB) → load', () => bigPlan(10_000), load],
  'tasks-10k-support': ['10 000 tasks with a coordinating agency each: over the value limit', () => bigPlan(10_000, true), load],
  'tasks-10k-ics': ['item 10 (not refused): 10 000 tasks → checklist, ICS', () => loadPlan(bigPlan(10_000)).plan, (plan) => `${toIcs(deriveChecklist(plan).checklist).length} chars`],
  'tasks-10k-csv': ['(not refused): 10 000 tasks → checklist, CSV', () => loadPlan(bigPlan(10_000)).plan, (plan) => `${toCsv(deriveChecklist(plan).checklist).length} chars`],
  'tasks-10k-docx': ['(not refused): 10 000 tasks → DOCX', () => loadPlan(bigPlan(10_000)).plan, (plan) => `${renderDocx(plan).docx.length} bytes`],
};
