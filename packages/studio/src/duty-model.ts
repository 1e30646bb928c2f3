/**
 * The duties (tasks) of a plan as the duty form sees them: every list of tasks in the data (a
 * section's, a group's under its lead or theme), each task's text, lead, support, requested bodies and time, and the
 * time as a form has it (time-model.ts: dates, windows, spoken periods, recurrences; any other form
 * of time is kept as it is). Pure: data in, plain values out; `duty-form.ts` writes them back.
 */
import { asciiName, freshId } from './file-name.js';
import { timeFields, type TimeFields } from './time-model.js';

export { timeFields, timeValue, type TimeFields, type TimeKind } from './time-model.js';

/** A place in the data: keys and list indexes. */
export type Path = Array<string | number>;

/** One task as the form edits it. */
export interface Duty {
  index: number;
  id: string;
  text: string;
  /** Agency ids, comma-separated. */
  lead: string;
  support: string;
  /** Bodies the plan requests (`requested`: đề nghị … thực hiện), comma-separated. */
  requested: string;
  time: TimeFields;
  /** The time as written (kept when the form leaves it as it was). */
  rawTime: unknown;
}

/** One list of tasks: where it is and what it is called in the form. */
export interface DutyList {
  path: Path;
  label: string;
  duties: Duty[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ids = (v: unknown) => (Array.isArray(v) ? v.map(String).join(', ') : typeof v === 'string' ? v : '');

/** Agency ids from a comma-separated field: one id as a string, several as a list, none as undefined. */
export function idsValue(s: string): string | string[] | undefined {
  const list = s.split(/[,;\s]+/).map((x) => x.trim().replace(/^@/, '')).filter(Boolean);
  return list.length === 0 ? undefined : list.length === 1 ? list[0] : list;
}

function duty(t: Obj, index: number): Duty {
  return { index, id: String(t.id ?? ''), text: typeof t.text === 'string' ? t.text : '', lead: ids(t.lead), support: ids(t.support), requested: ids(t.requested), time: timeFields(t.time), rawTime: t.time };
}

/** Every list of tasks in `data`, in document order, labelled by section and group. */
export function dutyLists(data: unknown, agencyName: (id: string) => string = (id) => id): DutyList[] {
  const out: DutyList[] = [];
  const walk = (node: unknown, path: Path, label: string): void => {
    if (Array.isArray(node)) return node.forEach((x, i) => walk(x, [...path, i], label));
    if (!isObj(node)) return;
    const own = typeof node.title === 'string' ? node.title : typeof node.lead === 'string' && Array.isArray(node.tasks) ? agencyName(node.lead) : '';
    const here = own ? (label ? `${label} › ${own}` : own) : label;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'tasks' && Array.isArray(v) && v.every(isObj)) {
        out.push({ path: [...path, k], label: here || 'Nhiệm vụ', duties: v.map((t, i) => duty(t as Obj, i)) });
        v.forEach((t, i) => walk(t, [...path, k, i], here));
      } else if (k !== 'agencies' && typeof v === 'object') walk(v, [...path, k], here);
    }
  };
  walk(isObj(data) ? { body: data.body, appendices: data.appendices } : undefined, [], '');
  return out;
}

/** Every `id` used in the data (tasks, groups, references), for a new task's id to differ. */
function usedIds(data: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(data)) data.forEach((x) => usedIds(x, into));
  else if (isObj(data)) {
    if (typeof data.id === 'string') into.add(data.id);
    Object.values(data).forEach((v) => usedIds(v, into));
  }
  return into;
}

/** An id for a new task from its first words (`to-chuc-tap-huan-can-bo`), unique in `data`. */
export function newDutyId(text: string, data: unknown): string {
  const base = asciiName(text.split(/\s+/).slice(0, 5).join(' ')).toLowerCase() || 'nhiem-vu';
  return freshId(base, usedIds(data));
}
