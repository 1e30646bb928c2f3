// The diagnostic-code registry: each package owns one table, codes are unique across packages,
// every code is documented in docs/diagnostics.md, every diagnostic carries its package and a range.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers.js';

const { CODE_PACKAGES, diagnosticsPage } = await import('../../scripts/diagnostics-doc.mjs');
const load = (name: string) => import(`@kehoach/${name}`) as Promise<Record<string, unknown>>;

interface Table { source: string; codes: Record<string, { severity: string; vi: string; en: string; example: string }>; create: (...a: unknown[]) => Record<string, unknown> }
const tables: Table[] = [];
for (const name of CODE_PACKAGES as string[]) {
  const own = Object.values(await load(name)).filter((v): v is Table => !!v && typeof v === 'object' && typeof (v as Table).create === 'function' && (v as Table).source === name);
  tables.push(own[0]!);
}

test('every package that reports diagnostics exports exactly one code table of its own', async () => {
  for (const name of CODE_PACKAGES as string[]) {
    const own = Object.values(await load(name)).filter((v) => !!v && typeof v === 'object' && typeof (v as Table).create === 'function' && (v as Table).source === name);
    expect(own, name).toHaveLength(1);
  }
});

test('no code is defined by two packages', () => {
  const seen = new Map<string, string>();
  for (const t of tables) for (const code of Object.keys(t.codes)) {
    expect(seen.get(code), `${code} in ${t.source}`).toBeUndefined();
    seen.set(code, t.source);
  }
  expect(seen.size).toBeGreaterThan(80);
});

test('every code has a Vietnamese message, an English one and a triggering input', () => {
  for (const t of tables) for (const [code, info] of Object.entries(t.codes)) {
    expect(info.example, code).toBeTruthy();
    expect(/[\u0300-\u036f]|đ/i.test(info.vi.normalize('NFD')), code).toBe(true);
    expect(info.en, code).not.toBe(info.vi);
    expect(['error', 'warning', 'info']).toContain(info.severity);
  }
});

test('docs/diagnostics.md is generated from the tables (pnpm docs:codes) and documents each code under its anchor', async () => {
  const page = readFileSync(`${ROOT}docs/diagnostics.md`, 'utf8');
  expect(page).toBe(await diagnosticsPage(load));
  for (const t of tables) for (const code of Object.keys(t.codes)) expect(page).toContain(`### ${code}\n`);
});

test('a diagnostic says which package owns its code, where it ends and where it is explained', () => {
  for (const t of tables) {
    const code = Object.keys(t.codes)[0]!;
    const d = t.create(code, { file: 'x.yaml', path: '/title', line: 3, column: 8 }, { detail: 'd', detailEn: 'd' });
    expect(d).toMatchObject({ source: t.source, code, file: 'x.yaml', path: '/title', line: 3, column: 8, endLine: 3, endColumn: 8 });
    expect(d.url).toBe(`https://github.com/kehoach/kehoach/blob/main/docs/diagnostics.md#${code.toLowerCase()}`);
  }
});
