import type { Document, LineCounter } from 'yaml';
import { defs as planDefs, validate as validatePlanData } from './generated/validate-plan.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { locateRange } from './locate.js';
import type { SourceMap } from './source-map.js';
import { valueAt as dataAt } from './plan-facts.js';
import { coreDiagnostic } from './codes.js';
import { boundedClosest, closest, MAX_SUGGEST_LENGTH, suggester } from './suggest.js';
import { documentKinds } from './kinds/registry.js';
import { quoteLimited } from './diagnostics/quote-limited.js';
import { daysInMonth, isoDate, isRealDate } from '@kehoach/nd30';
import { isProseKey, quotedLine } from './colon-in-text.js';

const TYPE_VI: Record<string, [string, string]> = {
  string: ['chuỗi văn bản', 'a string'],
  integer: ['số nguyên', 'an integer'],
  number: ['số', 'a number'],
  boolean: ['true hoặc false', 'true or false'],
  object: ['bảng khóa–giá trị (object)', 'a mapping (object)'],
  array: ['danh sách (bắt đầu bằng “- ”)', 'a list'],
  null: ['rỗng', 'null'],
};

/** What an `anyOf` def accepts, in words, for the type message of a value that fits no branch. */
const ANY_OF_WORDS: Record<string, [string, string]> = {
  text: ['một đoạn văn (chuỗi) hoặc danh sách đoạn văn', 'a paragraph (string) or a list of paragraphs'],
  agencyRefs: ['mã cơ quan hoặc danh sách mã cơ quan', 'an agency id or a list of agency ids'],
  item: ['một đoạn văn (chuỗi) hoặc một mục có title/text/items', 'a paragraph or an item object'],
  block: ['một đoạn văn (chuỗi), một khoản (title/text/items), {tasks: …} hoặc {table: …}', 'a paragraph, an item, a {tasks: …} or a {table: …} block'],
  bodyEntry: ['một mục (title, items) hoặc một phần (part, sections)', 'a section (title, items) or a part (part, sections)'],
  row: ['một dòng: danh sách ô, một nhiệm vụ hoặc một chỉ tiêu', 'a row: a list of cells, a task or a target'],
  cell: ['một ô: chuỗi hoặc {text, colSpan, rowSpan}', 'a cell: a string or {text, colSpan, rowSpan}'],
  time: ['một ngày YYYY-MM-DD hoặc một kỳ {year, month/quarter/half}', 'a date YYYY-MM-DD or a period {year, month/quarter/half}'],
};

/** An error of the precompiled validator (ajv's error object, with `verbose` fields). */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
  schema?: unknown;
  parentSchema?: unknown;
}

type ErrorObject = SchemaError;

/** Context needed to place diagnostics in the source. */
export interface SourceContext {
  file: string;
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  /** Positions by pointer, when the data is not the document's own shape (a migrated v1 file). */
  map?: SourceMap;
}

function jsType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

type SchemaObject = { type?: string | string[]; $ref?: string; required?: string[] };
type Defs = Record<string, SchemaObject>;

function deref(branch: SchemaObject, defs: Defs): SchemaObject {
  return branch.$ref ? defs[branch.$ref.replace('#/$defs/', '')] ?? branch : branch;
}

function branchTypes(branch: SchemaObject, defs: Defs): string[] {
  const b = deref(branch, defs);
  return b.type === undefined ? [] : Array.isArray(b.type) ? b.type : [b.type];
}

/**
 * Which branch of an `anyOf` an error at the same value comes from: an inline branch by its schema
 * path, a `$ref` branch by the title of the schema the error comes from (precompiled validators
 * give schema paths relative to each definition); -1 when it cannot be told.
 */
function branchOf(e: ErrorObject, a: ErrorObject, branches: SchemaObject[], defs: Defs): number {
  if (e.instancePath !== a.instancePath) return -1;
  const title = (e.parentSchema as { title?: string } | undefined)?.title;
  for (let i = 0; i < branches.length; i++) {
    const b = branches[i]!;
    if (e.schemaPath.startsWith(`${a.schemaPath}/${i}/`)) return i;
    if (b.$ref && title !== undefined && (deref(b, defs) as { title?: string }).title === title) return i;
  }
  return -1;
}

/**
 * Resolves each failed `anyOf` by the value's JSON type: when a branch has the value's type
 * (an object item, a list of paragraphs), its own errors are the ones worth reporting, so the
 * `anyOf` and the other branches' “wrong type” errors are dropped. When no branch fits, only
 * the `anyOf` stays, reported as one type error (“a paragraph or a list of paragraphs”).
 */
