import { pointerSegments, type Diagnostic, type FixEdit } from '@kehoach/core';
import { editText, type TextEdit } from '@kehoach/yaml-edit';
import { parseDocument } from 'yaml';
import type { CheckDiagnostic } from './check-diagnostic.js';

/** The result of `applyFixes`: the new source and the findings fixed and not fixed. */
export interface FixResult {
  text: string;
  fixed: CheckDiagnostic[];
  /** Findings with a fix that could not be applied (overlapping another, or not giving the expected value). */
  unfixed: CheckDiagnostic[];
}

/** Every edit of a finding's fix: the first, then the others. */
function editsOf(d: CheckDiagnostic): FixEdit[] {
  const { also, label: _l, labelEn: _e, ...first } = d.fix!;
  return [first, ...(also ?? [])];
}

/** How an edit changes its value: words of a string, an item added to a list, keys added to a mapping, or replaced. */
type Change = 'words' | 'append' | 'keys' | 'replace';

function changeOf(e: FixEdit, before: unknown): Change {
  if (e.span && typeof before === 'string') return 'words';
  if (Array.isArray(before) && Array.isArray(e.value) && e.value.length > before.length) return 'append';
  if (before && typeof before === 'object' && e.value && typeof e.value === 'object' && !Array.isArray(before)) {
    if (Object.keys(before).every((k) => Object.hasOwn(e.value as object, k))) return 'keys';
  }
  return 'replace';
}

/** The value at a path once all its edits are applied, from the value before and each edit's own result. */
function combined(before: unknown, edits: readonly FixEdit[], change: Change): unknown {
  if (edits.length === 1 || change === 'replace') return edits[0]!.value;
  if (change === 'append') return [...(before as unknown[]), ...edits.flatMap((e) => (e.value as unknown[]).slice((before as unknown[]).length))];
  if (change === 'keys') return Object.assign({}, before, ...edits.map((e) => e.value));
  let value = before as string;
  for (const e of [...edits].sort((a, b) => b.span!.index - a.span!.index)) {
    value = value.slice(0, e.span!.index) + e.text + value.slice(e.span!.index + e.span!.length);
  }
  return value;
}

const overlaps = (a: FixEdit, b: FixEdit) =>
  a.range[0] < b.range[1] && b.range[0] < a.range[1] || (a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.path !== b.path);

/**
 * The fixes that can go together, in source order: a fix is left out when one of its edits overlaps
 * an edit already chosen, or changes a value another chosen fix changes in another way.
 */
function choose(withFix: readonly CheckDiagnostic[], valueOf: (path: string) => unknown): CheckDiagnostic[] {
  const chosen: CheckDiagnostic[] = [];
  const taken: FixEdit[] = [];
  const changes = new Map<string, Change>();
  for (const d of [...withFix].sort((a, b) => a.fix!.range[0] - b.fix!.range[0])) {
    const edits = editsOf(d);
    const fits = edits.every((e) => {
      const c = changeOf(e, valueOf(e.path));
      const had = changes.get(e.path);
      return !taken.some((t) => overlaps(t, e)) && (had === undefined || (had === c && c !== 'replace'));
    });
    if (!fits) continue;
    chosen.push(d);
    for (const e of edits) {
      taken.push(e);
      changes.set(e.path, changeOf(e, valueOf(e.path)));
    }
  }
  return chosen;
}

/** Text edits for some fixes: each value's edits carry the value expected once all of them are applied. */
function textEdits(chosen: readonly CheckDiagnostic[], valueOf: (path: string) => unknown): Map<TextEdit, CheckDiagnostic> {
  const byPath = new Map<string, Array<{ e: FixEdit; d: CheckDiagnostic }>>();
  for (const d of chosen) for (const e of editsOf(d)) byPath.set(e.path, [...(byPath.get(e.path) ?? []), { e, d }]);
  const owner = new Map<TextEdit, CheckDiagnostic>();
  for (const [path, list] of byPath) {
    const before = valueOf(path);
    const value = combined(before, list.map((x) => x.e), changeOf(list[0]!.e, before));
    for (const { e, d } of list) owner.set({ path, range: e.range, text: e.text, value }, d);
  }
  return owner;
}

/**
 * Applies the safe fixes of some findings to the plan's source as text edits, keeping every
 * comment and the layout (`@kehoach/yaml-edit` `editText`); each edited value is checked after
 * editing, and a fix of several edits is applied whole or not at all. Of two fixes that overlap,
 * the first is applied; two fixes adding to one list (or one mapping) are both applied.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): FixResult {
  const withFix = diagnostics.filter((d): d is CheckDiagnostic => !!(d as CheckDiagnostic).fix);
  const doc = parseDocument(text, { uniqueKeys: false });
  const valueOf = (path: string): unknown => {
    const node = doc.getIn(pointerSegments(path), true) as { toJSON?: () => unknown; value?: unknown } | undefined;
    return node && typeof node === 'object' && 'toJSON' in node ? node.toJSON!() : node;
  };
  let chosen = choose(withFix, valueOf);
  for (;;) {
    const owner = textEdits(chosen, valueOf);
    const result = editText(text, [...owner.keys()]);
    const broken = new Set(result.skipped.map((e) => owner.get(e)!));
    if (!broken.size) {
      const fixed = chosen.filter((d) => result.applied.some((e) => owner.get(e) === d));
      return { text: result.text, fixed, unfixed: withFix.filter((d) => !fixed.includes(d)) };
    }
    // a fix of which one edit could not be made is left out whole, and the others are made again
    chosen = chosen.filter((d) => !broken.has(d));
  }
}
