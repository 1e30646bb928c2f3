import type { Diagnostic } from '@kehoach/core';

/** A safe edit of the source text that resolves a finding. */
export interface Fix {
  /** JSON pointer of the string value the edit changes. */
  path: string;
  /** Offsets in the source text (UTF-16 units): the edit replaces `[start, end)`. */
  range: [number, number];
  text: string;
  /** The same span in the string value: start index and length of what is replaced. */
  span: { index: number; length: number };
  /** The string value at `path` once this edit alone is applied. */
  value: string;
}

/** A diagnostic of `kehoach check`: a core diagnostic with the rule, the end of its range, parameters and a fix. */
export interface CheckDiagnostic extends Diagnostic {
  /** The rule id (also in `code`). */
  rule: string;
  endLine: number;
  endColumn: number;
  params: Record<string, string | number>;
  fix?: Fix;
}
