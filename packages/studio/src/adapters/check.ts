/**
 * The content checker (`@kehoach/check`, through the `kehoach` package) in the worker: its findings
 * (rule id, range, Vietnamese message, optional fix) for a plan's text, and its quick fixes applied
 * as comment-keeping text edits (`applyFixes`).
 */
import { applyFixes, checkLoadedPlan, loadRules, sortDiagnostics, type LoadResult } from 'kehoach';
import type { CheckReply, Finding, FixReply } from '../protocol.js';

/** The file name findings carry. */
const FILE = 'ke-hoach.yaml';

/**
 * The rules are one small file each: fetch them all at once on the first check, not one after
 * another; their Vietnamese titles by id, sent with each finding.
 */
let titles: Promise<Map<string, string>> | undefined;

/**
 * Every finding for `text`, as `checkPlanText` gives them: the loader's diagnostics (the plan as the
 * worker loaded it for the preview, not loaded again), then the content rules' — each with its rule's title.
 */
export async function checkText(seq: number, text: string, loaded: LoadResult): Promise<CheckReply> {
  const t0 = performance.now();
  const byRule = await (titles ??= loadRules().then((rules) => new Map(rules.flatMap((r) => (r.meta.docs.title ? [[r.meta.id, r.meta.docs.title.vi] as const] : [])))));
  const found = loaded.plan ? await checkLoadedPlan(loaded.plan, { file: FILE, text: text.replace(/^\uFEFF/, '') }) : [];
  const findings = sortDiagnostics([...loaded.diagnostics, ...found]).map((d): Finding => {
    const title = d.rule ? byRule.get(d.rule) : undefined;
    return title ? { ...d, title } : d;
  });
  return { type: 'checked', seq, text, findings, ms: Math.round(performance.now() - t0) };
}

/**
 * Applies the fixes of `findings` to `text`. The checker places fixes in the text without its byte
 * order mark; the offsets are moved back over it when the text has one.
 */
export function fixText(seq: number, text: string, findings: Finding[]): FixReply {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const r = applyFixes(text.slice(bom), findings);
  return { type: 'fixed', seq, text: text.slice(0, bom) + r.text, fixed: r.fixed.length, unfixed: r.unfixed.length };
}
