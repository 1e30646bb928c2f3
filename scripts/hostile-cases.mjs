// The cases of `pnpm probe:hostile` (issue 23). Each: `what` it is, a `setup(dir)` that writes its
// input into a temporary folder and returns what the command needs, the `command` (argv; `node`
// is this Node) run in that folder, the `output` file whose presence is reported, and an optional
// `note(stdout, stderr)` that reads the answer of a case that prints its own summary.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PDF_TEXT, PLAN_HEAD, deflateRepeated, documentXml, numbered, numberingXml, para, writeDocx, writePdf, writeZip, zeroImage } from './hostile-files.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const CLI = `${root}packages/cli/dist/kehoach.mjs`;
const SERVICE = `${root}scripts/hostile-service.mjs`;
const IMPORT = `${root}scripts/hostile-import.mjs`;
const FUZZ = `${root}scripts/hostile-fuzz.mjs`;
const cli = (...args) => ['node', CLI, ...args];

/** A valid plan whose period and tasks are chosen by the case. */
export function plan({ period = '{ year: 2026 }', tasks = ['{ id: t1, text: Làm việc một., lead: cong-an, time: { by: 2026-05-01 } }'], place = 'A', symbol } = {}) {
  return [
    'schemaVersion: 2',
    `issuer: { name: Ủy ban nhân dân xã A, abbreviation: UBND, place: ${place}, agency: ubnd-xa }`,
    'number: 1',
    ...(symbol ? [`symbol: ${symbol}`] : []),
    'date: 2026-01-02',
    'title: Kế hoạch thử',
    `period: ${period}`,
    'agencies:',
    '  ubnd-xa: { name: Ủy ban nhân dân xã A, level: xa, kind: ubnd, organId: 000.00.00.H01 }',
    '  cong-an: { name: Công an xã, level: xa, organId: 000.00.00.H02 }',
    'recipients: { to: [{ agency: cong-an }], archive: VT }',
    'signature: { titles: [CHỦ TỊCH], name: Nguyễn Văn A }',
    'body:',
    '  - title: NHIỆM VỤ',
    '    role: tasks',
    '    items:',
    '      - tasks:',
    '          groups:',
    ...tasks.flatMap((t, i) => [...(i % 200 === 0 ? [`            - title: Nhóm ${i / 200 + 1}`, '              tasks:'] : []), `                - ${t}`]),
    '',
  ].join('\n');
}

const WEEKLY = '{ id: t1, text: Họp giao ban., lead: cong-an, time: { every: week, weekday: 4 } }';
const write = (dir, name, data) => {
  writeFileSync(`${dir}/${name}`, data);
  return name;
};
const docx = (dir, body, parts) => {
  writeDocx(`${dir}/in.docx`, PLAN_HEAD + body, parts);
  return 'in.docx';
};
const tasksBody = Array.from({ length: 5 }, (_, i) => para(`${i + 1}. Rà soát thủ tục hành chính, hoàn thành trước ngày 30/6/2026.`)).join('');

/** Tables nested `depth` deep, each cell a paragraph then the next table. @param {number} depth */
const nestedTables = (depth) => tasksBody + `<w:tbl><w:tr><w:tc>${para('Nội dung.')}`.repeat(depth) + para('x') + '</w:tc></w:tr></w:tbl>'.repeat(depth) + para('x');

