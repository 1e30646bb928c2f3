// Issue 14: the schema as editors read it — a stable https $id, and Vietnamese help that VS Code and
// yaml-language-server show: markdownDescription (hover, completion), markdownEnumDescriptions /
// enumDescriptions (value help), examples, default and defaultSnippets (new task, agency, reference).
import { readFileSync } from 'node:fs';
import _Ajv2020 from 'ajv/dist/2020.js';
import _addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.js';

const Ajv2020 = ((_Ajv2020 as unknown as { default?: typeof _Ajv2020.default }).default ?? _Ajv2020) as typeof _Ajv2020.default;
const addFormats = ((_addFormats as unknown as { default?: typeof _addFormats.default }).default ?? _addFormats) as typeof _addFormats.default;

type Node = Record<string, unknown>;
const read = (name: string): Node => JSON.parse(readFileSync(`${ROOT}schemas/${name}.schema.json`, 'utf8'));
const schema = read('plan');
const defs = schema.$defs as Record<string, Node>;

/** Every subschema with its JSON pointer (property maps are walked by name, never read as schemas). */
function subschemas(node: unknown, ptr = ''): Array<[string, Node]> {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return [];
  const o = node as Node;
  const out: Array<[string, Node]> = [[ptr, o]];
  for (const map of ['properties', '$defs']) for (const [k, v] of Object.entries((o[map] as Node) ?? {})) out.push(...subschemas(v, `${ptr}/${map}/${k}`));
  for (const k of ['items', 'additionalProperties', 'propertyNames']) out.push(...subschemas(o[k], `${ptr}/${k}`));
  for (const k of ['anyOf', 'oneOf', 'allOf']) ((o[k] as unknown[]) ?? []).forEach((b, i) => out.push(...subschemas(b, `${ptr}/${k}/${i}`)));
  return out;
}
const all = subschemas(schema);

/** A validator for one subschema, its `$ref`s resolved against the plan schema's `$defs`. */
function validatorFor(sub: Node) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile({ ...sub, $defs: defs });
}

/** A snippet body as the text an editor inserts, read back: placeholders filled with their defaults. */
function filled(body: unknown): unknown {
  const fill = (s: string) => s.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/^"(.*)"$/, '$1');
  if (typeof body === 'string') return fill(body);
  if (Array.isArray(body)) return body.map(filled);
  if (body && typeof body === 'object') return Object.fromEntries(Object.entries(body).map(([k, v]) => [fill(k), filled(v)]));
  return body;
}

describe('the $id', () => {
  test.each(['plan', 'plan-v1', 'unit', 'checklist'])('%s.schema.json has a stable https $id naming its file in the @kehoach/schema package', (name) => {
    expect(read(name).$id).toBe(`https://cdn.jsdelivr.net/npm/@kehoach/schema@0/schemas/${name}.schema.json`);
  });
});

