/**
 * The index the load-phase rules share: one walk of the input collects every agency reference, id,
 * time, group, table, reporting period, signature, recipient and paragraph with its place, so that
 * each rule reads lists instead of walking the plan again. The input may be invalid against the
 * schema (loading reports what the rules find there too): every part is read through guards, and a
 * malformed part is skipped, never thrown on.
 */

/** A JSON pointer as segments (`['body', 1, 'items', 0]`), turned into a pointer only when reported. */
export type Segments = ReadonlyArray<string | number>;

/** A mapping of the input (a plain object). */
export type Data = Record<string, unknown>;

/** A time (`time:` of a task, a group, a part, own plans, a reporting period) and where it is. */
export interface IndexedTime {
  time: Data;
  path: Segments;
  /** The reporting period the time belongs to (which may not also give `due` or `window`). */
  period?: Data;
}

/** A table block and its shape. */
export interface IndexedTable {
  table: Data;
  path: Segments;
  /** `plain`, `tasks` or `targets`. */
  kind: string;
  /** Its number of columns. */
  width: number;
}

/** Every part of the input a load rule looks at, in document order, each with its place. */
export interface PlanIndex {
  /** The declared agencies (`agencies:`), by id. */
  agencies: Data;
  /** Every agency reference (`lead`, `support`, `of`, `to`, `focalAgency` …): the id as written. */
  agencyRefs: Array<{ id: string; path: Segments }>;
  /** Every id of the shared namespace (references, parts, sections, items, task blocks, groups, tasks, tables, rows), at its owner. */
  ids: Array<{ id: string; path: Segments }>;
  /** The ids of reporting periods (their own namespace), at the period. */
  periodIds: Array<{ id: string; path: Segments }>;
  /** The ids of the documents declared (`opening.bases[].references`, `references`). */
  referenceIds: Set<string>;
  times: IndexedTime[];
  /** Every `assignedBy` of a task. */
  assignments: Array<{ assignedBy: Data; path: Segments }>;
  /** Every task group, with the layout of its block. */
  groups: Array<{ group: Data; path: Segments; layout: unknown }>;
  tables: IndexedTable[];
  /** Every row of every table (in its groups too). */
  rows: Array<{ row: unknown; path: Segments; table: IndexedTable }>;
  /** Every reporting period (`facts.reporting.periods`). */
  reportingPeriods: Array<{ period: Data; path: Segments }>;
  signatures: Array<{ signature: unknown; path: Segments }>;
  recipients: Array<{ recipient: unknown; path: Segments }>;
  /**
   * Every paragraph the printer numbers or continues in the body and appendices: a `text` (its first
   * paragraph) and each string of an `items` list, outside tables (a TT column is numbered by hand).
   */
  paragraphs: Array<{ text: string; path: Segments }>;
}

/** The value when it is a mapping. */
export function asData(v: unknown): Data | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : undefined;
}

