// The Nghị định 30 conventions are written once, in packages/nd30: numbering sequences, dates and
// their validity, time words, citations, attribution wording, tone-mark placement. This test scans
// every package's sources for the tell-tale tables of a second implementation and fails when one
// appears outside nd30. Each tell-tale is checked against a line of a copy it stands for (the copies
// issue 19 removed), so a pattern that no longer catches anything fails too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers.js';

/** Files allowed to keep a table of their own: none. */
const ALLOWED = new Set<string>();

const TELL_TALES: Array<{ what: string; pattern: RegExp; example: string }> = [
  { what: 'the letters of điểm (a, b, c, d, đ …)', pattern: /a['",\s]*b['",\s]*c['",\s]*d['",\s]*đ/u, example: `const LETTERS = 'abcdđeghiklmnopqrstuvxy';` },
  { what: 'a Roman numeral table', pattern: /\[\s*1000\s*,\s*['"]M['"]\s*\]|\bI:\s*1\s*,\s*V:\s*5\b/u, example: `const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };` },
  { what: 'a quarter pattern (IV|III|II|I)', pattern: /\((?:\?:)?IV\|III\|II\|I\b/u, example: 'm = /[Qq]uý\\s*(IV|III|II|I|[1-4])\\s*(?:\\/|năm\\s*)(\\d{4})/u.exec(t);' },
  { what: 'a quarter table { I: 1, II: 2 … }', pattern: /\bI:\s*1\s*,\s*II:\s*2\b/u, example: `const ROMAN_Q: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };` },
  { what: 'a days-in-month table', pattern: /\[\s*31\s*,\s*2[89]\s*,\s*31\b/u, example: 'const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];' },
  {
    what: 'a last day of the month or a date validity of its own',
    pattern: /Date\.UTC\([^)]*,\s*0\)\)\.getUTCDate|getUTCDate\(\)\s*[!=]==|\.date\(\)\s*===\s*day\b/u,
    example: 'const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();',
  },
  { what: 'a tone-placement table (uỷ → ủy, oà → òa)', pattern: /[uU]ỷ['"]?\s*[:,]\s*['"][ủỦ]y['"]|o[àáảãạ]['"]?\s*[:,]\s*['"][òóỏõọ]a['"]/u, example: `['uỷ', 'ủy'], ['Uỷ', 'Ủy'], ['oà', 'òa'],` },
  { what: 'a tone-placement character class', pattern: /o\[àáảãạ\]|u\[ỳýỷỹỵ\]|\[Uu\]\[ỷỹỵýỳ\]|\[ỦủŨũỤụÚúÙù\]|\[òóỏõọ\]a/u, example: '.replace(/o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ]/gu, (m) => OLD_TONES[m] ?? m)' },
  { what: 'a table of weekdays', pattern: /['"]thứ hai['"]\s*:|['"]thứ Hai['"],\s*['"]thứ Ba['"]|['"]Thứ Hai['"],\s*['"]Thứ Ba['"]/u, example: `const WEEKDAYS: Record<string, number> = { 'chủ nhật': 0, 'thứ hai': 1, 'thứ ba': 2 };` },
  { what: 'recurrence words (Hằng tuần, 6 tháng một lần)', pattern: /['"]Hằng tuần['"]|['"]6 tháng một lần['"]/u, example: `const EVERY = { week: 'Hằng tuần', month: 'Hằng tháng' } as const;` },
  { what: 'a list of document types', pattern: /['"]Nghị quyết liên tịch['"]\s*,\s*['"]Nghị quyết['"]/u, example: `'Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh', 'Nghị quyết liên tịch', 'Nghị quyết', 'Nghị định',` },
  { what: 'the words agency names start with', pattern: /\(Sở\|Công an\|Ủy ban/u, example: 'export const HEAD = /^(Sở|Công an|Ủy ban|Uỷ ban|UBND)(?![\\p{L}])/u;' },
  { what: 'the labels of labelled lines', pattern: /Đơn vị chủ trì\(\?:|lead:\s*['"]Đơn vị chủ trì['"]/u, example: `  lead: 'Đơn vị chủ trì',` },
  { what: 'a citation printer of its own', pattern: /s \+= ` số \$\{r\.number\}`/u, example: '  if (r.number) s += ` số ${r.number}`;' },
];

/** The TypeScript sources of every package but nd30 (generated files left out). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', 'dist', 'generated'].includes(e.name) ? [] : sources(p);
    return /\.(ts|mts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

test('each tell-tale catches the copy it stands for', () => {
  for (const t of TELL_TALES) expect(t.pattern.test(t.example), t.what).toBe(true);
});

test('no package but @kehoach/nd30 has a second implementation of a Nghị định 30 convention', () => {
  const packages = readdirSync(`${ROOT}packages`, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'nd30' && existsSync(`${ROOT}packages/${d.name}/src`));
  const files = packages.flatMap((d) => sources(`${ROOT}packages/${d.name}/src`).map((f) => relative(ROOT, f))).filter((f) => !ALLOWED.has(f));
  expect(files.length).toBeGreaterThan(100);
  const found: string[] = [];
  for (const f of files) {
    readFileSync(`${ROOT}${f}`, 'utf8').split('\n').forEach((line, i) => {
      for (const t of TELL_TALES) if (t.pattern.test(line)) found.push(`${f}:${i + 1}: ${t.what}: ${line.trim().slice(0, 120)}`);
    });
  }
  expect(found).toEqual([]);
});

test('nd30 holds each convention (the scan looks at the right words)', () => {
  const nd30 = sources(`${ROOT}packages/nd30/src`).map((f) => readFileSync(f, 'utf8')).join('\n');
  const held = TELL_TALES.filter((t) => t.pattern.test(nd30)).map((t) => t.what);
  expect(held).toEqual(expect.arrayContaining([
    // (issue 20: nd30 reads a quarter's numeral with romanValue; its received rules keep no quarter table of their own)
    'the letters of điểm (a, b, c, d, đ …)', 'a Roman numeral table', 'a quarter pattern (IV|III|II|I)',
    'recurrence words (Hằng tuần, 6 tháng một lần)', 'a list of document types', 'the words agency names start with', 'a citation printer of its own',
  ]));
});
