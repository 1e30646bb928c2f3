import type { CodeTable } from '../diagnostics/define-codes.js';
import type { Diagnostic, Fix, FixEdit, Severity } from '../diagnostics/diagnostic.js';
import type { Placed, Placer } from './placer.js';
import { RULE_DOCS, type Report, type RuleMeta } from './rule.js';

/** Who reports a rule's findings: the package that owns the rule, and its code table (for rules with `codes`). */
export interface RuleOwner {
  source: string;
  codes?: CodeTable;
}

/**
 * The first edit of a report's fix: the span's words replaced in the source text, when the words
 * found there are the string's own (an escape sequence or a fold would make the edit unsafe).
 */
function spanFix(r: Report, placed: Placed, value: unknown, text: string | undefined): FixEdit | undefined {
  if (r.fix === undefined || !r.span || !placed.offsets || typeof value !== 'string' || text === undefined) return undefined;
  const { index, length } = r.span;
  const [start, end] = placed.offsets;
  if (text.slice(start, end) !== value.slice(index, index + length)) return undefined;
  return { path: r.path, range: [start, end], text: r.fix, span: r.span, value: value.slice(0, index) + r.fix + value.slice(index + length) };
}

/** What a fix does, in words: the rule's, else the replacement (“Sửa thành “2025”” or “Xóa “1.””). */
function fixLabel(r: Report, value: unknown): { vi: string; en: string } {
  if (r.fixLabel) return r.fixLabel;
  if (r.fix) return { vi: `Sửa thành “${r.fix}”`, en: `Change to "${r.fix}"` };
  const words = typeof value === 'string' && r.span ? value.slice(r.span.index, r.span.index + r.span.length).trim() : '';
  return words ? { vi: `Xóa “${words}”`, en: `Delete "${words}"` } : { vi: 'Sửa', en: 'Fix' };
}

/**
 * The safe fix of a report: its span's replacement and its other edits, all made in the source text,
 * or none when any of them cannot be made safely.
 */
function fixOf(r: Report, placed: Placed, value: unknown, placer: Placer): Fix | undefined {
  if (r.fix === undefined && !r.edits?.length) return undefined;
  const edits: FixEdit[] = [];
  if (r.fix !== undefined) {
    const first = spanFix(r, placed, value, placer.text);
    if (!first) return undefined;
    edits.push(first);
  }
  for (const e of r.edits ?? []) {
    const edit = placer.edit?.(e);
    if (!edit) return undefined;
    edits.push(edit);
  }
  const [first, ...also] = edits;
  const label = fixLabel(r, value);
  return { ...first!, ...(also.length ? { also } : {}), label: label.vi, labelEn: label.en };
}

/**
 * Turns one report of a rule into the one `Diagnostic` shape: placed (start and end, the exact
 * words of a span), with its fix, at the severity the rule runs at. A report with a `code` is
 * worded by the owner's code table (the code is what tools match on); any other carries the rule
 * id as its code and links to the rule's page.
 */
export function ruleDiagnostic(meta: RuleMeta, owner: RuleOwner, severity: Severity, r: Report, placer: Placer, valueOf: (path: string) => unknown): Diagnostic {
  const value = r.span ? valueOf(r.path) : undefined;
  const placed = placer.place(r.path, r.span, value);
  const fix = fixOf(r, placed, value, placer);
  if (r.code !== undefined) {
    if (!owner.codes || !meta.codes?.includes(r.code)) throw new Error(`rule ${meta.id} reports ${r.code}, which is not one of its codes`);
    return owner.codes.create(r.code, placed.place, r.params, {
      severity, rule: meta.id, ...(r.suggestion ? { suggestion: r.suggestion } : {}), ...(fix ? { fix } : {}),
    });
  }
  const { place } = placed;
  const d: Diagnostic = {
    source: owner.source,
    code: meta.id,
    rule: meta.id,
    severity,
    message: r.message,
    messageEn: r.messageEn,
    file: place.file,
    path: r.path,
    line: place.line,
    column: place.column,
    endLine: place.endLine,
    endColumn: place.endColumn,
    url: `${RULE_DOCS}${meta.id}.md`,
    params: r.params ?? {},
  };
  if (r.suggestion) d.suggestion = r.suggestion;
  if (fix) d.fix = fix;
  return d;
}
