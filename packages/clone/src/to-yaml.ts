import type { PlanInput } from '@kehoach/schema';
import { Document, isSeq, type YAMLMap } from 'yaml';

/**
 * A plan as readable YAML: the schema line for editors, a header comment, a comment before each
 * cloned task naming where it came from, keys in schema order, long text folded.
 */
export function planToYaml(input: PlanInput, options: { schema?: string; header?: string[] } = {}): string {
  const doc = new Document(input, { aliasDuplicateObjects: false });
  const header = [`yaml-language-server: $schema=${options.schema ?? '../schemas/plan.schema.json'}`, ...(options.header ?? [])];
  doc.commentBefore = header.map((l) => ` ${l}`).join('\n');
  const groups = doc.getIn(['tasks', 'groups']);
  if (isSeq(groups)) {
    for (const g of groups.items as YAMLMap[]) {
      const tasks = g.get('tasks', true);
      if (!isSeq(tasks)) continue;
      for (const t of tasks.items as YAMLMap[]) {
        const origin = t.get('origin') as YAMLMap | undefined;
        const ref = origin?.get('ref');
        if (ref) t.commentBefore = ` từ mục ${String(ref)} của kế hoạch cấp trên`;
      }
    }
  }
  return doc.toString({ lineWidth: 110, minContentWidth: 40 });
}