export function pruneAnyOf(errors: ErrorObject[], data: unknown, defs: Defs = planDefs as Defs): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  for (const a of errors.filter((e) => e.keyword === 'anyOf')) {
    const value = dataAt(data, a.instancePath);
    const t = jsType(value);
    const branches = (a.schema as SchemaObject[]) ?? [];
    const fitting = branches.map((b, i) => [b, i] as const).filter(([b]) => branchTypes(b, defs).some((bt) => bt === t || (bt === 'number' && t === 'integer')));
    for (const e of errors) {
      if (e.keyword === 'type' && e.instancePath === a.instancePath && e !== a) drop.add(e);
    }
    if (fitting.length) drop.add(a);
    if (fitting.length > 1 && t === 'object') {
      // Several object shapes (an item, a {tasks} block, a {table} block): keep the errors of the
      // shape the value means — the one whose required keys it has, else the one with fewest errors.
      const inside = errors.filter((e) => e !== a && (e.instancePath === a.instancePath || e.instancePath.startsWith(a.instancePath + '/')));
      const keys = Object.keys(value as object);
      const score = ([b, i]: readonly [SchemaObject, number]) => {
        const own = inside.filter((e) => branchOf(e, a, branches, defs) === i).length;
        const req = deref(b, defs).required ?? [];
        return own - (req.length && req.every((k) => keys.includes(k)) ? 1000 : 0);
      };
      const best = fitting.reduce((x, y) => (score(y) < score(x) ? y : x))[1];
      for (const e of inside) {
        const i = branchOf(e, a, branches, defs);
        if (i !== -1 && i !== best) drop.add(e);
      }
    }
  }
  return errors.filter((e) => !drop.has(e));
}

function defName(parentSchema: unknown, defs: Defs = planDefs as Defs): string | undefined {
  const title = (parentSchema as { title?: string } | undefined)?.title;
  return Object.entries(defs).find(([, d]) => (d as { title?: string }).title === title)?.[0];
}

/** A precompiled validator (ajv standalone): true when valid, errors on the function otherwise. */
export type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/**
 * A function giving the id of the agency whose name (or alias) or id is closest to what was
 * written, if any. Built once per validation: names are indexed once, and edit distances are
 * bounded (see `suggester`), so thousands of bad references stay cheap.
 */
function agencySuggester(data: unknown): (written: string) => string | undefined {
  const agencies = (data as { agencies?: unknown } | null)?.agencies;
  if (!agencies || typeof agencies !== 'object') return () => undefined;
  const byName = new Map<string, string>();
  for (const [id, a] of Object.entries(agencies as Record<string, { name?: unknown; aliases?: unknown } | null>)) {
    const names = [a?.name, ...(Array.isArray(a?.aliases) ? a.aliases : [])];
    for (const n of names) {
      if (typeof n === 'string' && n.length <= MAX_SUGGEST_LENGTH) {
        const key = n.normalize('NFC').toLocaleLowerCase('vi');
        if (!byName.has(key)) byName.set(key, id);
      }
    }
  }
  const nearest = suggester(Object.keys(agencies));
  return (written) => {
    if (written.length > MAX_SUGGEST_LENGTH) return undefined;
    return byName.get(written.normalize('NFC').toLocaleLowerCase('vi')) ?? nearest(written);
  };
}

/** A date as written, `YYYY-MM-DD` or `31/02/2026`: its day, month and year, whether or not the day exists. */
function dateParts(value: string): { day: number; month: number; year: number; iso: boolean } | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), iso: true };
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  return vn ? { day: Number(vn[1]), month: Number(vn[2]), year: Number(vn[3]), iso: false } : undefined;
}

/** A date that is not `YYYY-MM-DD`, or not a day that exists (31/02: never “corrected” into 2026-02-31). */
function dateDiagnostic(text: string, shown: string, at: ReturnType<typeof placeOf>): Diagnostic {
  const d = dateParts(text.trim());
  if (d && !isRealDate(d.year, d.month, d.day)) {
    const monthOk = d.month >= 1 && d.month <= 12;
    const last = monthOk ? daysInMonth(d.year, d.month) : 0;
    const detail = monthOk ? `${shown} — tháng ${d.month} năm ${d.year} chỉ có ${last} ngày` : `${shown} — không có tháng ${d.month}`;
    const detailEn = monthOk ? `${shown}: month ${d.month} of ${d.year} has ${last} days` : `${shown}: there is no month ${d.month}`;
    const lastDay = monthOk ? isoDate(d.year, d.month, last)! : undefined;
    return coreDiagnostic('DATE_INVALID', at, { detail, detailEn }, {
      suggestion: lastDay
        ? `Kiểm tra lại ngày trong văn bản; ngày cuối tháng ${d.month} năm ${d.year} là ${lastDay}. — Check the date; the last day of that month is ${lastDay}.`
        : 'Kiểm tra lại ngày trong văn bản; tháng từ 1 đến 12. — Check the date.',
    });
  }
  const iso = d && !d.iso ? isoDate(d.year, d.month, d.day) : undefined;
  return coreDiagnostic('SCHEMA_FORMAT', at, {
    value: shown,
    expected: 'ngày dạng YYYY-MM-DD, ví dụ 2025-07-24 (và phải là ngày có thật)',
    expectedEn: 'a real date written YYYY-MM-DD',
  }, iso ? { suggestion: `viết là ${iso} — write ${iso}` } : {});
}

