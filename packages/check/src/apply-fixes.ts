import type { Diagnostic } from '@kehoach/core';
import { editText, type TextEdit } from '@kehoach/yaml-edit';
import type { CheckDiagnostic, Fix } from './check-diagnostic.js';

/** The result of `applyFixes`: the new source and the findings fixed and not fixed. */
export interface FixResult {
  text: string;
  fixed: CheckDiagnostic[];
  /** Findings with a fix that could not be applied (overlapping another, or not giving the expected value). */
  unfixed: CheckDiagnostic[];
}

/** The value before a fix: its own replacement undone (the replaced text is the source's, unchanged). */
function original(fix: Fix, source: string): string {
  return fix.value.slice(0, fix.span.index) + source.slice(fix.range[0], fix.range[1]) + fix.value.slice(fix.span.index + fix.text.length);
}

/**
 * Applies the safe fixes of some findings to the plan's source as text edits, keeping every
 * comment and the layout (`@kehoach/yaml-edit` `editText`); each edited value is checked after
 * editing. Of two fixes that overlap, the first is applied.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): FixResult {
  const withFix = diagnostics.filter((d): d is CheckDiagnostic => !!(d as CheckDiagnostic).fix);
  const byPath = new Map<string, CheckDiagnostic[]>();
  for (const d of withFix) byPath.set(d.fix!.path, [...(byPath.get(d.fix!.path) ?? []), d]);
  const edits: TextEdit[] = [];
  const owner = new Map<TextEdit, CheckDiagnostic>();
  for (const [path, list] of byPath) {
    const chosen: CheckDiagnostic[] = [];
    for (const d of [...list].sort((a, b) => a.fix!.range[0] - b.fix!.range[0])) {
      const last = chosen[chosen.length - 1];
      if (!last || d.fix!.range[0] >= last.fix!.range[1]) chosen.push(d);
    }
    let value = original(chosen[0]!.fix!, text);
    for (const d of [...chosen].reverse()) {
      const { index, length } = d.fix!.span;
      value = value.slice(0, index) + d.fix!.text + value.slice(index + length);
    }
    for (const d of chosen) {
      const edit: TextEdit = { path, range: d.fix!.range, text: d.fix!.text, value };
      owner.set(edit, d);
      edits.push(edit);
    }
  }
  const result = editText(text, edits);
  const fixed = result.applied.map((e) => owner.get(e)!);
  return { text: result.text, fixed, unfixed: withFix.filter((d) => !fixed.includes(d)) };
}
