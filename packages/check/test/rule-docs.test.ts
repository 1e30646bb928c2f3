import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadRules } from '@kehoach/check';
import { ruleDoc, rulesTable } from '../src/rule-docs.js';
import { ROOT } from '../../../test/helpers.js';

// docs/rules/<id>.md and the rule table of docs/check.md are generated from the rules' meta
// (`pnpm docs:rules`); these fail while they are out of date.
test('every rule has its current page in docs/rules, and no page is left over', async () => {
  const metas = (await loadRules()).map((r) => r.meta);
  for (const m of metas) {
    const file = `${ROOT}docs/rules/${m.id}.md`;
    expect(existsSync(file), `${m.id}: run pnpm docs:rules`).toBe(true);
    expect(readFileSync(file, 'utf8'), `${m.id}: run pnpm docs:rules`).toBe(ruleDoc(m));
    // the page names the rule (its title) and says whether it fixes, and why not when it does not
    expect(ruleDoc(m)).toContain(`**${m.docs.title!.vi}** — *${m.docs.title!.en}*`);
    if (!m.fixable) expect(ruleDoc(m)).toContain(`không — no. ${m.notFixable!.vi}`);
  }
  expect(readdirSync(`${ROOT}docs/rules`).sort()).toEqual(metas.map((m) => `${m.id}.md`).sort());
});

test('the rule table of docs/check.md is current', async () => {
  const metas = (await loadRules()).map((r) => r.meta);
  const page = readFileSync(`${ROOT}docs/check.md`, 'utf8');
  expect(page).toContain(`<!-- rules:start -->\n${rulesTable(metas, 'rules/')}\n<!-- rules:end -->`);
});