/** Where a diagnostic at a pointer (and key) is, in the source. */
function placeOf(ctx: SourceContext, p: string, key?: string): { file: string; path: string; line: number; column: number; endLine?: number; endColumn?: number } {
  return { file: ctx.file, path: key === undefined ? p : `${p}/${key}`, ...locateRange(ctx.doc, ctx.lineCounter, p, key) };
}

/**
 * A list item (or a lone value) YAML read as a mapping because its text has “: ”
 * (`- Mục đích: Triển khai …`): one key, and that key is prose. YAML_COLON_IN_TEXT at the item, with the
 * quoted line to write; the schema's errors inside it say nothing more.
 */
function colonInText(e: ErrorObject, data: unknown, ctx: SourceContext): Diagnostic | undefined {
  if (e.keyword !== 'additionalProperties') return undefined;
  const property = (e.params as { additionalProperty: string }).additionalProperty;
  const value = dataAt(data, e.instancePath);
  if (!isProseKey(property) || !value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const inList = /\/\d+$/.test(e.instancePath);
  if (keys.length !== 1 || !(inList || /\s/.test(property))) return undefined;
  const text = (value as Record<string, unknown>)[property];
  if (text !== null && typeof text === 'object') return undefined;
  return coreDiagnostic('YAML_COLON_IN_TEXT', placeOf(ctx, e.instancePath), {}, { suggestion: quotedLine(inList, property, quoteLimited(String(text ?? ''))) });
}

/** Converts one ajv error into a diagnostic placed in the YAML source. */
/** Suggestion helpers shared by the errors of one validation (bounded, see `suggester`). */
interface Suggest {
  agencyId: (written: string) => string | undefined;
  closest: (word: string, candidates: readonly string[]) => string | undefined;
}

function toDiagnostic(e: ErrorObject, data: unknown, ctx: SourceContext, suggest: Suggest): Diagnostic {
  const path = e.instancePath;
  const place = (p: string, key?: string) => placeOf(ctx, p, key);
  const value = dataAt(data, path);
  // A value as text without calling anything on it: an object from the input may have a key
  // `toString` (String() then throws), and a huge object is never serialised for a message.
  const text = typeof value === 'object' && value !== null ? (Array.isArray(value) ? '[…]' : '{…}') : String(value);
  const shown = () => quoteLimited(text);
  switch (e.keyword) {
    case 'required': {
      const property = (e.params as { missingProperty: string }).missingProperty;
      // A property not written is found at the mapping it belongs in.
      return coreDiagnostic('SCHEMA_REQUIRED', { ...place(path), path: `${path}/${property}` }, { property });
    }
    case 'additionalProperties': {
      const property = (e.params as { additionalProperty: string }).additionalProperty;
      const props = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const near = suggest.closest(property, props);
      return coreDiagnostic('SCHEMA_UNKNOWN_PROPERTY', place(path, property), { property }, near
        ? { suggestion: `có phải ý bạn là “${near}”? — did you mean "${near}"?` }
        : { suggestion: `các thuộc tính hợp lệ: ${props.join(', ')}` });
    }
    case 'propertyNames':
      return coreDiagnostic('SCHEMA_FORMAT', place(path, (e.params as { propertyName: string }).propertyName), {
        value: (e.params as { propertyName: string }).propertyName,
        expected: 'mã chữ thường không dấu, nối bằng gạch ngang (ví dụ cong-an-tinh)',
        expectedEn: 'a lower-case ASCII id joined by hyphens (e.g. cong-an-tinh)',
      });
    case 'anyOf': {
      const words = ANY_OF_WORDS[defName(e.parentSchema) ?? ''] ?? ['một giá trị hợp lệ', 'a valid value'];
      return coreDiagnostic('SCHEMA_TYPE', place(path), { expected: words[0], expectedEn: words[1] });
    }
    case 'type': {
      const t = String((e.params as { type: string | string[] }).type).split(',');
      const vi = t.map((x) => TYPE_VI[x]?.[0] ?? x).join(' hoặc ');
      const en = t.map((x) => TYPE_VI[x]?.[1] ?? x).join(' or ');
      const found = TYPE_VI[jsType(value)]?.[0] ?? jsType(value);
      return coreDiagnostic('SCHEMA_TYPE', place(path), { expected: `${vi} (đang là ${found})`, expectedEn: en });
    }
    case 'enum':
    case 'const': {
      const allowed =
        e.keyword === 'enum'
          ? (e.params as { allowedValues: unknown[] }).allowedValues.map(String)
          : [String((e.params as { allowedValue: unknown }).allowedValue)];
      const near = suggest.closest(text, allowed);
      return coreDiagnostic('SCHEMA_ENUM', place(path), { value: shown(), allowed: allowed.join(', ') }, near
        ? { suggestion: `có phải ý bạn là “${near}”? — did you mean "${near}"?` }
        : {});
    }
    case 'format':
      return dateDiagnostic(text, shown(), place(path));
    case 'pattern': {
      const pattern = (e.params as { pattern: string }).pattern;
      if (path === '/kind') {
        const kinds = documentKinds().map((k) => k.id);
        const near = closest(text.toLowerCase(), kinds);
        return coreDiagnostic('SCHEMA_FORMAT', place(path), {
          value: shown(),
          expected: `mã loại văn bản: ${kinds.join(', ')}`,
          expectedEn: `a document kind id: ${kinds.join(', ')}`,
        }, near ? { suggestion: `có phải ý bạn là “${near}”? — did you mean "${near}"?` } : {});
      }
      const isId = pattern.startsWith('^[a-z0-9]');
      const near = isId ? suggest.agencyId(text) : undefined;
      return coreDiagnostic('SCHEMA_FORMAT', place(path), {
        value: shown(),
        expected: isId ? 'mã chữ thường không dấu, nối bằng gạch ngang (ví dụ cong-an-tinh)' : 'không chứa khoảng trắng hoặc “/”',
        expectedEn: isId ? 'a lower-case ASCII id joined by hyphens' : `matching ${pattern}`,
      }, near ? { suggestion: `có phải ý bạn là “${near}”? — did you mean "${near}"?` } : {});
    }
    case 'minimum':
    case 'maximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
    case 'uniqueItems': {
      const limit = (e.params as { limit?: number }).limit;
      const vi: Record<string, string> = {
        minimum: `nhỏ nhất là ${limit}`,
        maximum: `lớn nhất là ${limit}`,
        minLength: 'không được để trống',
        maxLength: `tối đa ${limit} ký tự`,
        minItems: `cần ít nhất ${limit} phần tử`,
        maxItems: `tối đa ${limit} phần tử`,
        minProperties: `cần ít nhất ${limit} mục`,
        maxProperties: `tối đa ${limit} mục`,
        uniqueItems: 'các phần tử không được trùng nhau',
      };
      return coreDiagnostic('SCHEMA_RANGE', place(path), { detail: vi[e.keyword]!, detailEn: e.message ?? e.keyword });
    }
    default:
      return coreDiagnostic('SCHEMA_INVALID', place(path), { detail: e.message ?? e.keyword });
  }
}

/**
 * Validates plan data against `schemas/plan.schema.json` (precompiled by `pnpm gen`, so nothing is
 * compiled at run time) and returns every problem found,
 * each placed at its line and column when the YAML source is given.
 */
export function validateAgainstSchema(data: unknown, ctx: SourceContext, validator?: Validator, defs?: Record<string, unknown>): Diagnostic[] {
  const validate = validator ?? (validatePlanData as Validator);
  if (validate(data)) return [];
  const errors = pruneAnyOf(validate.errors ?? [], data, (defs ?? planDefs) as Defs);
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  const suggest: Suggest = { agencyId: agencySuggester(data), closest: boundedClosest() };
  // Text that YAML read as a mapping is reported once, at the item; nothing else is said inside it.
  const misread: string[] = [];
  for (const e of errors) {
    const d = colonInText(e, data, ctx);
    if (d && !misread.includes(e.instancePath)) {
      misread.push(e.instancePath);
      out.push(d);
    }
  }
  const inside = (p: string) => misread.some((m) => p === m || p.startsWith(m + '/'));
  for (const e of errors) {
    // A bad key gives a propertyNames error and its inner pattern error: report the first only.
    if (e.keyword === 'pattern' && (e.params as { propertyName?: string }).propertyName) continue;
    if (inside(e.instancePath)) continue;
    const d = toDiagnostic(e, data, ctx, suggest);
    const key = `${d.code}|${d.line}|${d.column}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}
