import { formatTimeClause, joinClauses, withTrailingParenthesis } from '@kehoach/nd30';
import type { TaskBlockInput } from '@kehoach/schema';
import { attributionPhrase, type Roles } from './attribution.js';
import type { OutlineNode } from './model.js';

/** How a task block prints who does a task and when (`attribution:` of the block). */
export type AttributionMode = NonNullable<TaskBlockInput['attribution']>;

/** What a task prints beyond its words, and what its words (or heading) already say. */
export interface Assignment {
  /** The agencies to name, by role (those the words and the heading do not name). */
  roles: Roles;
  /** The task's own attribution wording, printed instead of the generated one. */
  attribution?: string;
  /** The time in words (`formatTime`), when the words do not say it. */
  time?: string;
  /** The facts the words (or a by-agency heading) already say. */
  said: { lead: boolean; support: boolean; requested: boolean; time: boolean };
}

const empty = (r: Roles) => !r.lead.length && !r.support.length && !r.requested.length;

/** `(clause)` at the end of the task's last paragraph, or after its children (and as a paragraph of its own). */
function parenthesis(n: OutlineNode, clause: string, ownParagraph: boolean): void {
  if (!clause) return;
  if (!ownParagraph && !n.children.length && n.paragraphs.length) n.paragraphs[n.paragraphs.length - 1] = withTrailingParenthesis(n.paragraphs[n.paragraphs.length - 1]!, clause);
  else n.trailer.push(`(${clause})`);
}

/**
 * Prints a task's assignment in the block's style, in the Nghị định 30 wording of @kehoach/nd30:
 * - `inline`: the attribution starts the sentence (`Công an xã chủ trì, phối hợp với Văn phòng xã tổ
 *   chức …`), the time follows in parentheses (`… (thời gian hoàn thành: trước ngày 15/3/2026).`);
 *   when the words already name the lead, the bodies they do not name go into the parentheses too;
 * - `parenthesis`: `… (Công an xã chủ trì, phối hợp với Văn phòng xã thực hiện; thời gian hoàn thành:
 *   trước 15/3/2026).` at the end of the task (after its sub-tasks when it has some);
 * - `parenthesis-paragraph`: the same parentheses as a paragraph after the task.
 * `timeLabel` is the plan's own time label (`labels.time`).
 */
export function printAssignment(n: OutlineNode, a: Assignment, mode: Exclude<AttributionMode, 'labelled' | 'none'>, timeLabel?: string): void {
  const time = a.time ? formatTimeClause(a.time, timeLabel) : undefined;
  const prefix = mode === 'inline' && (a.attribution !== undefined || (!empty(a.roles) && !a.said.lead));
  if (prefix) {
    const phrase = a.attribution ?? attributionPhrase(a.roles, 'prefix');
    if (n.paragraphs.length) n.paragraphs[0] = `${phrase} ${n.paragraphs[0]}`;
    else n.paragraphs.push(n.children.length ? `${phrase}:` : phrase);
    parenthesis(n, joinClauses([time]), false);
    return;
  }
  const phrase = a.attribution ?? (empty(a.roles) ? undefined : attributionPhrase(a.roles, 'parenthesis'));
  parenthesis(n, joinClauses([phrase, time]), mode === 'parenthesis-paragraph');
}
