#!/usr/bin/env node
// Writes docs/rules/<id>.md for every rule from its meta, and the rule table between the markers
// of docs/check.md (`<!-- rules:start -->` … `<!-- rules:end -->`), for the rules of both phases (load: core,
// content: check). Run by `pnpm docs:rules`;
// packages/check/test/rule-docs.test.ts fails when a page or the table is out of date.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRules } from '../dist/index.js';
import { ruleDoc, rulesTable } from '../dist/rule-docs.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const metas = (await loadRules()).map((r) => r.meta);
const dir = root + 'docs/rules/';
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(dir)) if (f.endsWith('.md') && !metas.some((m) => `${m.id}.md` === f)) rmSync(dir + f);
for (const m of metas) writeFileSync(dir + `${m.id}.md`, ruleDoc(m));
const page = readFileSync(root + 'docs/check.md', 'utf8');
const next = page.replace(/(<!-- rules:start -->)[\s\S]*?(<!-- rules:end -->)/, `$1\n${rulesTable(metas, 'rules/')}\n$2`);
writeFileSync(root + 'docs/check.md', next);
console.log(`${metas.length} rules → docs/rules/, the table of docs/check.md`);
