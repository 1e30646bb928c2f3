import { findAttribution, findSupport, findTimes, formatTime, isAgencyName, joinNames, namesAgency, type TimeMatch } from '@kehoach/nd30';
import type { PlanInput, TimeInput } from '@kehoach/schema';
import type { Agency, Plan, Task } from './model.js';
import { periodYears, valueAt } from './plan-facts.js';
import { citeShort } from './normalise/opening.js';

/** What the data of a task gives, to compare with its words. */
export interface TaskData {
  lead: readonly Agency[];
  support: readonly Agency[];
  requested: readonly Agency[];
  time?: TimeInput;
}

/** A fact of a task: who leads, coordinates, is requested, and when. */
export type TaskFact = 'lead' | 'support' | 'requested' | 'time';

/** Where a task's words say another date or body than its data. */
export interface FactConflict {
  fact: TaskFact;
  /** The paragraph of the task's text, and the span of the words there (UTF-16 units of its NFC form). */
  paragraph: number;
  index: number;
  length: number;
  /** The words as written. */
  said: string;
  /** What the data says, in words: names joined, the time as `formatTime` prints it. */
  data: string;
}

/** Which facts a task's words already state, and where they say something else than the data. */
export interface StatedFacts {
  /** The words name a lead (`X chủ trì …`, `(X thực hiện)`, `Giao X …`), or the task has its own attribution wording. */
  lead: boolean;
  /** The data's coordinating bodies the words name as such (after `phối hợp`). */
  support: readonly Agency[];
  /** The data's requested bodies the words name (`Đề nghị X …`). */
  requested: readonly Agency[];
  /** The words state the time (the data's, or another: see `conflicts`). */
  time: boolean;
  conflicts: FactConflict[];
}

/** What reading a task's words needs besides them. */
export interface StatedContext {
  /** The year of dates written without one (`trước ngày 30/6`). */
  year?: number;
  /** Every declared agency: a name in the words is compared with the data only when it is one of them. */
  agencies: readonly Agency[];
  /** The task's own attribution wording (`attribution:`): printed as written, it says the agencies. */
  attribution?: string;
  /** The id of a cited document from its short citation (a time “theo thời hạn tại …”). */
  reference?: (citation: string) => string | undefined;
  /** The short citation of a document id, for the time in words. */
  cite?: (id: string) => string | undefined;
}

/** Times that words state in passing (`thường xuyên kiểm tra`, `đúng theo quy định`): they say a time only when the data's is the same. */
const IN_PASSING = new Set(['ongoing', 'as-regulated']);

const forms = (a: Agency) => [a.name, a.shortName, ...a.aliases];

/**
 * A time as compared with another: the kind of a deadline (`trước`, `chậm nhất`, `trong`) and the
 * plan's own `note` aside — the same day or period is the same time.
 */
function timeEntries(t: TimeInput): Array<[string, string]> {
  const { note: _note, dueKind: _kind, before, by, within, ...rest } = t;
  const point = before ?? by ?? within;
  const o: Record<string, unknown> = { ...rest, ...(point !== undefined ? { point } : {}) };
  return Object.keys(o).map((k) => [k, JSON.stringify(o[k])]);
}

/**
 * How the words' time stands to the data's: the same (`same`); saying less of it (`less`: `hằng tuần`
 * for `thứ Tư hằng tuần`, which the data's words complete); another time (`other`). A time given by its
 * words only (`note`) is the same when the words contain them, and no other time.
 */
function compareTime(found: TimeMatch, data: TimeInput, paragraph: string): 'same' | 'less' | 'other' {
  const { note, ...structured } = data;
  if (!Object.keys(structured).length) return note !== undefined && paragraph.toLocaleLowerCase('vi').includes(note.toLocaleLowerCase('vi')) ? 'same' : 'less';
  const a = timeEntries(found.time);
  const b = timeEntries(data);
  if (a.length === b.length && a.every(([k, v]) => b.some(([k2, v2]) => k === k2 && v === v2))) return 'same';
  return a.every(([k, v]) => b.some(([k2, v2]) => k === k2 && v === v2)) ? 'less' : 'other';
}

/** The agencies a clause names that are declared, and not among `expected`: words naming another body than the data. */
function otherBodies(names: readonly string[], expected: readonly Agency[], agencies: readonly Agency[]): Agency[] {
  if (!names.length || !expected.length) return [];
  if (expected.some((a) => names.some((n) => namesAgency(n, forms(a))))) return [];
  return agencies.filter((a) => !expected.includes(a) && names.some((n) => isAgencyName(n, forms(a))));
}

