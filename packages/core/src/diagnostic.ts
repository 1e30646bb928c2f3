/** Severity of a diagnostic: an error makes the plan unusable, a warning does not, an info only informs. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in a plan, as data.
 * `line` and `column` are 1-based; `path` is a JSON pointer into the plan (`/tasks/groups/0/lead`).
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  /** Vietnamese message, for the people who write plans. */
  message: string;
  /** English message, for developers and logs. */
  messageEn: string;
  file: string;
  path: string;
  line: number;
  column: number;
  suggestion?: string;
}

/** Sorts diagnostics by file, line, column, then code — the order they are printed in. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.code.localeCompare(b.code),
  );
}

/** True when at least one diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
