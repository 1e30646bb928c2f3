// The library's calls, one file each under api/ (so that a browser bundle importing a few of them,
// the studio's worker, gets only those and what they import).
export { loadPlan, loadCurrentPlan, loadPlanOrThrow, validatePlan, validatePlanOrThrow } from './api/load.js';
export type { RenderOptions } from './api/render-options.js';
export { printDocument } from './api/print.js';
export { renderMarkdown, renderText } from './api/text.js';
export { renderDocx, renderDocxOrThrow, type DocxRenderOptions } from './api/docx.js';
export { deriveChecklist, deriveChecklistOrThrow } from './api/checklist.js';
export { clonePlan, clonePlanOrThrow, rollPlan, rollPlanOrThrow, type PlanOutput, type CloneOptions, type RollOptions } from './api/clone.js';
