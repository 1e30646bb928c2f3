#!/usr/bin/env node
// pnpm fidelity <original.txt> <rendered.docx|.md|.txt> [--diff N]
// Prints the words of the original reproduced in order (recall), the words of the rendering that
// are the original's (precision), and the first differences. Exit 0 always (a measure, not a test).
import { readFileSync } from 'node:fs';
import { docxText, measureFidelity } from '../dist/index.js';

const args = process.argv.slice(2);
const diffAt = args.indexOf('--diff');
const shown = diffAt >= 0 ? Number(args.splice(diffAt, 2)[1]) : 20;
if (args.length !== 2) {
  console.error('Cách dùng: pnpm fidelity <văn-bản-gốc.txt> <bản-xuất.docx|.md|.txt> [--diff N]');
  process.exit(2);
}
const [originalFile, renderedFile] = args;
const original = readFileSync(originalFile, 'utf8');
const rendered = renderedFile.endsWith('.docx') ? docxText(readFileSync(renderedFile)) : readFileSync(renderedFile, 'utf8');
const f = measureFidelity(original, rendered);
console.log(`gốc (original): ${f.original} từ · bản xuất (rendered): ${f.rendered} từ · trùng theo thứ tự (matched): ${f.matched}`);
console.log(`recall ${f.recall.toFixed(4)} · precision ${f.precision.toFixed(4)} · ${f.differences.length} khác biệt (differences)`);
for (const d of f.differences.slice(0, shown)) {
  console.log(`  sau “${d.after}”: ${d.missing ? `thiếu “${d.missing.slice(0, 160)}”` : ''}${d.missing && d.extra ? '; ' : ''}${d.extra ? `thêm “${d.extra.slice(0, 160)}”` : ''}`);
}