/** The value when it is a list, else an empty list. */
export function asList(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The value when it is a string. */
export function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

const ATTRIBUTION = ['lead', 'support', 'requested', 'monitor'] as const;

/** Builds the index of an input in one walk. */
export function indexPlan(input: Data): PlanIndex {
  const index: PlanIndex = {
    agencies: asData(input.agencies) ?? {},
    agencyRefs: [], ids: [], periodIds: [], referenceIds: new Set(), times: [], assignments: [], groups: [],
    tables: [], rows: [], reportingPeriods: [], signatures: [], recipients: [], paragraphs: [],
  };
  const walker = new Walker(index);
  walker.plan(input);
  return index;
}

/** The walk itself: one method per shape of the input. */
class Walker {
  constructor(private readonly index: PlanIndex) {}

  plan(input: Data): void {
    const issuer = asData(input.issuer);
    this.agency(issuer?.agency, ['issuer', 'agency']);
    this.agency(asData(issuer?.parent)?.agency, ['issuer', 'parent', 'agency']);
    // The dossier's drafting body (its Tờ trình's issuer).
    this.agency(asData(asData(input.dossier)?.submission)?.agency, ['dossier', 'submission', 'agency']);
    for (const [id, a] of Object.entries(this.index.agencies)) this.agency(asData(a)?.of, ['agencies', id, 'of']);
    asList(asData(input.opening)?.bases).forEach((b, i) =>
      asList(asData(b)?.references).forEach((r, j) => this.reference(r, ['opening', 'bases', i, 'references', j])),
    );
    asList(input.references).forEach((r, i) => this.reference(r, ['references', i]));
    asList(input.body).forEach((e, i) => this.bodyEntry(e, ['body', i]));
    asList(input.appendices).forEach((a, i) => {
      const appendix = asData(a);
      if (!appendix) return;
      this.claim(appendix.id, ['appendices', i]);
      this.text(appendix.text, ['appendices', i, 'text']);
      this.blocks(appendix.items, ['appendices', i, 'items']);
    });
    const signature = input.signature;
    if (Array.isArray(signature)) signature.forEach((s, i) => this.index.signatures.push({ signature: s, path: ['signature', i] }));
    else if (signature !== undefined) this.index.signatures.push({ signature, path: ['signature'] });
    asList(asData(input.recipients)?.to).forEach((r, i) => {
      this.index.recipients.push({ recipient: r, path: ['recipients', 'to', i] });
      this.agency(asData(r)?.agency, ['recipients', 'to', i, 'agency']);
    });
  }

  /** One agency id. */
  agency(v: unknown, path: Segments): void {
    if (typeof v === 'string') this.index.agencyRefs.push({ id: v, path });
  }

  /** One agency id or a list of them. */
  agencies(v: unknown, path: Segments): void {
    if (Array.isArray(v)) v.forEach((x, i) => this.agency(x, [...path, i]));
    else this.agency(v, path);
  }

  attribution(x: Data, path: Segments): void {
    for (const k of ATTRIBUTION) this.agencies(x[k], [...path, k]);
  }

  claim(id: unknown, path: Segments): void {
    if (typeof id === 'string') this.index.ids.push({ id, path });
  }

  time(t: unknown, path: Segments, period?: Data): void {
    const time = asData(t);
    if (time) this.index.times.push({ time, path, ...(period ? { period } : {}) });
  }

  /** A `text`: one paragraph or a list of them, of which the first is the one numbered. */
  text(v: unknown, path: Segments): void {
    if (typeof v === 'string') this.index.paragraphs.push({ text: v, path });
    else if (Array.isArray(v) && typeof v[0] === 'string') this.index.paragraphs.push({ text: v[0], path: [...path, 0] });
  }

  reference(r: unknown, path: Segments): void {
    const id = asData(r)?.id;
    this.claim(id, path);
    if (typeof id === 'string' && id) this.index.referenceIds.add(id);
  }

  bodyEntry(e: unknown, path: Segments): void {
    const entry = asData(e);
    if (!entry) return;
    if ('part' in entry && Array.isArray(entry.sections)) {
      this.claim(entry.id, path);
      this.text(entry.text, [...path, 'text']);
      entry.sections.forEach((s, k) => this.section(s, [...path, 'sections', k]));
    } else this.section(entry, path);
  }

  section(s: unknown, path: Segments): void {
    const section = asData(s);
    if (!section) return;
    this.claim(section.id, path);
    this.text(section.text, [...path, 'text']);
    this.facts(section.facts, [...path, 'facts']);
    this.blocks(section.items, [...path, 'items']);
  }

  /** The items of a section, an item, a group or an appendix: paragraphs, items, task blocks, tables. */
  blocks(items: unknown, path: Segments): void {
    asList(items).forEach((b, i) => {
      const at = [...path, i];
      if (typeof b === 'string') this.index.paragraphs.push({ text: b, path: at });
      const block = asData(b);
      if (!block) return;
      if ('tasks' in block && block.tasks && typeof block.tasks === 'object') {
        const tasks = asData(block.tasks);
        if (tasks) this.taskBlock(tasks, [...at, 'tasks']);
      } else if ('table' in block && block.table) this.table(block.table, [...at, 'table']);
      else if ('title' in block || 'text' in block || 'items' in block || 'facts' in block) this.item(block, at);
    });
  }

  item(item: Data, path: Segments): void {
    this.claim(item.id, path);
    this.text(item.text, [...path, 'text']);
    asList(item.measures).forEach((m, i) => this.text(asData(m)?.text, [...path, 'measures', i, 'text']));
    this.facts(item.facts, [...path, 'facts']);
    this.blocks(item.items, [...path, 'items']);
  }

  taskBlock(block: Data, path: Segments): void {
    this.claim(block.id, path);
    asList(block.groups).forEach((g, k) => this.group(g, [...path, 'groups', k], block.layout));
    asList(block.tasks).forEach((t, k) => this.task(t, [...path, 'tasks', k], false));
  }

  group(g: unknown, path: Segments, layout: unknown): void {
    const group = asData(g);
    if (!group) return;
    this.claim(group.id, path);
    this.attribution(group, path);
    this.time(group.time, [...path, 'time']);
    this.index.groups.push({ group, path, layout });
    this.text(group.text, [...path, 'text']);
    this.blocks(group.items, [...path, 'items']);
    asList(group.groups).forEach((s, i) => this.group(s, [...path, 'groups', i], layout));
    asList(group.tasks).forEach((t, i) => this.task(t, [...path, 'tasks', i], false));
  }

  /** A task, in a task block or (`inTable`) a row of a tasks table. */
  task(t: unknown, path: Segments, inTable: boolean): void {
    const task = asData(t);
    if (!task) return;
    this.claim(task.id, path);
    this.attribution(task, path);
    if (!inTable) this.text(task.text, [...path, 'text']);
    const assignedBy = asData(task.assignedBy);
    if (assignedBy) this.index.assignments.push({ assignedBy, path: [...path, 'assignedBy'] });
    this.time(task.time, [...path, 'time']);
    asList(task.parts).forEach((p, i) => {
      const part = asData(p);
      if (!part) return;
      this.attribution(part, [...path, 'parts', i]);
      if (!inTable) this.text(part.text, [...path, 'parts', i, 'text']);
      this.time(part.time, [...path, 'parts', i, 'time']);
    });
    asList(task.tasks).forEach((s, i) => this.task(s, [...path, 'tasks', i], inTable));
  }

  table(t: unknown, path: Segments): void {
    const table = asData(t);
    if (!table) return;
    this.claim(table.id, path);
    const indexed: IndexedTable = { table, path, kind: asString(table.kind) ?? 'plain', width: asList(table.columns).length };
    this.index.tables.push(indexed);
    const rows = (list: unknown, at: Segments) => asList(list).forEach((r, i) => this.row(r, [...at, 'rows', i], indexed));
    const group = (g: unknown, at: Segments): void => {
      const data = asData(g);
      if (!data) return;
      this.claim(data.id, at);
      rows(data.rows, at);
      asList(data.groups).forEach((s, i) => group(s, [...at, 'groups', i]));
    };
    rows(table.rows, path);
    asList(table.groups).forEach((g, i) => group(g, [...path, 'groups', i]));
  }

  row(r: unknown, path: Segments, table: IndexedTable): void {
    this.index.rows.push({ row: r, path, table });
    const row = asData(r);
    if (!row) return;
    if (table.kind === 'tasks') {
      if (typeof row.id === 'string') this.task(row, path, true);
    } else if (table.kind !== 'plain') {
      this.claim(row.id, path);
      this.agencies(row.lead, [...path, 'lead']);
    }
  }

  facts(f: unknown, path: Segments): void {
    const facts = asData(f);
    if (!facts) return;
    this.agency(facts.focalAgency, [...path, 'focalAgency']);
    const own = asData(facts.ownPlans);
    if (own) {
      this.agencies(own.agencies, [...path, 'ownPlans', 'agencies']);
      this.time(own.time, [...path, 'ownPlans', 'time']);
    } else this.agencies(facts.ownPlans, [...path, 'ownPlans']);
    const reporting = asData(facts.reporting);
    if (!reporting) return;
    this.agencies(reporting.reporters, [...path, 'reporting', 'reporters']);
    this.agency(reporting.to, [...path, 'reporting', 'to']);
    this.agency(reporting.via, [...path, 'reporting', 'via']);
    asList(reporting.periods).forEach((p, i) => {
      const period = asData(p);
      if (!period) return;
      const at = [...path, 'reporting', 'periods', i];
      if (typeof period.id === 'string') this.index.periodIds.push({ id: period.id, path: at });
      this.index.reportingPeriods.push({ period, path: at });
      this.agencies(period.reporters, [...at, 'reporters']);
      this.agency(period.to, [...at, 'to']);
      this.time(period.time, [...at, 'time'], period);
    });
  }
}
