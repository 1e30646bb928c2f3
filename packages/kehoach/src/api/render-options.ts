// What every renderer of a plan is given: draft or not, the layout of the tasks, the task appendix.
import { normalise, relayout, type Plan, type TaskLayout } from '@kehoach/core';

/** Options of the renderers. */
export interface RenderOptions {
  /** Print blank number and date, as for a draft. */
  draft?: boolean;
  /** Present the tasks by agency or by theme, whatever the plan's own layout. */
  layout?: TaskLayout;
  /** Add the landscape task appendix (“Phụ lục: Danh mục nhiệm vụ”) after the plan's own appendices. */
  appendix?: boolean;
}

/** The options of the document builder that the renderers pass on. */
export function buildOptions(options: RenderOptions): { draft?: boolean; appendix?: boolean } {
  return { ...(options.draft !== undefined ? { draft: options.draft } : {}), ...(options.appendix ? { appendix: true } : {}) };
}

/** The plan with its tasks presented by agency or by theme, when asked. */
export function laidOut(plan: Plan, layout: TaskLayout | undefined): Plan {
  return layout ? normalise(relayout(plan, layout), plan.source) : plan;
}
