import { formatDiagnostics, hasErrors, type Diagnostic } from '@kehoach/core';

/**
 * The error the `*OrThrow` functions throw: it carries every diagnostic (the same codes as the
 * CLI), and its message lists them one per line.
 *
 * @example
 * try { loadPlanOrThrow(text) } catch (e) { if (e instanceof PlanError) show(e.diagnostics) }
 */
export class PlanError extends Error {
  /** Every diagnostic, errors and warnings. */
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(formatDiagnostics(diagnostics.filter((d) => d.severity === 'error')) || 'kehoach: lỗi');
    this.name = 'PlanError';
    this.diagnostics = diagnostics;
  }
}

/** Returns `value` when there is no error among the diagnostics, else throws a PlanError. */
export function orThrow<T>(value: T | undefined, diagnostics: Diagnostic[]): T {
  if (value === undefined || hasErrors(diagnostics)) throw new PlanError(diagnostics);
  return value;
}
