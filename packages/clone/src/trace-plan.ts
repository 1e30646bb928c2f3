import { formatTime } from '@kehoach/nd30';
import { valueAt, type Plan } from '@kehoach/core';
import { contentHash } from './hash.js';
import { taskHashes } from './clone-plan.js';
import { dutyUnits } from './duty-units.js';

/** One change of the parent since the child was cloned. */
export interface Drift {
  kind: 'added' | 'removed' | 'reworded' | 'new-deadline';
  id: string;
  ref: string;
  /** Vietnamese explanation. */
  detail: string;
}

/** Coverage of the parent's tasks by the child, and the parent's changes since cloning. */
export interface TraceResult {
  /** Parent tasks (falling to the child's level at cloning) that the child carries. */
  covered: Array<{ id: string; ref: string; by: string[] }>;
  /** Parent tasks that fell to the child's level but that no child task comes from. */
  notCovered: Array<{ id: string; ref: string; text: string }>;
  /**
   * Parent tasks whose agencies could not be told at cloning: they may fall to this level; they
   * count in the coverage (never a full coverage while they are open) unless the child carries them.
   */
  unclassified: Array<{ id: string; ref: string; text: string }>;
  /** Covered / (covered + not covered + unclassified), 0–1. */
  coverage: number;
  /** False when the parent is byte-for-byte the version cloned (same content hash). */
  parentChanged: boolean;
  drift: Drift[];
}

function timeText(plan: Plan, id: string): string {
  return formatTime(plan.tasks.find((x) => x.id === id)?.time);
}

/** The time the child carries for a parent task (its copy, possibly edited since). */
function childTime(child: Plan, parentId: string): string | undefined {
  const t = child.tasks.find((x) => (valueAt(child.input, x.path) as { origin?: { task?: string } }).origin?.task === parentId);
  return t ? formatTime(t.time) : undefined;
}

/**
 * Checks a child plan against its parent: every parent task that fell to the child's level at
 * cloning must be carried by a child task (by `origin.task`); and, using the snapshot and the
 * hash recorded at cloning, what changed in the parent since (added, removed, reworded, new
 * deadline) — so the unit knows what to update.
 *
 * @example
 * const { notCovered, drift } = tracePlan(communePlan, provincePlan);
 */
export function tracePlan(child: Plan, parent: Plan): TraceResult {
  const snapshot = child.input.parent?.tasks ?? [];
  const origins = new Map<string, string[]>();
  // Every task of the child, wherever it is (task blocks, task tables, appendices), by its origin.
  for (const t of child.tasks) {
    const origin = (valueAt(child.input, t.path) as { origin?: { task?: string } } | undefined)?.origin;
    if (origin?.task) origins.set(origin.task, [...(origins.get(origin.task) ?? []), t.id]);
  }

  const covered: TraceResult['covered'] = [];
  const notCovered: TraceResult['notCovered'] = [];
  for (const s of snapshot.filter((x) => x.carried)) {
    const by = origins.get(s.id);
    const current = parent.tasks.find((x) => x.id === s.id);
    if (by) covered.push({ id: s.id, ref: s.ref ?? current?.ref ?? '', by });
    else notCovered.push({ id: s.id, ref: current?.ref ?? s.ref ?? '', text: (current?.text.join(' ') ?? '').slice(0, 160) });
  }

  const unclassified: TraceResult['unclassified'] = [];
  for (const s of snapshot.filter((x) => x.unclassified && !x.carried)) {
    const current = parent.tasks.find((x) => x.id === s.id);
    const by = origins.get(s.id);
    if (by) covered.push({ id: s.id, ref: s.ref ?? current?.ref ?? '', by });
    else unclassified.push({ id: s.id, ref: current?.ref ?? s.ref ?? '', text: (current?.text.join(' ') ?? '').slice(0, 160) });
  }
  const total = covered.length + notCovered.length + unclassified.length;

  const drift: Drift[] = [];
  // the parent's duties as clone counted them: a heading's sub-tasks each as itself, no targets
  const top = dutyUnits(parent);
  for (const s of snapshot.filter((x) => !x.text)) {
    const current = top.find((x) => x.id === s.id);
    if (!current) {
      drift.push({ kind: 'removed', id: s.id, ref: s.ref ?? '', detail: 'nhiệm vụ đã bị bỏ khỏi kế hoạch cấp trên' });
      continue;
    }
    const h = taskHashes(parent, current);
    if (h.hash !== s.hash) drift.push({ kind: 'reworded', id: s.id, ref: current.ref, detail: 'nội dung nhiệm vụ đã được sửa' });
    if (h.timeHash !== s.timeHash) {
      const mine = childTime(child, s.id);
      drift.push({ kind: 'new-deadline', id: s.id, ref: current.ref, detail: `thời gian mới: ${timeText(parent, s.id)}${mine ? ` (kế hoạch này: ${mine})` : ''}` });
    }
  }
  for (const t of top) {
    if (!snapshot.some((s) => s.id === t.id)) drift.push({ kind: 'added', id: t.id, ref: t.ref, detail: 'nhiệm vụ mới của kế hoạch cấp trên' });
  }
  const parentChanged = child.input.parent?.hash !== undefined && child.input.parent.hash !== contentHash(parent.input);
  return { covered, notCovered, unclassified, coverage: total ? covered.length / total : 1, parentChanged, drift };
}
