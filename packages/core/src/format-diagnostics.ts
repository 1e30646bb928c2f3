import type { Diagnostic } from './diagnostic.js';

/**
 * One line per diagnostic, as the CLI prints them:
 * `file:line:column  error  CODE  message (suggestion)`.
 */
export function formatDiagnostic(d: Diagnostic, language: 'vi' | 'en' = 'vi'): string {
  const message = language === 'vi' ? d.message : d.messageEn;
  const hint = d.suggestion ? ` (${d.suggestion})` : '';
  return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.code}  ${message}${hint}`;
}

/** Every diagnostic, one per line. */
export function formatDiagnostics(list: readonly Diagnostic[], language: 'vi' | 'en' = 'vi'): string {
  return list.map((d) => formatDiagnostic(d, language)).join('\n');
}
