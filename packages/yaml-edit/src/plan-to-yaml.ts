import { quoteDates } from '@kehoach/core';
import type { PlanInput } from '@kehoach/schema';
import { Document, isMap, isSeq } from 'yaml';
import { commentBefore, printFlow } from './annotate.js';

/** Options of `planToYaml`. */
export interface PlanToYamlOptions {
  /** The schema reference of the first line; default `../schemas/plan.schema.json`. */
  schema?: string;
  /** Lines of the comment at the top, after the schema line. */
  header?: string[];
  /**
   * Comments to write, by the JSON pointer of what they explain (`/body/1/items/0`): each on its own
   * line(s) above the entry or list item. A pointer that names nothing throws.
   */
  comments?: Readonly<Record<string, string>>;
  /** JSON pointers of mappings and lists to print on one line (`{ month: 6, year: 2026 }`). */
  flow?: readonly string[];
}

/**
 * A plan as readable YAML: the schema line for editors, a header comment, a comment before each
 * cloned task naming where it came from, keys in schema order, long text folded, dates quoted (so
 * that YAML 1.1 readers such as js-yaml read them as strings too); `comments` and `flow` annotate
 * a plan written from scratch (`newPlan` of kehoach: what to write where).
 *
 * @example
 * planToYaml(input, { comments: { '/title': 'Trích yếu: việc gì, năm nào' }, flow: ['/period'] });
 */
export function planToYaml(input: PlanInput, options: PlanToYamlOptions = {}): string {
  const doc = new Document(input, { aliasDuplicateObjects: false });
  const header = [`yaml-language-server: $schema=${options.schema ?? '../schemas/plan.schema.json'}`, ...(options.header ?? [])];
  doc.commentBefore = header.map((l) => ` ${l}`).join('\n');
  // Every task that came from the parent, wherever it sits, says where it came from.
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const origin = node.get('origin');
      const ref = isMap(origin) ? origin.get('ref') : undefined;
      if (ref && node.has('id')) node.commentBefore = ` từ mục ${String(ref)} của kế hoạch cấp trên`;
      for (const p of node.items) stack.push(p.value);
    } else if (isSeq(node)) stack.push(...node.items);
  }
  for (const pointer of options.flow ?? []) printFlow(doc, pointer);
  for (const [pointer, text] of Object.entries(options.comments ?? {})) commentBefore(doc, pointer, text);
  quoteDates(doc);
  return doc.toString({ lineWidth: 110, minContentWidth: 40 });
}
