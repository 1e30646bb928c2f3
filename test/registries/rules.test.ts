// The rule registry: one list of every rule, of both phases. Each file of the rule folders is a
// registered rule of its phase, each registered rule has its file and its page, ids are unique
// across phases, kinds list only rules that exist, and every rule that is not required applies to
// some built-in kind.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { RULE_IDS, loadRules } from '@kehoach/check';
import { BUILT_IN_KINDS, CORE_CODES, GENERAL_RULES, ruleEntry, ruleIds } from '@kehoach/core';
import { ROOT } from '../helpers.js';

const FOLDERS = { load: `${ROOT}packages/core/src/rules/load`, content: `${ROOT}packages/check/src/rules` } as const;
const files = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, '')).sort();
const metas = (await loadRules()).map((r) => r.meta);

test('every file under the rule folders is a registered rule of its phase, and every registered rule has its file', () => {
  for (const phase of ['load', 'content'] as const) {
    expect(ruleIds(phase), phase).toEqual(files(FOLDERS[phase]));
    for (const id of ruleIds(phase)) expect(existsSync(`${FOLDERS[phase]}/${id}.ts`), id).toBe(true);
  }
  // The load folder's list imports each file once.
  const list = readFileSync(`${FOLDERS.load}/index.ts`, 'utf8');
  for (const id of files(FOLDERS.load)) expect(list.match(new RegExp(`from './${id}\\.js'`, 'g')), id).toHaveLength(1);
});

test('one list: RULE_IDS is every rule of both phases, each id once, and each meta says its id and phase', () => {
  expect(RULE_IDS).toEqual([...ruleIds('load'), ...ruleIds('content')].sort());
  expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  expect(ruleIds('load').filter((id) => ruleIds('content').includes(id))).toEqual([]);
  expect(metas.map((m) => m.id)).toEqual(RULE_IDS);
  for (const m of metas) expect(ruleEntry(m.id)?.phase, m.id).toBe(m.phase);
});

test('every registered rule has its page in docs/rules', () => {
  for (const id of RULE_IDS) expect(existsSync(`${ROOT}docs/rules/${id}.md`), `${id}: run pnpm docs:rules`).toBe(true);
});

test('every rule a built-in kind lists exists and is not required; every rule that is not required applies to some built-in kind', () => {
  const required = new Set(metas.filter((m) => m.required).map((m) => m.id));
  for (const k of BUILT_IN_KINDS) {
    for (const r of k.rules) {
      expect(RULE_IDS, `${k.id}: ${r}`).toContain(r);
      expect(required.has(r), `${k.id} lists ${r}, which always runs`).toBe(false);
    }
  }
  const listed = new Set(BUILT_IN_KINDS.flatMap((k) => k.rules));
  for (const m of metas) if (!m.required) expect(listed.has(m.id), m.id).toBe(true);
  // The shared list is what every built-in kind starts from.
  for (const k of BUILT_IN_KINDS) for (const r of GENERAL_RULES) expect(k.rules, k.id).toContain(r);
});

test('required rules are of the load phase; the load phase keeps the checks of core, each code reported by a rule that names it', () => {
  for (const m of metas) if (m.required) expect(m.phase, m.id).toBe('load');
  const reported = new Map<string, string[]>();
  for (const m of metas) {
    for (const code of m.codes ?? []) {
      expect(Object.keys(CORE_CODES.codes), `${m.id}: ${code}`).toContain(code);
      reported.set(code, [...(reported.get(code) ?? []), m.id]);
    }
  }
  const LOAD_CODES = ['UNKNOWN_AGENCY', 'PERIOD_INVALID', 'UNKNOWN_DOCUMENT_KIND', 'DOCUMENT_INCONSISTENT', 'DRAFT_PARTIAL', 'DRAFT_MARK_ISSUED', 'DUPLICATE_ID', 'TIME_INVALID', 'UNKNOWN_REFERENCE', 'SCHEMA_REQUIRED', 'TABLE_INVALID', 'DATE_INVALID'];
  expect([...reported.keys()].sort()).toEqual([...LOAD_CODES].sort());
  // TYPED_NUMBER is gone: the typed-number rule reports as itself, with a range and a fix.
  expect(Object.keys(CORE_CODES.codes)).not.toContain('TYPED_NUMBER');
  expect(metas.find((m) => m.id === 'typed-number')).toMatchObject({ phase: 'load', fixable: true, severity: 'warning' });
  expect(metas.find((m) => m.id === 'typed-number')!.required).toBeFalsy();
});
