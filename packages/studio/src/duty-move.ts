/**
 * Where a duty can go and how it gets there: up or down in its list, or to the end of another list
 * of tasks — one that exists, or a new one in a section that has none yet (written as a block of
 * tasks, `- tasks: { tasks: [ … ] }`). The duty's lines move as they are (yaml-list-edit.ts).
 */
import type { DutyList, Path } from './duty-model.js';
import type { Section } from './section-model.js';
import { moveItem, moveItemTo, shift } from './yaml-list-edit.js';

/** A list a duty can be moved to: an existing list of tasks, or a section's new one (`wrap`). */
export interface MoveTarget {
  label: string;
  path: Path;
  /** A section without tasks: the duty goes into a new block of tasks at the end of its items. */
  newList?: boolean;
}

/** Every list a duty can be moved to: the lists of tasks, then the sections holding none. */
export function moveTargets(lists: DutyList[], sections: Section[]): MoveTarget[] {
  const fresh = sections
    .filter((s) => !s.hasTaskList)
    .map((s) => ({ label: `${s.title} (danh sách nhiệm vụ mới)`, path: [...s.list, s.index, 'items'], newList: true }));
  return [...lists.map((l) => ({ label: l.label, path: l.path })), ...fresh];
}

/** The text with duty `index` of `list` moved one place up (`-1`) or down (`1`); the same text at either end. */
export function moveDuty(text: string, list: DutyList, index: number, by: -1 | 1): string {
  const to = index + by;
  return to < 0 || to >= list.duties.length ? text : moveItem(text, list.path, index, to);
}

/** An item's lines (at column 0) as the one task of a new block of tasks. */
const inTaskBlock = (block: string) => `- tasks:\n    tasks:\n${shift(block.replace(/\n$/, ''), 6)}\n`;

/** The text with duty `index` of `list` moved to the end of `target`. */
export function moveDutyTo(text: string, list: DutyList, index: number, target: MoveTarget): string {
  return moveItemTo(text, list.path, index, target.path, target.newList ? inTaskBlock : undefined);
}
