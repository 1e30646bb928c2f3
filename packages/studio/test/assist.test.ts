import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { planSchema } from 'kehoach';
import { describe as explain, propertiesAt, takesAgencyId, valuesAt, type Schema } from '../src/schema-walker.js';
import { placeAt } from '../src/yaml-path.js';
import { kindOptions } from '../src/schema-assist.js';
import { ROOT } from '../../../test/helpers.js';

const schema = planSchema as unknown as Schema;
/** The place at the `|` of a text. */
function at(text: string) {
  const i = text.indexOf('|');
  return placeAt(text.slice(0, i) + text.slice(i + 1), i);
}

describe('the cursor place, from indentation', () => {
  test('keys and values in nested block mappings and lists', () => {
    const text = 'body:\n  - title: A\n    blocks:\n      - tasks:\n          - id: t1\n            le|';
    expect(at(text)).toMatchObject({ path: ['body', '*', 'blocks', '*', 'tasks', '*'], mode: 'key', prefix: 'le' });
    expect(at('issuer:\n  name: X\n  place: |')).toMatchObject({ path: ['issuer', 'place'], mode: 'value', prefix: '' });
    expect(at('kind: cong|')).toMatchObject({ path: ['kind'], mode: 'value', prefix: 'cong' });
  });
  test('flow mappings and lists on the line', () => {
    expect(at('agencies:\n  so-y-te: { name: Sở Y tế, level: ti|')).toMatchObject({ path: ['agencies', 'so-y-te', 'level'], mode: 'value', prefix: 'ti' });
    expect(at('agencies:\n  so-y-te: { name: Sở Y tế, le|')).toMatchObject({ path: ['agencies', 'so-y-te'], mode: 'key', prefix: 'le' });
    expect(at('x:\n  - support: [ so-y-te, so-|')).toMatchObject({ path: ['x', '*', 'support', '*'], mode: 'value', prefix: 'so-' });
  });
});

describe('the schema walker', () => {
  test('properties of the issuer with their Vietnamese titles', () => {
    const props = propertiesAt(schema, ['issuer']);
    expect(props.map((p) => p.name)).toEqual(expect.arrayContaining(['name', 'abbreviation', 'place', 'headerLines']));
    expect(props.find((p) => p.name === 'place')).toMatchObject({ title: 'Địa danh (place)', required: true });
  });
  test('enums and agency references', () => {
    expect(kindOptions().map((o) => o.label)).toEqual(['ke-hoach', 'cong-van', 'quyet-dinh', 'to-trinh', 'thong-bao', 'bao-cao']);
    expect(valuesAt(schema, ['agencies', 'so-y-te', 'level'])).toContain('tinh');
    expect(explain(schema, ['number'])?.description).toMatch(/^Số văn bản/);
    expect(takesAgencyId(schema, ['issuer', 'agency'])).toBe(true);
    expect(takesAgencyId(schema, ['issuer', 'name'])).toBe(false);
  });
  test('every key of every example resolves to an explanation (the walker follows the whole schema)', () => {
    const text = readFileSync(`${ROOT}examples/tuyen-quang-2025-30-7.yaml`, 'utf8');
    const missing: string[] = [];
    let offset = 0;
    for (const line of text.split('\n')) {
      const m = /^(\s*(?:- )*)([A-Za-z$][\w-]*):/.exec(line);
      if (m && !line.trimStart().startsWith('#')) {
        const p = placeAt(text, offset + m[1]!.length + m[2]!.length);
        const path = [...p.path, p.prefix];
        if (p.path[0] !== 'agencies' || p.path.length > 1) if (!explain(schema, path)) missing.push(path.join('/'));
      }
      offset += line.length + 1;
    }
    expect(missing).toEqual([]);
  });
});

describe('editing one value of the YAML in place', async () => {
  const { setValue } = await import('../src/yaml-text-edit.js');
  const text = '# đầu tệp\nschemaVersion: 2\nissuer:\n  name: UBND xã A # tên\n  place: A\nnumber: 15\ntitle: >-\n  Dài\n  hai dòng\nsignature:\n  titles: [ CHỦ TỊCH ]\n  name: B\nrecipients:\n  to:\n    - name: X\n  archive: VT\n';
  test('a scalar, a flow list and a block list change alone; comments stay', () => {
    const t1 = setValue(text, ['issuer', 'name'], 'UBND xã B: mới');
    expect(t1).toBe(text.replace('name: UBND xã A # tên', 'name: "UBND xã B: mới" # tên'));
    const t2 = setValue(text, ['signature', 'titles'], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(t2).toBe(text.replace('[ CHỦ TỊCH ]', '[ KT. CHỦ TỊCH, PHÓ CHỦ TỊCH ]'));
    const t3 = setValue(text, ['recipients', 'to'], [{ name: 'X' }, { name: 'Y', purpose: 'báo cáo' }]);
    expect(t3).toBe(text.replace('    - name: X\n', '    - name: X\n    - name: Y\n      purpose: báo cáo\n'));
  });
  test('a missing key is inserted after its sibling; an emptied one is removed with its line', () => {
    const t = setValue(setValue(text, ['number'], undefined), ['date'], '2025-07-24', ['number', 'issuer']);
    // Dates come quoted (YAML 1.1 readers such as js-yaml would read a date object).
    expect(t).toBe(text.replace('number: 15\n', '').replace('  place: A\n', '  place: A\ndate: "2025-07-24"\n'));
    expect(setValue(text, ['title'], 'Ngắn')).toBe(text.replace('>-\n  Dài\n  hai dòng\n', 'Ngắn\n'));
  });
});
