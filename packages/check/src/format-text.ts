import type { Diagnostic } from '@kehoach/core';

/**
 * One line per finding: `file:line:col  severity  rule  message`, then a summary line.
 * Core diagnostics (loading) show their code where rules show their id.
 */
export function formatText(list: readonly Diagnostic[], language: 'vi' | 'en' = 'vi'): string {
  const lines = list.map((d) => {
    const rule = (d as { rule?: string }).rule ?? d.code;
    const fix = (d as { fix?: unknown }).fix ? (language === 'vi' ? ' [sửa được]' : ' [fixable]') : '';
    return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${rule}  ${language === 'vi' ? d.message : d.messageEn}${fix}`;
  });
  const count = (s: string) => list.filter((d) => d.severity === s).length;
  if (list.length) lines.push(language === 'vi'
    ? `${list.length} vấn đề (${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('info')} lưu ý)`
    : `${list.length} problems (${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes)`);
  return lines.join('\n');
}

/** The findings as JSON: `{ diagnostics: [...] }`, each with rule, range, params and fix. */
export function formatJson(list: readonly Diagnostic[]): string {
  return JSON.stringify({ diagnostics: list }, null, 2);
}
