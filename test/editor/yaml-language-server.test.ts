// Issue 14: what a clerk sees in VS Code (or any editor with yaml-language-server): the real server,
// spawned over stdio and spoken to in LSP JSON-RPC, reads schemas/plan.schema.json for a real example
// and shows the schema's Vietnamese help on hover and completion, offers the snippets, and marks a bad
// value. The schema store is off and the schema is a file:// URL, so nothing is fetched.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.js';
import { LspClient } from './lsp-client.js';

const SERVER = `${ROOT}node_modules/yaml-language-server/bin/yaml-language-server`;
const SCHEMA_URL = pathToFileURL(`${ROOT}schemas/plan.schema.json`).href;
const EXAMPLE = `${ROOT}examples/dak-lak-2026-pho-bien-phap-luat.yaml`;
const EXAMPLE_URI = pathToFileURL(EXAMPLE).href;
const text = readFileSync(EXAMPLE, 'utf8');
const lines = text.split('\n');

/** The settings VS Code's YAML extension would send: our schema for `*.kehoach.yaml`, no schema store. */
const SETTINGS = {
  yaml: {
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemaStore: { enable: false },
    schemas: { [SCHEMA_URL]: ['*.kehoach.yaml', '*.kehoach.yml'] },
  },
};

interface Diagnostic { range: { start: { line: number; character: number } }; message: string; severity?: number }
interface Hover { contents: { kind: string; value: string } }
interface CompletionItem { label: string; kind?: number; insertText?: string; insertTextFormat?: number; documentation?: string | { kind: string; value: string } }

const doc = (d: CompletionItem['documentation']): string => (typeof d === 'string' ? d : d?.value ?? '');
/** Line and column (0-based) of `needle` on the first line at or after `from` that has it. */
function find(needle: string, from = 0): { line: number; character: number } {
  const line = lines.findIndex((l, i) => i >= from && l.includes(needle));
  if (line < 0) throw new Error(`not in the example: ${needle}`);
  return { line, character: lines[line]!.indexOf(needle) };
}

let server: LspClient;
let version = 0;

/** Opens a document and waits for the server's diagnostics of it. */
async function open(uri: string, content: string): Promise<Diagnostic[]> {
  const published = server.waitFor<{ uri: string; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri === uri);
  server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++version, text: content } });
  return (await published).diagnostics;
}

beforeAll(async () => {
  server = new LspClient(process.execPath, [SERVER, '--stdio'], (method, params) => {
    if (method === 'workspace/configuration') {
      return (params as { items: Array<{ section?: string }> }).items.map((i) => (i.section === 'yaml' ? SETTINGS.yaml : i.section ? null : SETTINGS));
    }
    return null;
  });
  await server.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(ROOT).href,
    workspaceFolders: [{ uri: pathToFileURL(ROOT).href, name: 'kehoach' }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        publishDiagnostics: {},
      },
    },
  });
  server.notify('initialized', {});
  server.notify('workspace/didChangeConfiguration', { settings: SETTINGS });
}, 30_000);

afterAll(async () => {
  await server?.stop();
}, 10_000);

/** Completion items at a place of a document opened under `uri`. */
async function complete(uri: string, content: string, line: number, character: number): Promise<CompletionItem[]> {
  await open(uri, content);
  const r = await server.request<{ items: CompletionItem[] } | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  return Array.isArray(r) ? r : r.items;
}

/** The example with `insert` lines put after line `after`. */
const withLines = (after: number, ...insert: string[]) => [...lines.slice(0, after + 1), ...insert, ...lines.slice(after + 1)].join('\n');
let n = 0;
/** A fresh document beside the example (its modeline still finds ../schemas/plan.schema.json). */
const besideExample = () => EXAMPLE_URI.replace(/\.yaml$/, `-${++n}.yaml`);

