import { expect, test } from 'vitest';
import PizZip from 'pizzip';
import { defaultTemplate, renderDocx } from '@kehoach/render-docx';
import { loadExample } from '../helpers.js';
import { openDocx } from '../render/docx-helpers.js';
import { FUZZ_ITER, FUZZ_SEED, pick, rng } from './fuzz-env.js';

// Mutated templates — flipped and cut bytes of the zip, and XML parts with random tags, braces,
// DOCTYPEs and entities inserted — never make renderDocx throw: the answer is diagnostics without
// a document, or a document whose every XML part parses and carries no DOCTYPE. 150 of each in CI.

const plan = loadExample('tuyen-quang-2025-30-7');
const base = defaultTemplate();
const XML_PIECES = ['{', '}', '{@title}', '{@body}', '{#x}', '{/x}', '{.}', '{@.}', '{constructor}', '<', '>', '&', '&xxe;', '<!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  '<w:p/>', '</w:t>', '<w:t>', '"', "'", '\u0000', '{title}', '{-w:p x}'];

function check(template: Uint8Array): 'refused' | 'rendered' {
  const r = renderDocx(plan, { template });
  if (!r.docx) {
    expect(r.diagnostics.length).toBeGreaterThan(0);
    return 'refused';
  }
  const out = openDocx(r.docx);
  for (const name of Object.keys(out.zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    expect(out.text(name), name).not.toMatch(/<!DOCTYPE/i);
    out.part(name);
  }
  return 'rendered';
}

test(`${150 * FUZZ_ITER} templates with damaged zip bytes`, () => {
  const r = rng(FUZZ_SEED);
  const seen = { refused: 0, rendered: 0 };
  for (let n = 0; n < 150 * FUZZ_ITER; n++) {
    const bytes = new Uint8Array(base);
    const flips = 1 + Math.floor(r() * 4);
    for (let i = 0; i < flips; i++) bytes[Math.floor(r() * bytes.length)] = Math.floor(r() * 256);
    const cut = r() < 0.2 ? bytes.subarray(0, Math.floor(r() * bytes.length)) : bytes;
    seen[check(cut)]++;
  }
  console.log(`template zip fuzz (seed ${FUZZ_SEED}):`, seen);
  expect(seen.refused).toBeGreaterThan(0);
});

test(`${150 * FUZZ_ITER} templates with mutated XML parts`, () => {
  const r = rng(FUZZ_SEED + 1);
  const seen = { refused: 0, rendered: 0 };
  const parts = ['word/document.xml', 'word/styles.xml', 'word/header1.xml', '[Content_Types].xml'];
  for (let n = 0; n < 150 * FUZZ_ITER; n++) {
    const zip = new PizZip(base);
    const name = pick(r, parts);
    let xml = zip.file(name)!.asText();
    const edits = 1 + Math.floor(r() * 3);
    for (let i = 0; i < edits; i++) {
      const at = Math.floor(r() * xml.length);
      xml = r() < 0.3 ? xml.slice(0, at) + xml.slice(at + 1 + Math.floor(r() * 20)) : xml.slice(0, at) + pick(r, XML_PIECES) + xml.slice(at);
    }
    zip.file(name, xml);
    seen[check(zip.generate({ type: 'uint8array', compression: 'DEFLATE' }) as Uint8Array)]++;
  }
  console.log(`template XML fuzz (seed ${FUZZ_SEED + 1}):`, seen);
  expect(seen.refused).toBeGreaterThan(0);
  expect(seen.rendered).toBeGreaterThan(0);
});
