// The document-kind registry: one folder per kind, read by every consumer; no code outside the
// kinds compares a kind's id.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILT_IN_KINDS, documentKinds, exportEdxml, importPlan, loadPlan, planSchema, printDocument, renderDocx } from 'kehoach';
import { ROOT } from '../helpers.js';

const KINDS_DIR = `${ROOT}packages/core/src/kinds`;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' || e.name === 'generated' ? [] : sources(p);
    return /\.(ts|mts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

test('every folder of packages/core/src/kinds is a built-in kind, and every built-in kind has its folder', () => {
  const folders = readdirSync(KINDS_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  expect(BUILT_IN_KINDS.map((k) => k.id).sort()).toEqual(folders);
  expect(documentKinds().slice(0, BUILT_IN_KINDS.length)).toEqual(BUILT_IN_KINDS);
});

test('the schema offers every built-in kind to editors', () => {
  const kind = (planSchema as { properties: { kind: { examples: string[] } } }).properties.kind;
  expect(kind.examples).toEqual(BUILT_IN_KINDS.map((k) => k.id));
});

// Which rules a kind lists, and that every rule applies to some kind: test/registries/rules.test.ts.

test('no code outside the kinds compares a kind id: consumers read the profile', () => {
  const ids = documentKinds().map((k) => k.id.replace(/-/g, '\\-')).join('|');
  const q = `['"\`](?:${ids})['"\`]`;
  const patterns = [new RegExp(`[!=]==?\\s*${q}`), new RegExp(`${q}\\s*[!=]==?`), new RegExp(`case\\s+${q}`), new RegExp(`\\[\\s*${q}\\s*\\]`), new RegExp(`kind\\s*:\\s*${q}`)];
  const files = [...sources(`${ROOT}packages`).filter((f) => /\/src\//.test(f)), ...sources(`${ROOT}examples`)].filter((f) => !f.startsWith(KINDS_DIR));
  const found: string[] = [];
  for (const f of files) {
    readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
      if (patterns.some((p) => p.test(line))) found.push(`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`);
    });
  }
  expect(found).toEqual([]);
});

describe('every built-in kind is handled by every consumer', () => {
  const minimal = (id: string) => {
    const k = BUILT_IN_KINDS.find((x) => x.id === id)!;
    return `schemaVersion: 2
kind: ${id}
issuer: { name: Ủy ban nhân dân tỉnh Tuyên Quang, abbreviation: UBND, place: Tuyên Quang, agency: ubnd }
number: 15
date: "2025-07-24"
${k.symbolPrefix ? '' : 'symbol: UBND-VX\n'}title: Tuyên truyền phòng, chống mua bán người năm 2025
${k.header.addressees === 'required' ? 'addressees: [Công an tỉnh, Sở Y tế]\n' : ''}agencies:
  ubnd: { name: Ủy ban nhân dân tỉnh Tuyên Quang, level: tinh, kind: ubnd, organId: 000.00.00.H57 }
  ca: { name: Công an tỉnh, level: tinh, kind: cong-an, organId: 000.00.13.H57 }
body:
  - title: MỤC ĐÍCH, YÊU CẦU
    items: [ "Nâng cao nhận thức của Nhân dân về phòng, chống mua bán người." ]
signature: { authority: [ { type: TM, of: ỦY BAN NHÂN DÂN } ], titles: [ CHỦ TỊCH ], name: Nguyễn Văn A }
recipients: { to: [ { agency: ca } ], archive: "VT, NC" }
`;
  };
  test.each(BUILT_IN_KINDS.map((k) => [k.id]))('%s: loads, prints its header shape, comes back from its own DOCX, exports its edXML type', async (id) => {
    const k = BUILT_IN_KINDS.find((x) => x.id === id)!;
    const { plan, diagnostics } = loadPlan(minimal(id), { file: `${id}.yaml` });
    expect(diagnostics).toEqual([]);
    const doc = printDocument(plan!);
    if (k.header.typeLine) expect(doc.titleLines[0]).toBe(k.header.typeLine);
    else expect(doc.header.subjectLines).toEqual([`V/v ${plan!.title}`]);
    expect(doc.header.numberLine).toBe(`Số: 15/${k.symbolPrefix ? `${k.symbolPrefix}-UBND` : 'UBND-VX'}`);
    const docx = renderDocx(plan!).docx!;
    const back = await importPlan(docx, { fileName: `${id}.docx` });
    expect(loadPlan(back.yaml!, { file: 'back.yaml' }).plan?.kind).toBe(id);
    expect(exportEdxml(plan!, docx).xml).toContain(`<edXML:Type>${k.edxml.type}</edXML:Type>`);
  });
});