/** Reads one paragraph: the attribution and coordination it states, and its times. */
function readParagraph(p: string, ctx: StatedContext) {
  return {
    text: p.normalize('NFC'),
    attribution: findAttribution(p.normalize('NFC')),
    support: findSupport(p),
    times: findTimes(p, { ...(ctx.year !== undefined ? { year: ctx.year } : {}), ...(ctx.reference ? { reference: ctx.reference } : {}) }),
  };
}

/** Conflicts of names: the words' lead, support or requested bodies are declared agencies the data does not give that role. */
function bodyConflicts(read: ReadonlyArray<ReturnType<typeof readParagraph>>, data: TaskData, ctx: StatedContext): FactConflict[] {
  const out: FactConflict[] = [];
  read.forEach((r, paragraph) => {
    for (const fact of ['lead', 'support', 'requested'] as const) {
      const names = r.attribution?.[fact] ?? [];
      for (const other of otherBodies(names, data[fact], ctx.agencies)) {
        const written = names.find((n) => isAgencyName(n, forms(other)))!;
        const index = r.text.indexOf(written);
        out.push({ fact, paragraph, index: Math.max(0, index), length: index < 0 ? 0 : written.length, said: written, data: joinNames(data[fact].map((a) => a.name)) });
      }
    }
  });
  return out;
}

/**
 * Which of a task's facts its words already state — the lead, the coordinating and the requested
 * bodies (@kehoach/nd30's `findAttribution`, `findSupport`, the agencies' names, short names and
 * aliases), the time (`findTimes`: the dates of cited documents and periods naming a thing left out)
 * — so that the printer adds only what the words do not say; and where the words state another time
 * or name another declared body than the data (each with its words and place), which a rule reports.
 * A task's own attribution wording states its agencies. Pure.
 */
export function statedFacts(text: readonly string[], data: TaskData, ctx: StatedContext): StatedFacts {
  const read = text.map((p) => readParagraph(p, ctx));
  const own = ctx.attribution !== undefined;
  const found = read.map((r) => r.attribution).filter((a) => a !== undefined);
  const inRole = (a: Agency, role: 'support' | 'requested') => found.some((f) => f[role].some((n) => namesAgency(n, forms(a))));
  // A coordinating body is named as such after `phối hợp` in its sentence; a requested one in `Đề nghị X …`.
  const coordinated = (a: Agency) => read.some((r) => r.support.some((c) => namesAgency(c.words, forms(a))));
  const stated: StatedFacts = {
    lead: own || found.some((a) => a.lead.length > 0 || a.style === 'assigned'),
    support: data.support.filter((a) => own || inRole(a, 'support') || coordinated(a)),
    requested: data.requested.filter((a) => own || inRole(a, 'requested')),
    time: false,
    conflicts: bodyConflicts(read, data, ctx),
  };
  const times = read.flatMap((r, paragraph) => r.times.map((m) => ({ m, paragraph, text: r.text })));
  if (!data.time) {
    stated.time = times.some((t) => !IN_PASSING.has(t.m.rule));
    return stated;
  }
  const compared = times.map((t) => ({ ...t, how: compareTime(t.m, data.time!, t.text) }));
  stated.time = compared.some((t) => t.how === 'same');
  const other = stated.time ? undefined : compared.find((t) => t.how === 'other' && !IN_PASSING.has(t.m.rule));
  if (other) {
    stated.time = true;
    stated.conflicts.push({
      fact: 'time', paragraph: other.paragraph, index: other.m.index, length: other.m.length,
      said: other.text.slice(other.m.index, other.m.index + other.m.length), data: formatTime(data.time, ctx.cite),
    });
  }
  return stated;
}

/** The year of dates a task's words write without one: the plan's one year, else the year of its date. */
export function wordsYear(input: Pick<PlanInput, 'period' | 'date'>): { year?: number } {
  const years = periodYears(input.period);
  const year = years.length === 1 ? years[0] : input.date ? Number(input.date.slice(0, 4)) : years[0];
  return year === undefined ? {} : { year };
}

/**
 * {@link statedFacts} of a task of a loaded plan: its words against its data (its effective agencies
 * and its time), read in the plan's year, with its declared agencies and cited documents — what the
 * printer compared when it printed the task, for a rule to report the conflicts.
 */
export function statedFactsOf(plan: Plan, task: Task): StatedFacts {
  const byId = new Map(plan.references.filter((r) => r.id).map((r) => [r.id!, citeShort(r)]));
  const byCitation = new Map([...byId].map(([id, c]) => [c, id]));
  const attribution = valueAt(plan.input, `${task.path}/attribution`);
  return statedFacts(task.text, task, {
    ...wordsYear(plan.input),
    agencies: Object.values(plan.agencies),
    ...(typeof attribution === 'string' ? { attribution } : {}),
    reference: (c) => byCitation.get(c),
    cite: (id) => byId.get(id),
  });
}