describe('yaml-language-server with schemas/plan.schema.json', () => {
  test('a real example, schema from its modeline: no diagnostic', async () => {
    expect(lines[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
    expect(await open(EXAMPLE_URI, text)).toEqual([]);
  }, 20_000);

  test('hover on a task’s lead shows its Vietnamese markdownDescription and examples', async () => {
    const at = find('lead: so-tu-phap', find('- id: pb-van-ban-moi').line);
    const hover = await server.request<Hover>('textDocument/hover', { textDocument: { uri: EXAMPLE_URI }, position: { line: at.line, character: at.character + 1 } });
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toMatch(/^#### Chủ trì \(lead\)\n\nCơ quan \(hoặc người\) \*\*chủ trì\*\*: mã một cơ quan đã khai báo trong `agencies`/);
    expect(hover.contents.value).toContain('```yaml\n- so-noi-vu\n- so-tai-chinh\n```');
    expect(hover.contents.value).not.toContain('The lead agency'); // the English half stays in `description`
  }, 20_000);

  test('hover on an enum value lists the values with their Vietnamese descriptions', async () => {
    const at = find('layout: by-agency');
    const hover = await server.request<Hover>('textDocument/hover', { textDocument: { uri: EXAMPLE_URI }, position: { line: at.line, character: at.character + 'layout: '.length + 1 } });
    expect(hover.contents.value).toContain('* `by-agency`: Nhóm theo cơ quan');
    expect(hover.contents.value).toContain('* `by-theme`: Nhóm theo chủ đề');
  }, 20_000);

  test('completion inside a task offers the task properties with Vietnamese documentation, and the new-task snippet', async () => {
    // A new task after pb-dong-bao-dtts: `- id: moi`, then an empty line at the indentation of its keys.
    const after = find('time: { within: { quarter: 2, year: 2026 } }');
    const items = await complete(besideExample(), withLines(after.line, `${' '.repeat(after.character - 2)}- id: moi`, ' '.repeat(after.character)), after.line + 2, after.character);
    const byLabel = new Map(items.map((i) => [i.label, i]));
    for (const [key, words] of [['lead', '**chủ trì**'], ['support', '**phối hợp**'], ['requested', '**đề nghị**'], ['time', 'Thời gian thực hiện']]) {
      const item = byLabel.get(key);
      expect(item, key).toBeDefined();
      expect(item!.documentation).toMatchObject({ kind: 'markdown' });
      expect(doc(item!.documentation), key).toContain(words);
    }
    expect(byLabel.has('id')).toBe(false); // already there
    const snippet = byLabel.get('Nhiệm vụ mới');
    expect(snippet?.insertTextFormat).toBe(2); // a snippet, with tab stops
    expect(snippet?.insertText).toContain('lead: ${3:ma-co-quan-chu-tri}');
    expect(snippet?.insertText).toContain('before: "${5:2026-12-31}"');
  }, 20_000);

  test('completion in agencies offers the new-agency snippet; in a basis’s references, the new-reference snippet', async () => {
    const agencies = find('agencies:').line;
    const a = await complete(besideExample(), withLines(agencies, '  '), agencies + 1, 2);
    const agency = a.find((i) => i.label === 'Cơ quan mới');
    expect(agency?.insertText).toMatch(/^\$\{1:ma-co-quan\}:\n\s+name: \$\{2:Tên đầy đủ của cơ quan\}\n\s+level: \$\{3\|tinh,huyen,xa,trung-uong,thon\|\}/);
    expect(doc(agency?.documentation)).toContain('Khai báo một cơ quan');

    const refs = find('references:', find('- lead: Thực hiện').line);
    const r = await complete(besideExample(), withLines(refs.line, `${' '.repeat(refs.character + 2)}- `), refs.line + 1, refs.character + 4);
    const reference = r.find((i) => i.label === 'Văn bản được dẫn mới');
    expect(reference?.insertText).toContain('number: ${2:193/QĐ-TTg}');
    expect(reference?.insertText).toContain('date: "${3:2021-02-19}"');
  }, 20_000);

  test('completing an enum value shows each value’s Vietnamese meaning', async () => {
    const agencies = find('agencies:').line;
    const items = await complete(besideExample(), withLines(agencies, '  moi:', '    name: Cơ quan mới', '    level: '), agencies + 3, 11);
    const level = new Map(items.map((i) => [i.label, doc(i.documentation)]));
    expect([...level.keys()].sort()).toEqual(['huyen', 'thon', 'tinh', 'trung-uong', 'xa']);
    expect(level.get('tinh')).toBe('Cấp tỉnh');
    expect(level.get('thon')).toBe('Thôn, tổ dân phố');
  }, 20_000);

  test('completing a date inserts it in double quotes', async () => {
    const date = find('date: "2026-01-09"').line;
    const content = [...lines.slice(0, date), '', ...lines.slice(date + 1)].join('\n');
    const items = await complete(besideExample(), content, date, 0);
    expect(items.find((i) => i.label === 'date')?.insertText).toBe('date: "${1:2025-07-24}"');
  }, 20_000);

  test('a wrong value gets a diagnostic where it is (schema from yaml.schemas, as the SchemaStore entry maps it)', async () => {
    const entry = JSON.parse(readFileSync(`${ROOT}schemas/schemastore-catalog-entry.json`, 'utf8')) as { fileMatch: string[] };
    expect(SETTINGS.yaml.schemas[SCHEMA_URL]).toEqual(entry.fileMatch);
    // No modeline: the file name alone (`*.kehoach.yaml`) brings the schema.
    const bad = text.replace(/^# yaml-language-server:.*\n/, '').replace('so-tu-phap: { name: Sở Tư pháp, level: tinh,', 'so-tu-phap: { name: Sở Tư pháp, level: tinhh,');
    const line = bad.split('\n').findIndex((l) => l.includes('level: tinhh'));
    const diagnostics = await open(pathToFileURL(`${ROOT}examples/ke-hoach-thu.kehoach.yaml`).href, bad);
    expect(diagnostics.map((d) => [d.range.start.line, d.message])).toEqual([[line, expect.stringMatching(/tinh/)]]);
    expect(diagnostics[0]!.range.start.character).toBe(bad.split('\n')[line]!.indexOf('tinhh'));
  }, 20_000);

  test('a value the schema refuses gets the schema’s own Vietnamese message (errorMessage), not the server’s English', async () => {
    const goals = '    items:\n      - >-\n        Đổi mới nội dung, hình thức phổ biến, giáo dục pháp luật theo hướng lấy người dân làm trung tâm; ứng dụng\n        công nghệ số để đưa thông tin pháp luật đến người dân kịp thời, chính xác.';
    const cases: Array<[string, string, string, RegExp]> = [
      ['a list item “- Mục đích: …”', goals, '    items:\n      - Mục đích: Đổi mới nội dung.', /^Một đoạn văn, không để trống\. Đoạn có dấu “: ” \(như “Mục đích: …”\) bị YAML đọc thành cặp khóa–giá trị: đặt cả đoạn trong ngoặc kép/],
      ['a date as people write it', 'date: "2026-01-09"', 'date: 09/01/2026', /^Ngày viết dạng năm-tháng-ngày trong dấu ngoặc kép, ví dụ "2026-03-31"/],
      ['an agency by name', 'lead: so-tu-phap', 'lead: Sở Tư pháp', /^Mã của một cơ quan đã khai báo trong agencies .* không phải tên cơ quan/],
      ['an agency id with diacritics', '  so-tu-phap: {', '  Sở Tư pháp: {', /^Mã: chữ thường không dấu/],
      ['a level with its diacritics', 'level: tinh,', 'level: tỉnh,', /^Chọn một trong: trung-uong \(Trung ương\), tinh \(Cấp tỉnh\), huyen \(Cấp huyện\), xa \(Cấp xã\), thon \(Thôn, tổ dân phố\)\.$/],
      ['schemaVersion 3', 'schemaVersion: 2', 'schemaVersion: 3', /^Tệp theo lược đồ phiên bản 2/],
    ];
    for (const [what, from, to, message] of cases) {
      expect(text.includes(from), what).toBe(true);
      const bad = text.replace(from, to);
      const diagnostics = (await open(besideExample(), bad)).filter((d) => !/^(Implicit|Nested|All mapping)/.test(d.message));
      expect(diagnostics.map((d) => d.message), what).toEqual([expect.stringMatching(message)]);
      expect(diagnostics[0]!.message).not.toMatch(/Incorrect type|does not match|not accepted|RFC3339|must be/);
    }
  }, 30_000);

  test('value completion inside { … } maps as the examples write them (a space before “}”), and the edit keeps the brace', async () => {
    const agencies = find('agencies:').line;
    for (const [line, before] of [
      ['  moi: { name: Cơ quan mới, level:  }', '  moi: { name: Cơ quan mới, level: '],
      ['  moi: { name: Cơ quan mới, level: , kind: ubnd }', '  moi: { name: Cơ quan mới, level: '],
      ['  moi: { name: Cơ quan mới, level: t }', '  moi: { name: Cơ quan mới, level: t'],
    ] as const) {
      const items = await complete(besideExample(), withLines(agencies, line), agencies + 1, before.length);
      expect(items.map((i) => i.label).sort(), line).toEqual(['huyen', 'thon', 'tinh', 'trung-uong', 'xa']);
      const tinh = items.find((i) => i.label === 'tinh') as CompletionItem & { textEdit?: { range: { start: { character: number }; end: { character: number } }; newText: string } };
      const edit = tinh.textEdit!;
      const written = line.slice(0, edit.range.start.character) + edit.newText.replace(/\$\{?\d+\}?/g, '') + line.slice(edit.range.end.character);
      expect(written, line).toMatch(/level: tinh ?(, kind: ubnd )?\}$/);
    }
    const at = find('time: { within: { quarter: 2, year: 2026 } }');
    const time = lines[at.line]!.replace('time: { within: { quarter: 2, year: 2026 } }', 'time: { within: { quarter: 2, year: 2026 }, every:  }');
    const content = [...lines.slice(0, at.line), time, ...lines.slice(at.line + 1)].join('\n');
    const items = await complete(besideExample(), content, at.line, time.indexOf('every: ') + 'every: '.length);
    expect(items.map((i) => i.label)).toEqual(['week', 'month', 'quarter', 'half-year', 'year']);
  }, 30_000);

  test('nothing was fetched: no schema request went to the client, the server never wrote an error', () => {
    expect(server.serverRequests.filter((m) => /content|schema/i.test(m))).toEqual([]);
    expect(server.stderr).toBe('');
  });
});
