import type { PlanInput } from '@kehoach/schema';
import { buildBlocks, buildBody, type BodyContext, type FoundFacts } from '../build-body.js';
import type { OutlineNode, Plan, Task } from '../model.js';
import { assignNumbers, childStyle } from '../numbering.js';
import { wordsYear } from '../stated-facts.js';
import { printReporting } from './reporting-words.js';
import { paragraphs } from '../text-paragraphs.js';
import type { AgencyTable } from './agencies.js';

/** The body and the appendices as numbered outlines, every task collected, the facts found on the way. */
export interface Outline {
  sections: OutlineNode[];
  appendices: Plan['appendices'];
  tasks: Task[];
  facts: FoundFacts[];
}

/** A task's reference is its node's (`II.7.b`); a task table's rows are `II.3.I.4`. */
function setTaskRefs(n: OutlineNode): void {
  if (n.task) n.task.ref = n.ref;
  for (const t of n.tableTasks ?? []) t.task.ref = `${n.ref}.${t.local}`;
  n.children.forEach(setTaskRefs);
}

/**
 * Builds and numbers the body (by the kind's body shape) and each appendix (`PL1`, `PL2` …), with the
 * reporting duties their words do not state printed where the data gives them (printReporting).
 */
export function buildOutline(input: PlanInput, table: AgencyTable, bodyShape: BodyContext['bodyShape'], cited: ReadonlyMap<string, string>): Outline {
  const tasks: Task[] = [];
  const facts: FoundFacts[] = [];
  const byCitation = new Map([...cited].map(([id, short]) => [short, id]));
  const ctx: BodyContext = {
    resolve: table.resolve,
    list: tasks,
    numbering: input.numbering ?? {},
    bodyShape,
    facts,
    citeShort: (id) => cited.get(id),
    words: { ...wordsYear(input), agencies: Object.values(table.agencies), reference: (c) => byCitation.get(c) },
    blocks: (items, style, path, depth) => buildBlocks(items, style, path, depth, ctx),
  };
  const sections = buildBody(input.body, ctx);
  printReporting(facts, table, input);
  assignNumbers({ label: '', ref: '', children: sections });
  sections.forEach(setTaskRefs);
  const appendices = (input.appendices ?? []).map((a, i) => {
    const ref = `PL${i + 1}`;
    const before = facts.length;
    const items = buildBlocks(a.items, a.itemStyle ?? childStyle('roman'), ['appendices', i, 'items'], 1, ctx);
    printReporting(facts.slice(before), table, input);
    assignNumbers({ label: '', ref, children: items });
    items.forEach(setTaskRefs);
    return { title: a.title, paragraphs: paragraphs(a.text), items, landscape: a.landscape ?? false, ref, path: `/appendices/${i}`, ...(a.attachedLead ? { attachedLead: a.attachedLead } : {}) };
  });
  return { sections, appendices, tasks, facts };
}
