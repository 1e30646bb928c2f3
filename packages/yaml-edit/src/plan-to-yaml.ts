import { quoteDates } from '@kehoach/core';
import type { PlanInput } from '@kehoach/schema';
import { Document, isMap, isSeq } from 'yaml';

/**
 * A plan as readable YAML: the schema line for editors, a header comment, a comment before each
 * cloned task naming where it came from, keys in schema order, long text folded, dates quoted (so
 * that YAML 1.1 readers such as js-yaml read them as strings too).
 */
export function planToYaml(input: PlanInput, options: { schema?: string; header?: string[] } = {}): string {
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
  quoteDates(doc);
  return doc.toString({ lineWidth: 110, minContentWidth: 40 });
}
