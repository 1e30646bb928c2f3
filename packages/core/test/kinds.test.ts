import { afterEach, expect, test } from 'vitest';
import { BUILT_IN_KINDS, defineDocumentKind, documentKind, documentKinds, registerDocumentKind, unregisterDocumentKind, type DocumentKindProfile } from '@kehoach/core';
import { hasDocumentKind } from '../src/kinds/index.js';

const base: DocumentKindProfile = {
  id: 'to-trinh-thu', name: 'Tờ trình', form: 'Mẫu 1.4', header: { typeLine: 'TỜ TRÌNH', addressees: 'required' },
  symbolPrefix: 'TTr', body: 'sections', edxml: { type: 2 }, recognise: {}, rules: ['doubled-word'],
};
afterEach(() => unregisterDocumentKind(base.id));

test('a profile is checked and frozen when it is defined', () => {
  const k = defineDocumentKind(base);
  expect(Object.isFrozen(k) && Object.isFrozen(k.header) && Object.isFrozen(k.rules)).toBe(true);
  expect(() => defineDocumentKind({ ...base, id: 'To Trinh' })).toThrow(/lower-case-with-hyphens/);
  expect(() => defineDocumentKind({ ...base, symbolPrefix: 'tt' })).toThrow(/type abbreviation/);
  expect(() => defineDocumentKind({ ...base, header: { addressees: 'none' }, recognise: {} })).toThrow(/V\/v/);
  expect(() => defineDocumentKind({ ...base, rules: ['a', 'a'] })).toThrow(/twice/);
  expect(() => defineDocumentKind({ ...base, edxml: { type: 0 } })).toThrow(/edxml.type/);
});

test('registering adds a kind after the built-ins; unregistering removes it, and brings a replaced built-in back', () => {
  expect(hasDocumentKind(base.id)).toBe(false);
  registerDocumentKind(defineDocumentKind(base));
  expect(documentKinds().map((k) => k.id)).toEqual([...BUILT_IN_KINDS.map((k) => k.id), base.id]);
  expect(documentKind(base.id).symbolPrefix).toBe('TTr');
  unregisterDocumentKind(base.id);
  expect(() => documentKind(base.id)).toThrow(/unknown document kind/);
  registerDocumentKind(defineDocumentKind({ ...BUILT_IN_KINDS[0]!, name: 'Kế hoạch (riêng)' }));
  expect(documentKind('ke-hoach').name).toBe('Kế hoạch (riêng)');
  unregisterDocumentKind('ke-hoach');
  expect(documentKind('ke-hoach')).toBe(BUILT_IN_KINDS[0]);
});