/** name → case. */
export const CASES = {
  // 1. the service
  'service-bad-target': {
    what: 'GET //[ HTTP/1.1 on a raw socket, then GET /health',
    setup: () => '',
    command: () => ['node', SERVICE, 'bad-target'],
    note: (out) => out.trim(),
  },
  'service-hangup': {
    what: 'a client posts a long job (the XLSX checklist of 10 000 tasks, ~8 s) and hangs up after 1 s; the next request\'s wait',
    setup: () => '',
    command: () => ['node', SERVICE, 'hangup'],
    note: (out) => out.trim(),
  },
  'service-checklist': {
    what: 'POST /checklist?format=ics of a 700-byte plan spanning 1900–2200 with a weekly task',
    setup: () => '',
    command: () => ['node', SERVICE, 'checklist'],
    note: (out) => out.trim(),
  },
  // 2. the checklist
  'checklist-weekly': {
    what: 'kehoach checklist --format ics: a plan 1900–2200 with one weekly task',
    setup: (dir) => write(dir, 'p.yaml', plan({ period: '{ from: 1900, to: 2200 }', tasks: [WEEKLY] })),
    command: (f) => cli('checklist', f, '--format', 'ics', '-o', 'out.ics'),
    output: 'out.ics',
  },
  'checklist-weekly-400': {
    what: 'kehoach checklist --format ics: the same with 400 weekly tasks (a 40 KB plan)',
    setup: (dir) => write(dir, 'p.yaml', plan({ period: '{ from: 1900, to: 2200 }', tasks: Array.from({ length: 400 }, (_, i) => WEEKLY.replace('t1', `t${i}`)) })),
    command: (f) => cli('checklist', f, '--format', 'ics', '-o', 'out.ics'),
    output: 'out.ics',
  },
  // 3. DOCX
  'docx-num-start': {
    what: 'kehoach import: a list level with w:start="1e300" (upper Roman)',
    setup: (dir) => docx(dir, numbered('Rà soát thủ tục.') + tasksBody, { 'word/numbering.xml': numberingXml('<w:lvl w:ilvl="0"><w:start w:val="1e300"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>') }),
    command: (f) => cli('import', f, '-o', 'out.yaml'),
    output: 'out.yaml',
  },
  'docx-num-ilvl': {
    what: 'kehoach import: a list with a level w:ilvl="4294967294"',
    setup: (dir) => docx(dir, numbered('Rà soát thủ tục.') + tasksBody, { 'word/numbering.xml': numberingXml('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="4294967294"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>') }),
    command: (f) => cli('import', f, '-o', 'out.yaml'),
    output: 'out.yaml',
  },
  'zip-lying-size': {
    what: 'kehoach import: document.xml declares 2 KB and inflates to 1 GB (a ~1 MB file)',
    setup: (dir) => {
      writeZip(`${dir}/in.docx`, [
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'word/document.xml', prefix: documentXml(PLAN_HEAD).replace('<w:sectPr/></w:body></w:document>', ''), repeat: ' '.repeat(1024), times: 1024 * 1024, suffix: '<w:sectPr/></w:body></w:document>', declared: 2048 },
      ]);
      return 'in.docx';
    },
    command: (f) => cli('import', f, '-o', 'out.yaml'),
    output: 'out.yaml',
  },
  'docx-paragraphs': {
    what: 'kehoach import: 1 000 000 paragraphs',
    setup: (dir) => {
      writeZip(`${dir}/in.docx`, [
        { name: 'word/document.xml', prefix: documentXml(PLAN_HEAD).replace('<w:sectPr/></w:body></w:document>', ''), repeat: '<w:p><w:r><w:t>a</w:t></w:r></w:p>', times: 1_000_000, suffix: '<w:sectPr/></w:body></w:document>' },
      ]);
      return 'in.docx';
    },
    command: (f) => cli('import', f, '-o', 'out.yaml'),
    output: 'out.yaml',
  },
  'docx-nested-tables': {
    what: 'kehoach import: tables nested 300 deep, a paragraph in each cell at every depth (13 KB)',
    setup: (dir) => docx(dir, nestedTables(300)),
    command: (f) => cli('import', f, '-o', 'out.yaml'),
    output: 'out.yaml',
  },
  'check-nested-tables': {
    what: 'kehoach check: the same file',
    setup: (dir) => docx(dir, nestedTables(300)),
    command: (f) => cli('check', f),
  },
  'docx-rels': {
    what: 'kehoach import: _rels/.rels of 320 KB of Target="…" with no closing >',
    setup: (dir) => docx(dir, tasksBody, { '_rels/.rels': '<Relationships><Relationship ' + 'Target="a" '.repeat(30_000) }),
    command: (f) => cli('import', f, '-o', 'out.yaml'),
    output: 'out.yaml',
  },
  // text
  'text-lines': {
    what: 'kehoach import: 40 000 lines that each continue the line above (0.5 MB)',
    setup: (dir) => write(dir, 'in.txt', 'KẾ HOẠCH\nthực hiện\n' + 'việc làm tiếp theo của xã\n'.repeat(40_000)),
    command: (f) => cli('import', f, '-o', 'out.yaml'),
    output: 'out.yaml',
  },
  'text-lines-marked': {
    what: 'kehoach import: 40 000 continued lines, each with a * (emphasis marks)',
    setup: (dir) => write(dir, 'in.txt', 'KẾ HOẠCH\nthực hiện\n' + 'việc *làm tiếp theo\n'.repeat(40_000)),
    command: (f) => cli('import', f, '-o', 'out.yaml'),
    output: 'out.yaml',
  },
  // 4. PDF
  'pdf-image-bomb': {
    what: 'importPlan: one page of text with a 30 000 × 30 000 gray image drawn (900 MB of samples, ~1 MB file)',
    setup: (dir) => {
      writePdf(`${dir}/in.pdf`, [{ content: deflateRepeated(PDF_TEXT + 'q 500 0 0 500 0 0 cm /Im0 Do Q\n', 1), images: [{ width: 30_000, height: 30_000, data: zeroImage(30_000, 30_000) }] }]);
      return 'in.pdf';
    },
    command: (f) => ['node', IMPORT, f],
    note: (out) => out.trim(),
  },
  'pdf-content-bomb': {
    what: 'importPlan: one page whose content stream inflates to 600 MB of text operators (~1 MB file)',
    setup: (dir) => {
      writePdf(`${dir}/in.pdf`, [{ content: deflateRepeated('BT /F1 1 Tf 10 10 Td (a) Tj ET\n'.repeat(1024), 20_000, PDF_TEXT) }]);
      return 'in.pdf';
    },
    command: (f) => ['node', IMPORT, f],
    note: (out) => out.trim(),
  },
  'pdf-path-bomb': {
    what: 'importPlan: one page of text and 100 M path operators (inflates to 600 MB)',
    setup: (dir) => {
      writePdf(`${dir}/in.pdf`, [{ content: deflateRepeated('0 0 m\n'.repeat(5_000), 20_000, PDF_TEXT) }]);
      return 'in.pdf';
    },
    command: (f) => ['node', IMPORT, f],
    note: (out) => out.trim(),
  },
  'pdf-hex-flate-bomb': {
    what: 'kehoach import --time-limit 5: the path bomb as /Filter [/ASCIIHexDecode /FlateDecode] (counted after the hex filter is undone: IMPORT_PDF_TOO_COMPLEX)',
    setup: (dir) => {
      const flate = deflateRepeated('0 0 m\n'.repeat(5_000), 20_000, PDF_TEXT);
      writePdf(`${dir}/in.pdf`, [{ filter: '[/ASCIIHexDecode /FlateDecode]', content: Buffer.from(flate.toString('hex') + '>', 'latin1') }]);
      return 'in.pdf';
    },
    command: (f) => cli('import', f, '-o', 'out.yaml', '--time-limit', '5'),
    output: 'out.yaml',
  },
  // 5. outputs carry text as text
  'markdown-place': {
    what: 'kehoach render --format md: issuer.place with a heading, <img onerror> and a javascript: link',
    setup: (dir) => write(dir, 'p.yaml', plan({ place: JSON.stringify('A\n# Tiêu đề giả <img src=x onerror=alert(1)> [bấm](javascript:alert(1))') })),
    command: (f) => cli('render', f, '--format', 'md', '-o', 'out.md'),
    output: 'out.md',
    note: (_o, _e, dir) => markdownNote(dir),
  },
  'edxml-attachment': {
    what: 'POST /export?format=edxml: a symbol with path characters (..\\..\\evil.exe::$DATA) names the attachment',
    setup: () => '',
    command: () => ['node', SERVICE, 'export'],
    note: (out) => out.trim(),
  },
  // 6. outputs never collide; the code cache runs only the user's own code
  'render-same-name': {
    what: 'kehoach render a/x.yaml b/x.yaml --out-dir d: two plans, one output name',
    setup: (dir) => {
      for (const f of ['a', 'b']) {
        mkdirSync(`${dir}/${f}`);
        write(dir, `${f}/x.yaml`, plan({ place: f === 'a' ? 'A' : 'B' }));
      }
      return '';
    },
    command: () => cli('render', 'a/x.yaml', 'b/x.yaml', '--out-dir', 'd', '-f', 'md'),
    output: 'd',
  },
  'clone-same-name': {
    what: 'kehoach clone --units u --out-dir d: profiles x.yaml and X.yml (one output name)',
    setup: (dir) => {
      writeFileSync(`${dir}/p.yaml`, readFileSync(`${root}examples/tuyen-quang-2025-30-7.yaml`));
      mkdirSync(`${dir}/u`);
      const unit = readFileSync(`${root}examples/units/xa-minh-xuan.yaml`, 'utf8');
      writeFileSync(`${dir}/u/x.yaml`, unit);
      writeFileSync(`${dir}/u/X.yml`, unit);
      return 'p.yaml';
    },
    command: (f) => cli('clone', f, '--units', 'u', '--out-dir', 'd'),
    output: 'd',
  },
  'cache-shared-parent': {
    what: 'code cache in a folder others may write to (0777, not sticky), the user\'s own 0700 cache folder inside',
    setup: (dir) => {
      mkdirSync(`${dir}/shared`);
      chmodSync(`${dir}/shared`, 0o777);
      mkdirSync(`${dir}/shared/kehoach`, { mode: 0o700 });
      return write(dir, 'p.yaml', plan());
    },
    command: (f, dir) => ['env', `KEHOACH_CACHE_DIR=${dir}/shared`, process.execPath, CLI, 'render', f, '-f', 'md', '-o', 'p.md'],
    note: (_o, _e, dir) => (readdirSync(`${dir}/shared/kehoach`).length ? `cache USED: ${readdirSync(`${dir}/shared/kehoach`).join(' ')}` : 'cache not used (nothing read or written)'),
  },
  // fuzz, fixed seeds: the next round starts from them
  'fuzz-docx': {
    what: 'readReceived of 300 DOCX mutants (document, numbering, rels; seed 23)',
    setup: () => '',
    command: () => ['node', FUZZ, 'docx', '300', '23'],
    note: (out) => out.trim(),
  },
  'fuzz-pdf': {
    what: 'readReceived of 150 PDF mutants (objects; seed 23)',
    setup: () => '',
    command: () => ['node', FUZZ, 'pdf', '150', '23'],
    note: (out) => out.trim(),
  },
};

function markdownNote(dir) {
  if (!existsSync(`${dir}/out.md`)) return '';
  const md = readFileSync(`${dir}/out.md`, 'utf8');
  const bad = [/(^|[^\\])<img/.test(md) && 'raw <img>', /(^|[^\\])\]\(javascript:/.test(md) && 'javascript: link', /^#+ Tiêu đề giả/m.test(md) && 'a heading'].filter(Boolean);
  return bad.length ? `GOT THROUGH: ${bad.join(', ')}` : 'text stays text';
}

