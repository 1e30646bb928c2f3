import type { OutlineNode, Plan } from '@kehoach/core';

/** A section (mục) of the plan, as counts name it. */
export interface PlanSection {
  /** `II`, `PII.II`. */
  ref: string;
  /** `II. NHIỆM VỤ, GIẢI PHÁP`. */
  title: string;
}

/**
 * A function giving the section (mục) a checklist item's source (its JSON pointer) is in: the deepest
 * `section` node of the plan's outline whose pointer starts the item's.
 */
export function planSections(plan: Plan): (source: string) => PlanSection | undefined {
  const found: Array<{ path: string; section: PlanSection }> = [];
  const walk = (n: OutlineNode) => {
    if (n.kind === 'section') found.push({ path: n.path, section: { ref: n.ref, title: `${n.label} ${n.title ?? ''}`.trim() } });
    for (const c of n.children) walk(c);
  };
  for (const s of plan.sections) walk(s);
  found.sort((a, b) => b.path.length - a.path.length);
  return (source) => found.find((f) => source === f.path || source.startsWith(`${f.path}/`))?.section;
}
