import { describe, expect, test } from 'vitest';
import PizZip from 'pizzip';
import { loadPlan, normalise, type Plan } from '@kehoach/core';
import { defaultTemplate, renderDocx, TEMPLATE_LIMITS } from '@kehoach/render-docx';
import { withoutDoctype } from '../../packages/render-docx/src/open-template.js';
import { renderMarkdown, renderText } from '@kehoach/render-text';
import { deriveChecklist, toCsv, toIcs } from '@kehoach/checklist';
import { loadExample } from '../helpers.js';
import { openDocx } from '../render/docx-helpers.js';
import { MINIMAL } from './minimal-plan.js';

// Issue 10, items 4, 7 (template tags), 8 (templates), 13 and 14 (XML_INVALID_CHAR).

const plan = loadExample('tuyen-quang-2025-30-7');
const withZip = (f: (zip: PizZip) => void): Uint8Array => {
  const zip = new PizZip(defaultTemplate());
  f(zip);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' }) as Uint8Array;
};
const editDocument = (f: (xml: string) => string) => withZip((z) => z.file('word/document.xml', f(z.file('word/document.xml')!.asText())));
const codes = (template: Uint8Array) => renderDocx(plan, { template }).diagnostics.map((d) => d.code);

describe('item 4: raw tags may only carry XML the engine built', () => {
  test.each([
    ['{@title}', (x: string) => x.replace('{title}', '{@title}')],
    ['{@issuer}', (x: string) => x.replace('{issuer}', '{@issuer}')],
    // The line after {#recipients} holds {.} alone in its paragraph: docxtemplater itself accepts {@.} there.
    ['{@.} inside the recipients loop', (x: string) => x.replace(/(\{#recipients\}[\s\S]*?)\{\.\}/, '$1{@.}')],
  ])('%s is refused', (_name, edit) => {
    const template = editDocument(edit);
    const r = renderDocx(plan, { template, file: 'mau.docx' });
    expect(r.docx).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toContain('TEMPLATE_TAG_MISUSED');
    expect(r.diagnostics.find((d) => d.code === 'TEMPLATE_TAG_MISUSED')!.message).toMatch(/XML thô/);
  });

  test('a plan whose title is Word XML stays text with the bundled tags', () => {
    const evil = '</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>INCLUDEPICTURE http://evil.example/x.png</w:instrText></w:r><w:r><w:t>';
    const p = loadPlan(MINIMAL.replace('title: Kế hoạch thử', `title: ${JSON.stringify(evil)}`)).plan!;
    const xml = openDocx(renderDocx(p).docx!).text('word/document.xml');
    expect(xml).not.toContain('<w:instrText>');
    expect(xml).toContain('INCLUDEPICTURE http://evil.example/x.png');
  });

  test('{body} without @ is refused too (it would print XML as text)', () => {
    expect(codes(editDocument((x) => x.replace('{@body}', '{body}')))).toContain('TEMPLATE_TAG_MISUSED');
  });
});

describe('item 7: template tags are own properties', () => {
  test.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('{%s} is an unknown tag', (tag) => {
    expect(codes(editDocument((x) => x.replace('{numberLine}', `{numberLine}{${tag}}`)))).toEqual(['TEMPLATE_UNKNOWN_TAG']);
  });
});

/** A template with one extra entry, written raw (so its declared sizes can be set). */
function zipWith(extra: { name: string; data: Uint8Array; declared?: number }): Uint8Array {
  const bytes = Buffer.from(withZip((z) => z.file(extra.name, 'PLACEHOLDER')));
  // Replace the placeholder entry by hand: simplest is to rebuild with PizZip and patch sizes.
  const zip = new PizZip(bytes);
  zip.file(extra.name, extra.data);
  const out = Buffer.from(zip.generate({ type: 'uint8array', compression: 'DEFLATE' }) as Uint8Array);
  if (extra.declared !== undefined) {
    // Lie about the uncompressed size in the local header (offset 22) and the central directory (24).
    const name = Buffer.from(extra.name);
    for (let i = 0; i < out.length - 4; i++) {
      const sig = out.readUInt32LE(i);
      if (sig === 0x04034b50 && out.subarray(i + 30, i + 30 + name.length).equals(name)) out.writeUInt32LE(extra.declared, i + 22);
      if (sig === 0x02014b50 && out.subarray(i + 46, i + 46 + name.length).equals(name)) out.writeUInt32LE(extra.declared, i + 24);
    }
  }
  return new Uint8Array(out);
}

describe('item 8: a template is opened within limits', () => {
  test('a zip bomb (an entry far more compressed than any document) is refused from the directory', () => {
    const r = renderDocx(plan, { template: zipWith({ name: 'word/media/bomb.bin', data: new Uint8Array(40 * 1024 * 1024) }) });
    expect(r.diagnostics.map((d) => [d.code, d.messageEn])).toEqual([['TEMPLATE_INVALID', expect.stringMatching(/compression ratio/)]]);
  });

  test('an entry that inflates past the size it declares is refused while inflating', () => {
    const r = renderDocx(plan, { template: zipWith({ name: 'word/media/lie.bin', data: new Uint8Array(900 * 1024), declared: 1000 }) });
    expect(r.diagnostics.map((d) => [d.code, d.messageEn])).toEqual([['TEMPLATE_INVALID', expect.stringMatching(/inflates past its declared size/)]]);
  });

  test('too many entries, too large a file', () => {
    const many = withZip((z) => {
      for (let i = 0; i <= TEMPLATE_LIMITS.maxEntries; i++) z.file(`customXml/x${i}.xml`, '<a/>');
    });
    expect(renderDocx(plan, { template: many }).diagnostics[0]!.messageEn).toMatch(/too many entries/);
    const big = new Uint8Array(TEMPLATE_LIMITS.maxBytes + 1);
    expect(renderDocx(plan, { template: big }).diagnostics[0]!.messageEn).toMatch(/too large/);
  });

  test('entries named ../ are dropped; DOCTYPEs and their entities are removed from every XML part', () => {
    const template = withZip((z) => {
      z.file('../../evil.sh', 'echo pwned');
      const styles = z.file('word/styles.xml')!.asText();
      z.file('word/styles.xml', styles.replace('?>', '?><!DOCTYPE w:styles [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').replace('</w:styles>', '<!-- &xxe; --></w:styles>'));
    });
    const r = renderDocx(plan, { template });
    expect(r.diagnostics).toEqual([]);
    const out = openDocx(r.docx!);
    expect(Object.keys(out.zip.files).filter((n) => n.includes('..'))).toEqual([]);
    expect(out.text('word/styles.xml')).not.toMatch(/DOCTYPE|ENTITY|&xxe;/);
  });

  test('withoutDoctype keeps the predefined entities and character references', () => {
    expect(withoutDoctype('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;&amp;&#65;&#x42;&lt;</a>')).toBe('<a>&amp;&#65;&#x42;&lt;</a>');
    expect(withoutDoctype('<a>&amp;</a>')).toBe('<a>&amp;</a>');
  });
});

describe('item 13: NUL and other control characters never reach an output; bidi controls are warned about', () => {
  const yaml = MINIMAL.replace('title: Kế hoạch thử', `title: ${JSON.stringify('Kế hoạch\u0000 thử \u0007')}`)
    .replace('text: Làm việc một.', `text: ${JSON.stringify('Tải tệp \u202Egnp.exe về máy.')}`);
  const { plan: p, diagnostics } = loadPlan(yaml);

  test('one warning for each, at the value that holds it', () => {
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['TEXT_CONTROL_CHAR', 5, 8, expect.stringMatching(/Đã bỏ 2 ký tự điều khiển .*U\+0000/)],
      ['TEXT_BIDI_CONTROL', 17, 35, expect.stringMatching(/1 ký tự đảo chiều chữ .*U\+202E/)],
    ]);
  });

  test('no output has a NUL byte', () => {
    const c = deriveChecklist(p!).checklist;
    for (const out of [renderMarkdown(p!), renderText(p!), toCsv(c), toIcs(c), JSON.stringify(c)]) {
      expect(out).not.toMatch(/[\u0000\u0007]/);
    }
    expect(Buffer.from(renderDocx(p!).docx!).includes(0)).toBe(true); // zip headers have zeros…
    expect(openDocx(renderDocx(p!).docx!).text('word/document.xml')).not.toMatch(/[\u0000\u0007]/); // …the text has none
  });
});

describe('item 14: XML_INVALID_CHAR points at the plan, not at the template', () => {
  test('a plan built in code with a control character: the warning names the plan line', () => {
    const loaded = loadPlan(MINIMAL, { file: 'ke-hoach.yaml' }).plan!;
    const input = JSON.parse(JSON.stringify(loaded.input).replace('Làm việc một.', 'Làm\\u0007 việc.')) as typeof loaded.input;
    const built: Plan = normalise(input, loaded.source);
    const d = renderDocx(built, { file: 'mau.docx' }).diagnostics;
    expect(d.map((x) => [x.code, x.file, x.line, x.column])).toEqual([['XML_INVALID_CHAR', 'ke-hoach.yaml', 17, 35]]);
  });
});
