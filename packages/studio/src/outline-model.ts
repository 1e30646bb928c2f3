/** The outline beside the editor (sections, tasks, agencies), from the loaded plan; runs in the worker. */
import type { Plan } from 'kehoach';
import type { OutlineEntry } from './protocol.js';

type Node = Plan['sections'][number];

const strip = (s: string) => s.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Every section and task with its line in the YAML, then every agency. */
export function outlineOf(plan: Plan): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  const at = (path: string) => plan.source.map[path] ?? plan.source.map[path.replace(/\/[^/]*$/, '')];
  const visit = (n: Node, depth: number) => {
    const pos = at(n.path);
    const isTask = n.kind === 'task' && n.task;
    const text = n.title ?? (isTask ? n.task!.text[0] : n.paragraphs[0]) ?? '';
    if (pos && (n.kind === 'part' || n.kind === 'section' || isTask || (n.kind === 'group' && n.title))) {
      out.push({ kind: isTask ? 'task' : 'section', label: n.label || n.ref, text: short(strip(text)), depth, line: pos[0], column: pos[1], path: n.path });
    }
    if (depth < 4) n.children.forEach((c) => visit(c, depth + 1));
  };
  plan.sections.forEach((s) => visit(s, 0));
  for (const a of Object.values(plan.agencies)) {
    const pos = at(`/agencies/${a.id}`);
    if (pos) out.push({ kind: 'agency', label: a.id, text: a.name, depth: 0, line: pos[0], column: pos[1], path: `/agencies/${a.id}` });
  }
  return out;
}
