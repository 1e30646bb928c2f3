/** Severity of a diagnostic: an error makes the input unusable, a warning does not, an info only informs. */
export type Severity = 'error' | 'warning' | 'info';

/** One edit of the source text, inside the value at a pointer. */
export interface FixEdit {
  /** JSON pointer of the value the edit changes (a string, or a list or mapping an entry is added to). */
  path: string;
  /** Offsets in the source text (UTF-16 units): the edit replaces `[start, end)`. */
  range: [number, number];
  text: string;
  /** For an edit inside a string: the same span in the string value, start index and length of what is replaced. */
  span?: { index: number; length: number };
  /** The value at `path` once this edit alone is applied (a string; a list or mapping for a structural edit). */
  value: unknown;
}

/**
 * A safe change of the source text that resolves a diagnostic: its first edit (the fields of
 * `FixEdit`; for a string's words, `span` and the string `value`), and the others in `also`, applied
 * with it or not at all (a window's start given `previousYear`, a recipient added to Nơi nhận).
 */
export interface Fix extends FixEdit {
  /** Further edits of the same fix, each of another value. */
  also?: FixEdit[];
  /** What the fix does, in Vietnamese, for a button or a quick fix: “Sửa thành “2025””, “Thêm Sở Y tế vào Nơi nhận”. */
  label?: string;
  /** The same in English. */
  labelEn?: string;
}

/**
 * A problem found in an input, as data — the one shape every package reports (like vfile-message).
 * Positions are 1-based; `column`/`endColumn` count UTF-16 units; the end is exclusive and equals the
 * start when only a point is known; 0 when the place is not known at all (a received file's paragraph).
 *
 * @example
 * { source: 'core', code: 'UNKNOWN_AGENCY', severity: 'error', message: 'Cơ quan “x” chưa được khai báo …',
 *   messageEn: 'Unknown agency "x" …', file: 'plan.yaml', path: '/body/1/items/0/tasks/groups/0/lead',
 *   line: 40, column: 19, endLine: 40, endColumn: 20, url: 'https://…/docs/diagnostics.md#unknown_agency' }
 */
export interface Diagnostic {
  /** The package that owns the code: `core`, `check`, `import`, `render-docx`, … */
  source: string;
  /** A stable code (`UNKNOWN_AGENCY`), or the id of the rule that reported it (`stale-year`). */
  code: string;
  severity: Severity;
  /** Vietnamese message, for the people who write plans. */
  message: string;
  /** English message, for developers and logs. */
  messageEn: string;
  file: string;
  /** JSON pointer into the plan (`/body/1/items/0`), or '' for the file as a whole. */
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Where the code is explained. */
  url: string;
  /** Structured values of the message (the name found, the limit …), for tools. */
  params?: Record<string, string | number>;
  /** What to do, in words. */
  suggestion?: string;
  /** A safe edit that resolves it. */
  fix?: Fix;
  /** The rule that reported it, when a rule did. */
  rule?: string;
  /** In a received PDF: the page. */
  page?: number;
  /** In a received DOCX: the paragraph (1-based). */
  paragraph?: number;
}

/** Where a diagnostic points: a file, a JSON pointer, a start and optionally an end. */
export interface Place {
  file: string;
  path: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Sorts diagnostics by file, line, column, then code — the order they are printed in. */
export function sortDiagnostics<D extends Diagnostic>(list: readonly D[]): D[] {
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
