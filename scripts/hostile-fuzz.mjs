#!/usr/bin/env node
// The fuzz cases of `pnpm probe:hostile` (issue 23): a small valid DOCX and PDF, made here, mutated
// with a seeded generator (the same seed gives the same inputs, so a finding can be replayed), each
// mutant read with readReceived as the CLI, the service and the studio read a received file. Prints
// how many runs threw (never allowed), the slowest run, and the codes the mutants were answered with.
// `node scripts/hostile-fuzz.mjs docx|pdf [runs] [seed]`
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReceived } from '@kehoach/import';
import PizZip from 'pizzip';
import { PDF_TEXT, PLAN_HEAD, deflateRepeated, documentXml, numbered, numberingXml, para, writePdf } from './hostile-files.mjs';

const [kind = 'docx', runsArg = '300', seedArg = '23'] = process.argv.slice(2);
const runs = Number(runsArg);

/** mulberry32: a small seeded generator. @param {number} seed */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(Number(seedArg));
const pick = (n) => Math.floor(rnd() * n);

/** Values an attacker tries where a number or a name is expected. */
const NASTY = ['1e300', '-1', '4294967294', '99999999999999999999', 'NaN', '', '0x10', '<', '&amp;', '"', '\u0000', '%1%2%3%9', '../../x', 'A'.repeat(5000)];

/** One mutation of a text: a value replaced by a nasty one, a span deleted, or a span duplicated. */
function mutate(text) {
  const op = pick(3);
  if (op === 0) {
    const values = [...text.matchAll(/(?:w:val|w:ilvl|w:numId|w:abstractNumId|Target|\/Length|\/Count|\/W|\/Width)(?:=")?\s*([^"\s/>\]]*)/g)];
    const m = values[pick(values.length)];
    if (m) {
      const at = m.index + m[0].length - m[1].length;
      return text.slice(0, at) + NASTY[pick(NASTY.length)] + text.slice(at + m[1].length);
    }
  }
  const a = pick(text.length);
  const b = Math.min(text.length, a + 1 + pick(200));
  return op === 1 ? text.slice(0, a) + text.slice(b) : text.slice(0, b) + text.slice(a, b).repeat(1 + pick(50)) + text.slice(b);
}

const parts = {
  'word/document.xml': documentXml(PLAN_HEAD + numbered('Rà soát thủ tục.') + numbered('Công khai kết quả.', 1) + '<w:tbl><w:tr><w:tc>' + para('Ô.') + '</w:tc></w:tr></w:tbl>' + para('Nơi nhận:')),
  'word/numbering.xml': numberingXml('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlRestart w:val="1"/></w:lvl>'),
  '_rels/.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
};

function docxMutant() {
  const zip = new PizZip();
  const names = Object.keys(parts);
  const victim = names[pick(names.length)];
  for (const n of names) zip.file(n, n === victim ? mutate(mutate(parts[n])) : parts[n]);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

const dir = mkdtempSync(join(tmpdir(), 'kehoach-fuzz-'));
writePdf(join(dir, 'base.pdf'), [{ content: deflateRepeated(PDF_TEXT, 1) }, { content: deflateRepeated(PDF_TEXT, 2) }]);
const pdf = new TextDecoder('latin1').decode(readFileSync(join(dir, 'base.pdf')));
rmSync(dir, { recursive: true, force: true });
/** A PDF with its objects' text mutated (stream bytes left as they are, so the content still inflates or not). */
function pdfMutant() {
  const m = mutate(pdf);
  return Uint8Array.from(m, (c) => c.charCodeAt(0) & 0xff);
}

let threw = 0;
let slowest = 0;
const codes = new Map();
for (let i = 0; i < runs; i++) {
  const bytes = kind === 'pdf' ? pdfMutant() : docxMutant();
  const t = performance.now();
  try {
    const r = await readReceived(bytes, { fileName: `fuzz.${kind}` });
    const code = r.diagnostics.find((d) => d.severity === 'error')?.code ?? (r.document ? 'read' : 'nothing');
    codes.set(code, (codes.get(code) ?? 0) + 1);
  } catch (e) {
    threw++;
    if (threw <= 3) console.error(`run ${i} threw:`, e);
  }
  slowest = Math.max(slowest, performance.now() - t);
}
console.log(`${runs} ${kind} mutants (seed ${seedArg}): ${threw} threw, slowest ${(slowest / 1000).toFixed(2)} s; ${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}`);
