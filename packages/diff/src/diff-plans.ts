import type { Plan } from '@kehoach/core';
import { buildDocument } from '@kehoach/document';
import { alignSequences } from './align.js';
import { matchAppendices } from './appendices.js';
import { basisChanges } from './bases.js';
import { describe, excerpt, type ChangeData } from './change-words.js';
import { dutiesOf, dutyChanges, matchDuties, movedDuties, type Duty } from './duties.js';
import { headerChanges } from './header-changes.js';
import type { PlanDiff } from './model.js';
import { recipientChanges } from './recipients.js';
import { placedBlocks, positionOf, textUnits, type TextUnit } from './text-units.js';
import { diffWords, similarity } from './words.js';

/** A change of the body with where it goes in the list: the new version's place, or after the old neighbour's. */
interface Placed {
  change: ChangeData;
  at: number;
  /** Among changes at the same place: removed first, then the old order. */
  tie: number;
}

/** Something of the body that is in one version, by its place there. */
type Item = { pos: number; match?: number };

/** The place in the new version's order of a removed item: just after its closest matched predecessor. */
function placeOfRemoved(olds: readonly Item[], news: readonly Item[], i: number): number {
  let best = -2;
  let bestPos = -Infinity;
  for (const o of olds) {
    if (o.match === undefined || o.pos > olds[i]!.pos || o.pos < bestPos) continue;
    bestPos = o.pos;
    best = news[o.match]!.pos;
  }
  return best + 0.5;
}

/** Duties added, removed, moved and changed, each with its place. */
function dutyPlaced(da: Duty[], db: Duty[]): { placed: Placed[]; olds: Item[]; news: Item[] } {
  const pairs = matchDuties(da, db);
  const moved = movedDuties(da, db, pairs);
  const olds: Item[] = da.map((d, i) => ({ pos: d.pos, ...(pairs.has(i) ? { match: pairs.get(i)! } : {}) }));
  const matchedNew = new Set(pairs.values());
  const news: Item[] = db.map((d) => ({ pos: d.pos }));
  const placed: Placed[] = [];
  da.forEach((d, i) => {
    const j = pairs.get(i);
    if (j === undefined) {
      placed.push({ change: { kind: 'duty-removed', id: d.task.id, subject: excerpt(d.fields.text || d.fields.title), old: { ref: d.task.ref, path: d.task.path } }, at: placeOfRemoved(olds, news, i), tie: d.pos });
      return;
    }
    const n = db[j]!;
    if (moved.has(i)) placed.push({ change: { kind: 'duty-moved', id: n.task.id, subject: excerpt(n.fields.text || n.fields.title), old: { ref: d.task.ref, path: d.task.path }, new: { ref: n.task.ref, path: n.task.path } }, at: n.pos, tie: 0 });
    for (const c of dutyChanges(d, n)) placed.push({ change: c, at: n.pos, tie: 1 });
  });
  db.forEach((d, j) => {
    if (!matchedNew.has(j)) placed.push({ change: { kind: 'duty-added', id: d.task.id, subject: excerpt(d.fields.text || d.fields.title), new: { ref: d.task.ref, path: d.task.path } }, at: d.pos, tie: 2 });
  });
  return { placed, olds, news };
}

/** Paragraphs, headings and table rows added, removed or reworded, each with its place. */
function textPlaced(ua: TextUnit[], ub: TextUnit[]): Placed[] {
  const steps = alignSequences(ua, ub, { key: (u) => u.text, similarity: (x, y) => similarity(x.text, y.text), threshold: 0.5 });
  const olds: Item[] = ua.map((u) => ({ pos: u.pos }));
  const news: Item[] = ub.map((u) => ({ pos: u.pos }));
  for (const s of steps) if (s.a !== undefined && s.b !== undefined) olds[s.a]!.match = s.b;
  const placed: Placed[] = [];
  for (const s of steps) {
    if (s.a !== undefined && s.b !== undefined) {
      if (s.same) continue;
      const [x, y] = [ua[s.a]!, ub[s.b]!];
      placed.push({ change: { kind: 'text-changed', subject: excerpt(y.text), before: x.text, after: y.text, words: diffWords(x.text, y.text), old: { ref: x.ref, path: x.path }, new: { ref: y.ref, path: y.path } }, at: y.pos, tie: 1 });
    } else if (s.a !== undefined) {
      const x = ua[s.a]!;
      placed.push({ change: { kind: 'text-removed', before: x.text, old: { ref: x.ref, path: x.path } }, at: placeOfRemoved(olds, news, s.a), tie: x.pos });
    } else {
      const y = ub[s.b]!;
      placed.push({ change: { kind: 'text-added', after: y.text, new: { ref: y.ref, path: y.path } }, at: y.pos, tie: 2 });
    }
  }
  return placed;
}

/** Is a JSON pointer inside one of the given appendices of the plan? */
const inAppendix = (plan: Plan, set: ReadonlySet<number>) => (path: string) => [...set].some((i) => path.startsWith(`${plan.appendices[i]?.path ?? '\u0000'}/`));

/**
 * Compares two versions of a plan as a reader of the printed plan would: duties added, removed or
 * moved, their lead, support, requested bodies, time (in the words of `formatTime`) and output
 * changed, their wording changed word by word; other paragraphs, headings and table rows added,
 * removed or reworded; the header, the bases, Nơi nhận and the appendices. Duties are matched by id,
 * then by their words, so a renumbered plan, or one whose ids were rewritten, shows no false change.
 * Pure; runs in browsers (the studio shows it beside the two texts).
 *
 * @example
 * const { same, changes } = diffPlans(before, after);
 * for (const c of changes) console.log(c.message); // Nhiệm vụ 1.2 “…”: thời gian Trong tháng 8/2025 → Trước 15/9/2025
 */
export function diffPlans(before: Plan, after: Plan): PlanDiff {
  const [pa, pb] = [buildDocument(before), buildDocument(after)];
  const appendices = matchAppendices(pa, pb);
  const [ba, bb] = [placedBlocks(pa), placedBlocks(pb)];
  const goneA = inAppendix(before, appendices.removed);
  const goneB = inAppendix(after, appendices.added);
  const da = dutiesOf(before, positionOf(ba)).filter((d) => !goneA(d.task.path));
  const db = dutiesOf(after, positionOf(bb)).filter((d) => !goneB(d.task.path));
  const ua = textUnits(before, ba).filter((u) => u.appendix === undefined || !appendices.removed.has(u.appendix));
  const ub = textUnits(after, bb).filter((u) => u.appendix === undefined || !appendices.added.has(u.appendix));
  const body = [...dutyPlaced(da, db).placed, ...textPlaced(ua, ub)].sort((x, y) => x.at - y.at || x.tie - y.tie);
  const changes = [
    ...headerChanges(pa, pb),
    ...basisChanges(before, after),
    ...body.map((p) => p.change),
    ...recipientChanges(before, after),
    ...appendices.changes,
  ].map(describe);
  return { same: changes.length === 0, changes };
}
