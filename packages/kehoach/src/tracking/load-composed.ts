import { loadPlan, type Diagnostic, type Plan } from '@kehoach/core';
import type { PlanInput } from '@kehoach/schema';

/** A document composed from a plan's status: loaded as a plan of its kind (checked like a written one), or none. */
export interface ComposedDocument {
  plan?: Plan;
  diagnostics: Diagnostic[];
}

/** Loads composed plan input as a plan of its kind, its diagnostics placed at `<file>#<name>`. */
export function loadComposed(input: PlanInput, file: string): ComposedDocument {
  const r = loadPlan(JSON.stringify(input, null, 1), { file });
  return { ...(r.plan ? { plan: r.plan } : {}), diagnostics: r.diagnostics };
}
