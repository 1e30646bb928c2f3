import { expect, test } from 'vitest';
import { RULE_IDS } from 'kehoach';
import { RULE_TITLES, ruleTag } from '../src/rule-titles.js';

// Every rule of the checker has its Vietnamese name in the studio, and no name is left for a rule that is gone.
test('a Vietnamese name for every rule id of the checker', () => {
  expect(Object.keys(RULE_TITLES).sort()).toEqual([...RULE_IDS].sort());
  expect(ruleTag('misspelling')).toBe('Lỗi chính tả · misspelling');
  expect(ruleTag('portal-own-rule')).toBe('portal-own-rule');
});
