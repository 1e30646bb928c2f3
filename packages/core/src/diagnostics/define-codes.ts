import type { Diagnostic, Fix, Place, Severity } from './diagnostic.js';
import { quoteLimited } from './quote-limited.js';

/** One entry of a package's code table. */
export interface CodeInfo {
  severity: Severity;
  /** Vietnamese message template; `{name}` is replaced by a parameter. */
  vi: string;
  /** English message template. */
  en: string;
  /** A minimal input that triggers the code (documented and tested). */
  example: string;
}

/** What a diagnostic may carry besides its code, place and parameters. */
export interface DiagnosticOptions {
  suggestion?: string;
  /** Overrides the table's severity (a configured rule, an error demoted in a preview). */
  severity?: Severity;
  fix?: Fix;
  rule?: string;
  page?: number;
  paragraph?: number;
}

/** A package's diagnostic codes and the one way to build its diagnostics. */
export interface CodeTable<C extends string = string> {
  /** The package that owns these codes (`core`, `import` …): every diagnostic built here says so. */
  readonly source: string;
  readonly codes: Readonly<Record<C, CodeInfo>>;
  /**
   * Builds a diagnostic of this table: `params` fill the `{name}` slots of both templates and are
   * kept as structured data; the end defaults to the start.
   */
  readonly create: (code: C, place: Place, params?: Readonly<Record<string, string | number>>, options?: DiagnosticOptions) => Diagnostic;
}

/** Where every code is explained (`docs/diagnostics.md`, generated from the tables). */
export const DIAGNOSTICS_DOCS = 'https://github.com/kehoach/kehoach/blob/main/docs/diagnostics.md';

/** The documentation address of a code. */
export function codeUrl(code: string): string {
  return `${DIAGNOSTICS_DOCS}#${code.toLowerCase()}`;
}

/** Longest parameter printed in a message: parameters quote the input, which may be megabytes. */
const MAX_PARAM = 500;

/**
 * Fills the `{name}` slots of a message template from `params` (own properties only; a value is
 * cut at 500 characters, since parameters quote the input); a slot without a value stays as written.
 */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(params, k) ? quoteLimited(String(params[k]), MAX_PARAM) : m));
}

/**
 * A package's code table, and its builder. Each package owns its codes: its table lives in its
 * own `codes.ts`, every diagnostic it builds carries `source`.
 *
 * @example
 * export const EDXML_CODES = defineCodes('edxml', { EDXML_NO_ORGAN_ID: { severity: 'error', vi: '…', en: '…', example: '…' } });
 * const d = EDXML_CODES.create('EDXML_NO_ORGAN_ID', { file, path: '/issuer', line: 3, column: 1 });
 */
export function defineCodes<const T extends Record<string, CodeInfo>>(source: string, codes: T): CodeTable<Extract<keyof T, string>> {
  const create: CodeTable<Extract<keyof T, string>>['create'] = (code, place, params = {}, options = {}) => {
    const info = codes[code]!;
    const d: Diagnostic = {
      source,
      code,
      severity: options.severity ?? info.severity,
      message: fillTemplate(info.vi, params),
      messageEn: fillTemplate(info.en, params),
      file: place.file,
      path: place.path,
      line: place.line,
      column: place.column,
      endLine: place.endLine ?? place.line,
      endColumn: place.endColumn ?? place.column,
      url: codeUrl(code),
    };
    const kept = Object.keys(params).length ? structuredParams(params) : undefined;
    if (kept) d.params = kept;
    if (options.suggestion) d.suggestion = quoteLimited(options.suggestion, MAX_PARAM);
    if (options.fix) d.fix = options.fix;
    if (options.rule) d.rule = options.rule;
    if (options.page !== undefined) d.page = options.page;
    if (options.paragraph !== undefined) d.paragraph = options.paragraph;
    return d;
  };
  const table = Object.freeze({ source, codes, create });
  TABLES.push(table as unknown as CodeTable);
  return table;
}

const TABLES: CodeTable[] = [];

/**
 * Every code table defined in this process, in the order their packages were loaded: what the
 * diagnostics page is generated from and SARIF describes codes with. (`kehoach` loads them all.)
 */
export function codeTables(): readonly CodeTable[] {
  return TABLES;
}

/** The entry of a code in any table defined so far, and the table's package. */
export function codeInfo(code: string): (CodeInfo & { source: string }) | undefined {
  for (const t of TABLES) if (Object.hasOwn(t.codes, code)) return { ...(t.codes as Record<string, CodeInfo>)[code]!, source: t.source };
  return undefined;
}

/** Parameters as data: own properties, long values cut as in the message. */
function structuredParams(params: Readonly<Record<string, string | number>>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const k of Object.keys(params)) {
    const v = params[k]!;
    out[k] = typeof v === 'string' ? quoteLimited(v, MAX_PARAM) : v;
  }
  return out;
}