describe('help in Vietnamese for editors', () => {
  test('every subschema with a description has a markdownDescription (else a $ref target’s would win in yaml-language-server)', () => {
    const missing = all.filter(([, s]) => typeof s.description === 'string' && typeof s.markdownDescription !== 'string').map(([p]) => p);
    expect(missing).toEqual([]);
    // Vietnamese only: the English half of the description is not repeated.
    const english = all.filter(([, s]) => typeof s.description === 'string' && s.markdownDescription === s.description).map(([p]) => p);
    expect(english).toEqual([]);
  });

  test('the properties a clerk meets have hand-written help', () => {
    const md = (ptr: string) => all.find(([p]) => p === ptr)?.[1].markdownDescription as string;
    expect(md('/$defs/task/properties/lead')).toContain('**chủ trì**');
    expect(md('/properties/agencies')).toContain('khai báo một lần');
    expect(md('/properties/date')).toContain('ngoặc kép');
    expect(md('/$defs/basis/properties/lead')).toContain('Căn cứ');
    for (const ptr of ['/properties/kind', '/properties/title', '/properties/body', '/properties/signature', '/properties/appendices', '/$defs/section', '/$defs/block',
      '/$defs/task/properties/support', '/$defs/task/properties/requested', '/$defs/task/properties/time', '/$defs/agency/properties/level', '/$defs/recipients', '/$defs/issuer']) {
      expect(md(ptr), ptr).toBeTruthy();
    }
  });

  test('enum value help has one text per value', () => {
    const withHelp = all.filter(([, s]) => Array.isArray(s.enum) && s.markdownEnumDescriptions);
    expect(withHelp.map(([p]) => p)).toEqual(expect.arrayContaining(['/$defs/agency/properties/level', '/$defs/agency/properties/kind', '/$defs/itemStyle', '/$defs/time/properties/every']));
    for (const [p, s] of withHelp) {
      expect((s.markdownEnumDescriptions as string[]).length, p).toBe((s.enum as unknown[]).length);
      expect((s.enumDescriptions as string[]).length, p).toBe((s.enum as unknown[]).length);
    }
  });

  test('every example and default is valid where it stands', () => {
    const bad: string[] = [];
    for (const [p, s] of all) {
      const values = [...((s.examples as unknown[]) ?? []), ...('default' in s ? [s.default] : [])];
      if (!values.length) continue;
      const v = validatorFor(s);
      for (const x of values) if (!v(x)) bad.push(`${p} ${JSON.stringify(x)}: ${JSON.stringify(v.errors)}`);
    }
    expect(bad).toEqual([]);
    expect(all.filter(([, s]) => s.examples).length).toBeGreaterThanOrEqual(30);
  });

  test('no example holds a date: yaml-language-server would show it, and insert it, without quotes', () => {
    const dated = all.filter(([, s]) => /\d{4}-\d\d?-\d\d?/.test(JSON.stringify(s.examples ?? []))).map(([p]) => p);
    expect(dated).toEqual([]);
    // Dates come from a snippet that inserts them quoted.
    expect(defs.date!.defaultSnippets).toEqual([expect.objectContaining({ body: '"${1:2025-07-24}"' })]);
  });

  test.each([
    ['a new task', '/$defs/task'],
    ['a new agency (in agencies)', '/properties/agencies'],
    ['a new agency', '/$defs/agency'],
    ['a new reference', '/$defs/reference'],
  ])('the snippet for %s gives valid data once filled in', (_what, ptr) => {
    const s = all.find(([p]) => p === ptr)![1];
    const snippets = s.defaultSnippets as Array<{ label: string; markdownDescription: string; body: unknown }>;
    expect(snippets.length).toBeGreaterThan(0);
    for (const sn of snippets) {
      expect(sn.label).toMatch(/mới$/);
      const v = validatorFor(s);
      expect(v(filled(sn.body)), JSON.stringify(v.errors)).toBe(true);
    }
  });

  test('dates in snippets are inserted in double quotes', () => {
    const strings: string[] = [];
    const collect = (x: unknown): void => {
      if (typeof x === 'string') strings.push(x);
      else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) (collect(k), collect(v));
    };
    for (const [, s] of all) collect((s.defaultSnippets as Array<{ body: unknown }> | undefined)?.map((sn) => sn.body));
    const dates = strings.filter((t) => /\d{4}-\d\d-\d\d/.test(t));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatch(/^"\$\{\d+:\d{4}-\d\d-\d\d\}"$/);
  });
});

describe('messages in Vietnamese for a value the schema refuses (errorMessage, as yaml-language-server reads it)', () => {
  const messages = all.filter(([, s]) => 'errorMessage' in s);
  test('a string, in Vietnamese, on the values a clerk types: dates, agency ids, paragraphs, every closed list', () => {
    for (const [p, s] of messages) {
      expect(typeof s.errorMessage, p).toBe('string');
      expect(/[\u0300-\u036f]|đ/i.test((s.errorMessage as string).normalize('NFD')), p).toBe(true);
    }
    const at = messages.map(([p]) => p);
    expect(at).toEqual(expect.arrayContaining(['/$defs/date', '/$defs/id', '/$defs/agencyRefs/anyOf/0', '/$defs/text/anyOf/0', '/$defs/text/anyOf/1/items', '/$defs/block/anyOf/0', '/properties/schemaVersion']));
  });
  test('every closed list names each of its values (with its meaning when the schema gives one)', () => {
    const lists = all.filter(([, s]) => Array.isArray(s.enum));
    expect(lists.length).toBeGreaterThan(15);
    for (const [p, s] of lists) {
      const values = s.enum as unknown[];
      const meaning = s.enumDescriptions as string[] | undefined;
      expect(s.errorMessage, p).toBe(`Chọn một trong: ${values.map((v, i) => (meaning ? `${String(v)} (${meaning[i]})` : String(v))).join(', ')}.`);
    }
  });
});

test('the compiled validator leaves out the editor-only keywords (its size does not grow with the help)', () => {
  const code = readFileSync(`${ROOT}packages/core/src/generated/validate-plan.ts`, 'utf8');
  for (const k of ['markdownDescription', 'markdownEnumDescriptions', 'enumDescriptions', 'defaultSnippets', 'errorMessage']) expect(code).not.toContain(`"${k}"`);
});
