import { examplePlan, type Diagnostic, type ExpectedFinding } from '@kehoach/core';
import { applyFixes } from './apply-fixes.js';
import { checkPlanText } from './run-rules.js';

/** What a rule finds on one of its examples: what its `examples` state, worked out by running it. */
export interface ExampleFindings {
  /** The example as a whole plan: the fragment merged over `EXAMPLE_BASE`. */
  text: string;
  /** Whether the plan loads (an error of a load-phase rule refuses it). */
  loads: boolean;
  /** Every finding of the rule, in source order: message, pointer, and the source text its range covers. */
  findings: ExpectedFinding[];
  /** The plan once the rule's fixes are applied, when it offered any. */
  fixed?: string;
}

/** The text between two 1-based positions (columns in UTF-16 units). */
function textOf(text: string, d: Diagnostic): string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const offset = (line: number, column: number) => (starts[line - 1] ?? text.length) + column - 1;
  return text.slice(offset(d.line, d.column), offset(d.endLine, d.endColumn));
}

/**
 * Runs one rule (of either phase) on one of its example fragments, as `kehoach check` would with
 * only that rule: the rule tester's half that observes (`packages/check/test/rule-examples.test.ts`
 * compares it with what the rule's `examples` state).
 *
 * @example
 * const { findings } = await exampleFindings('doubled-word', 'title: Kế hoạch với với');
 */
export async function exampleFindings(id: string, fragment: string): Promise<ExampleFindings> {
  const text = examplePlan(fragment);
  const { plan, diagnostics } = await checkPlanText(text, { only: [id] });
  const own = diagnostics.filter((d) => d.rule === id);
  const findings = own.map((d) => ({ message: d.message, path: d.path, text: textOf(text, d) }));
  const fixable = own.some((d) => d.fix);
  return { text, loads: !!plan, findings, ...(fixable ? { fixed: applyFixes(text, own).text } : {}) };
}
