#!/usr/bin/env node
// Prints, for every document of ../shared/corpus (when present), what the readers get out of the
// original: blocks, tables by role, words of text.txt found (in order for DOCX, as a bag for PDF,
// whose text.txt is pdftotext -layout), and milliseconds (median of RUNS, after one warm-up).
// Numbers only: nothing is asserted. Run `pnpm build` first (the script uses dist/).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffArrays } from 'diff';
import { readReceived, receivedToText } from '../dist/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = process.argv[2] ?? `${root}../shared/corpus`;
if (!existsSync(corpus)) {
  console.log(`no corpus at ${corpus}: nothing measured`);
  process.exit(0);
}
const runs = Number(process.env.RUNS ?? 5);
const words = (t) => t.normalize('NFC').split(/\s+/).filter(Boolean);
function ordered(a, b) {
  let same = 0;
  for (const p of diffArrays(a, b)) if (!p.added && !p.removed) same += p.value.length;
  return same / a.length;
}
function bag(a, b) {
  const n = new Map();
  for (const w of b) n.set(w, (n.get(w) ?? 0) + 1);
  let found = 0;
  for (const w of a) if ((n.get(w) ?? 0) > 0) { found++; n.set(w, n.get(w) - 1); }
  return found / a.length;
}
console.log('| document | format | pages | blocks | tables (header/signature/content) | words of text.txt found | ms (median) | diagnostics |');
console.log('|---|---|---|---|---|---|---|---|');
for (const folder of readdirSync(corpus).filter((f) => /^\d\d_/.test(f)).sort()) {
  const name = existsSync(`${corpus}/${folder}/original.docx`) ? 'original.docx' : 'original.pdf';
  const bytes = new Uint8Array(readFileSync(`${corpus}/${folder}/${name}`));
  const times = [];
  let result;
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    result = await readReceived(bytes, { fileName: name });
    if (i > 0) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)].toFixed(0);
  const codes = result.diagnostics.map((d) => d.code).join(', ') || '—';
  const doc = result.document;
  if (!doc) {
    console.log(`| ${folder} | ${name.slice(9)} | | | | refused | ${ms} | ${codes} |`);
    continue;
  }
  const tables = doc.blocks.filter((b) => b.kind === 'table');
  const roles = ['header', 'signature', 'content'].map((r) => tables.filter((t) => t.role === r).length).join('/');
  const expected = words(readFileSync(`${corpus}/${folder}/text.txt`, 'utf8'));
  const got = words(receivedToText(doc));
  const found = name.endsWith('.docx') ? `${ordered(expected, got).toFixed(4)} in order` : `${bag(expected, got).toFixed(4)} as a bag`;
  console.log(`| ${folder} | ${name.slice(9)} | ${doc.pages ?? ''} | ${doc.blocks.length} | ${roles} | ${found} | ${ms} | ${codes} |`);
}
