import type { Diagnostic } from './diagnostic.js';

/** Options of the text formatter. */
export interface TextFormatOptions {
  /** Messages in Vietnamese (default) or English. */
  language?: 'vi' | 'en';
  /** End with a count line: `3 vấn đề (1 lỗi, 2 cảnh báo, 0 lưu ý)`. */
  summary?: boolean;
  /** The title of a rule by its id (`meta.docs.title`), printed after the code of its findings: `stale-year (Năm cũ còn sót)`. */
  titles?: (rule: string) => { vi: string; en: string } | undefined;
}

/**
 * One line per diagnostic, as the CLI prints them:
 * `file:line:column  severity  code  message (suggestion)`, and ` [sửa được]` when it has a fix;
 * with `title` (its rule's), `code (title)`.
 */
export function formatDiagnostic(d: Diagnostic, language: 'vi' | 'en' = 'vi', title?: { vi: string; en: string }): string {
  const message = language === 'vi' ? d.message : d.messageEn;
  const hint = d.suggestion ? ` (${d.suggestion})` : '';
  const fix = d.fix ? (language === 'vi' ? ' [sửa được]' : ' [fixable]') : '';
  const code = title ? `${d.code} (${language === 'vi' ? title.vi : title.en})` : d.code;
  return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${code}  ${message}${hint}${fix}`;
}

/** Every diagnostic, one per line; with `summary`, a count line after them (when there are any). */
export function formatDiagnostics(list: readonly Diagnostic[], options: TextFormatOptions | 'vi' | 'en' = {}): string {
  const o = typeof options === 'string' ? { language: options } : options;
  const language = o.language ?? 'vi';
  const lines = list.map((d) => formatDiagnostic(d, language, d.rule ? o.titles?.(d.rule) : undefined));
  if (o.summary && list.length) {
    const count = (s: string) => list.filter((d) => d.severity === s).length;
    lines.push(language === 'vi'
      ? `${list.length} vấn đề (${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('info')} lưu ý)`
      : `${list.length} problems (${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes)`);
  }
  return lines.join('\n');
}

/** The diagnostics as JSON: `{ "diagnostics": [...] }`, each with its range, parameters and fix. */
export function diagnosticsToJson(list: readonly Diagnostic[]): string {
  return JSON.stringify({ diagnostics: list }, null, 2);
}
