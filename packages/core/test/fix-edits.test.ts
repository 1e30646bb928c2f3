import { expect, test } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { fixEdit } from '../src/rules/fix-edits.js';
import type { ReportEdit } from '../src/rules/rule.js';

// The structural edits of a fix, written in the style of the value they change: the text after the
// edit is compared whole (comments and layout kept), and the edit's value is what the text parses to.

function edited(text: string, e: ReportEdit): string | undefined {
  const doc = parseDocument(text);
  const edit = fixEdit(doc, text, e);
  if (!edit) return undefined;
  const out = text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
  expect(parse(out) as unknown).toSatisfy((v) => JSON.stringify(pointerValue(v, e.path)) === JSON.stringify(edit.value));
  return out;
}

function pointerValue(v: unknown, path: string): unknown {
  return path.split('/').slice(1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], v);
}

test('an item added to a block list: a new line at the items’ indent, comments after it kept', () => {
  const text = 'recipients:\n  to:\n    - agency: cong-an-tinh # chủ trì\n    - name: Thường trực Tỉnh ủy\n  # lưu\n  archive: VT, NC\n';
  expect(edited(text, { path: '/recipients/to', append: { agency: 'so-y-te' } })).toBe(
    'recipients:\n  to:\n    - agency: cong-an-tinh # chủ trì\n    - name: Thường trực Tỉnh ủy\n    - agency: so-y-te\n  # lưu\n  archive: VT, NC\n',
  );
});

test('an item added to a flow list: before the bracket, in flow style', () => {
  expect(edited('to: [ { agency: a }, { name: Sở Y tế } ] # nơi nhận\n', { path: '/to', append: { agency: 'b' } })).toBe('to: [ { agency: a }, { name: Sở Y tế }, { agency: b } ] # nơi nhận\n');
  expect(edited('to: []\n', { path: '/to', append: 'x' })).toBe('to: [x]\n');
});

test('a key added to a block and a flow mapping', () => {
  expect(edited('window:\n  from:\n    day: 15\n    month: 12 # năm trước\n  to: { day: 14, month: 3 }\n', { path: '/window/from', key: 'previousYear', value: true })).toBe(
    'window:\n  from:\n    day: 15\n    month: 12 # năm trước\n    previousYear: true\n  to: { day: 14, month: 3 }\n',
  );
  expect(edited('from: { day: 15, month: 12 }\n', { path: '/from', key: 'previousYear', value: true })).toBe('from: { day: 15, month: 12, previousYear: true }\n');
  expect(edited('title: A\n', { path: '', key: 'recipients', value: { to: [{ agency: 'a' }], archive: 'VT' } })).toBe('title: A\nrecipients: { to: [ { agency: a } ], archive: VT }\n');
  // a key already there is not added twice
  expect(edited('from: { day: 15 }\n', { path: '/from', key: 'day', value: 1 })).toBeUndefined();
});

test('a value replaced: a string quoted when it must be, a block mapping by block lines; never over a comment', () => {
  expect(edited('lead: so-y-tee # sai\n', { path: '/lead', text: 'so-y-te' })).toBe('lead: so-y-te # sai\n');
  expect(edited('x: "a"\n', { path: '/x', text: 'b: c' })).toBe('x: "b: c"\n');
  expect(edited('to:\n  - name: Công an tỉnh\n    purpose: để biết\n  - agency: b\n', { path: '/to/0', set: { agency: 'a', purpose: 'để biết' } })).toBe(
    'to:\n  - agency: a\n    purpose: để biết\n  - agency: b\n',
  );
  expect(edited('to:\n  - name: Công an tỉnh # giữ\n    purpose: để biết\n', { path: '/to/0', set: { agency: 'a' } })).toBeUndefined();
  expect(edited('to:\n  - name: Công an tỉnh # giữ\n  - agency: b\n', { path: '/to/0', set: { agency: 'a' } })).toBe('to:\n  - agency: a # giữ\n  - agency: b\n');
});

test('a span of a string: only where the words in the source are the string’s own', () => {
  expect(edited('d: 2024-07-01\n', { path: '/d', span: { index: 0, length: 4 }, text: '2025' })).toBe('d: 2025-07-01\n');
  expect(edited('t: "Ng\\u00e0y 2024"\n', { path: '/t', span: { index: 0, length: 4 }, text: 'Buổi' })).toBeUndefined();
  expect(edited('t: a\n', { path: '/missing', text: 'b' })).toBeUndefined();
});
