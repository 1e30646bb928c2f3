#!/usr/bin/env node
// pnpm corpus: for every document of ../shared/corpus (when present) and the five seeds (from their
// text), imports the original, checks the YAML with loadPlan, renders it as text and measures the
// words of the original reproduced in order (recall, precision: @kehoach/fidelity). Prints one table
// row per document; numbers only, nothing asserted. Uses dist/ (the script builds first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureFidelity } from '@kehoach/fidelity';
import { loadPlan, renderText } from 'kehoach';
import { importPlan } from '../dist/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = process.argv[2] ?? `${root}../shared/corpus`;
const docs = [];
if (existsSync(corpus)) {
  for (const folder of readdirSync(corpus).filter((f) => /^\d\d_/.test(f)).sort()) {
    const name = existsSync(`${corpus}/${folder}/original.docx`) ? 'original.docx' : 'original.pdf';
    docs.push({ label: folder, file: `${corpus}/${folder}/${name}`, text: `${corpus}/${folder}/text.txt` });
  }
} else console.log(`(no corpus at ${corpus}: seeds only)\n`);
for (const f of readdirSync(`${root}test/fixtures/seeds`).filter((x) => x.endsWith('.txt')).sort()) {
  docs.push({ label: `seed ${f.replace(/\.txt$/, '')}`, file: `${root}test/fixtures/seeds/${f}`, text: `${root}test/fixtures/seeds/${f}` });
}
console.log('| document | validates | recall | precision | tasks | with lead | naming an agency | dated | unsure | ms |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const d of docs) {
  const bytes = new Uint8Array(readFileSync(d.file));
  const fileName = d.file.split('/').pop();
  await importPlan(bytes, { fileName }); // warm-up
  const t0 = performance.now();
  const r = await importPlan(bytes, { fileName });
  const ms = (performance.now() - t0).toFixed(0);
  if (!r.yaml) {
    console.log(`| ${d.label} | refused: ${r.diagnostics.map((x) => x.code).join(', ')} | | | | | | | | ${ms} |`);
    continue;
  }
  const loaded = loadPlan(r.yaml, { file: 'plan.yaml' });
  const errors = loaded.diagnostics.filter((x) => x.severity === 'error');
  const ok = loaded.plan && errors.length === 0;
  let recall = '', precision = '';
  if (loaded.plan) {
    const f = measureFidelity(readFileSync(d.text, 'utf8'), renderText(loaded.plan));
    recall = f.recall.toFixed(4);
    precision = f.precision.toFixed(4);
  }
  const c = r.report.counts;
  console.log(`| ${d.label} | ${ok ? 'yes' : `no (${errors.length}: ${errors[0]?.code} ${errors[0]?.path})`} | ${recall} | ${precision} | ${c.tasks} | ${c.tasksWithLead} | ${c.tasksNamingAgency} | ${c.datedItems} | ${r.report.unsure.length} | ${ms} |`);
}
