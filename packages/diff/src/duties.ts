import { valueAt, type Agency, type Plan, type Task } from '@kehoach/core';
import { citeShort, formatTime, joinNames } from '@kehoach/nd30';
import type { ChangeData } from './change-words.js';
import { excerpt } from './change-words.js';
import type { DutyField } from './model.js';
import { diffWords, similarity } from './words.js';

/** A duty of one version, with what a reader compares: its words, who, when, what. */
export interface Duty {
  task: Task;
  /** Where it prints among the plan's blocks (for the order of the changes). */
  pos: number;
  /** The JSON pointer of the list or group it belongs to. */
  container: string;
  fields: Record<DutyField, string>;
}

/** Least similarity of the words of two duties matched by wording (ids differ). */
const SAME_DUTY = 0.6;

const names = (list: readonly Agency[]) => joinNames(list.map((a) => a.name));

/** The JSON pointer of the list a duty is in: its path without the last two segments (`/tasks/3`, `/rows/2`). */
function containerOf(path: string): string {
  return path.split('/').slice(0, -2).join('/');
}

/** A plan's duties in print order, with their fields in words (times as `formatTime` says them). */
export function dutiesOf(plan: Plan, position: (path: string) => number): Duty[] {
  const cite = (id: string) => {
    const r = plan.references.find((x) => x.id === id);
    return r ? citeShort(r) : undefined;
  };
  return plan.tasks.map((task) => {
    const input = valueAt(plan.input, task.path) as { title?: unknown } | undefined;
    const title = typeof input?.title === 'string' ? input.title : '';
    return {
      task,
      pos: position(task.path),
      container: containerOf(task.path),
      fields: {
        title,
        text: task.text.join('\n'),
        lead: task.lead.length ? names(task.lead) : (task.assignedBy ?? ''),
        support: names(task.support),
        requested: names(task.requested),
        monitor: names(task.monitor),
        time: task.time ? formatTime(task.time, cite) : '',
        output: task.output ?? '',
      },
    };
  });
}

/** The words a duty is recognised by: its heading and its text. */
const wording = (d: Duty) => `${d.fields.title} ${d.fields.text}`.trim();

/**
 * Pairs the duties of two versions: by id first, then by the same words, then by words alike
 * (a renumbered or re-identified plan is not “everything changed”). Old index → new index.
 */
export function matchDuties(a: readonly Duty[], b: readonly Duty[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  const byId = new Map(b.map((d, j) => [d.task.id, j]));
  a.forEach((d, i) => {
    const j = byId.get(d.task.id);
    if (j !== undefined && !taken.has(j)) {
      pairs.set(i, j);
      taken.add(j);
    }
  });
  const freeA = () => a.map((_, i) => i).filter((i) => !pairs.has(i));
  const freeB = () => b.map((_, j) => j).filter((j) => !taken.has(j));
  const byWords = new Map<string, number[]>();
  for (const j of freeB()) byWords.set(wording(b[j]!), [...(byWords.get(wording(b[j]!)) ?? []), j]);
  for (const i of freeA()) {
    const j = byWords.get(wording(a[i]!))?.shift();
    if (j !== undefined) {
      pairs.set(i, j);
      taken.add(j);
    }
  }
  const candidates: Array<[number, number, number]> = [];
  const fa = freeA();
  const fb = freeB();
  if (fa.length * fb.length <= 40_000) {
    for (const i of fa) for (const j of fb) {
      const s = similarity(wording(a[i]!), wording(b[j]!));
      if (s >= SAME_DUTY) candidates.push([s, i, j]);
    }
  }
  for (const [, i, j] of candidates.sort((x, y) => y[0] - x[0])) {
    if (pairs.has(i) || taken.has(j)) continue;
    pairs.set(i, j);
    taken.add(j);
  }
  return pairs;
}

const FIELDS: readonly DutyField[] = ['title', 'text', 'lead', 'support', 'requested', 'monitor', 'time', 'output'];

/** The changed fields of a duty matched in both versions. */
export function dutyChanges(a: Duty, b: Duty): ChangeData[] {
  const place = { old: { ref: a.task.ref, path: a.task.path }, new: { ref: b.task.ref, path: b.task.path } };
  const subject = excerpt(b.fields.text || b.fields.title);
  return FIELDS.filter((f) => a.fields[f] !== b.fields[f]).map((field) => ({
    kind: 'duty-changed',
    field,
    id: b.task.id,
    subject,
    before: a.fields[field],
    after: b.fields[field],
    ...(field === 'text' || field === 'title' ? { words: diffWords(a.fields[field], b.fields[field]) } : {}),
    ...place,
  }));
}

/** The longest run of pairs in the same order in both versions; the pairs outside it have moved. */
function inOrder(pairs: ReadonlyArray<[number, number]>): Set<number> {
  // Longest increasing subsequence of the new positions, taken in old order (patience sorting).
  const sorted = [...pairs].sort((x, y) => x[0] - y[0]);
  const tails: number[] = [];
  const prev: number[] = new Array(sorted.length).fill(-1);
  sorted.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  });
  const keep = new Set<number>();
  for (let k = tails[tails.length - 1] ?? -1; k >= 0; k = prev[k]!) keep.add(sorted[k]![0]);
  return keep;
}

/**
 * The duties that moved: out of the order the others keep, or into another list than the one most
 * of their old neighbours went to (so a renamed or renumbered group moves nobody).
 */
export function movedDuties(a: readonly Duty[], b: readonly Duty[], pairs: ReadonlyMap<number, number>): Set<number> {
  const votes = new Map<string, Map<string, number>>();
  for (const [i, j] of pairs) {
    const v = votes.get(a[i]!.container) ?? new Map<string, number>();
    v.set(b[j]!.container, (v.get(b[j]!.container) ?? 0) + 1);
    votes.set(a[i]!.container, v);
  }
  const successor = new Map([...votes].map(([from, v]) => [from, [...v].sort((x, y) => y[1] - x[1])[0]![0]]));
  const ordered = inOrder([...pairs].map(([i, j]) => [a[i]!.pos * 1e4 + i, b[j]!.pos * 1e4 + j] as [number, number]));
  const moved = new Set<number>();
  for (const [i, j] of pairs) {
    const key = a[i]!.pos * 1e4 + i;
    if (!ordered.has(key) || successor.get(a[i]!.container) !== b[j]!.container) moved.add(i);
  }
  return moved;
}
