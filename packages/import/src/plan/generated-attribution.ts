import { normalise, type OutlineNode, type Plan } from '@kehoach/core';
import type { PlanInput } from '@kehoach/schema';

type Obj = Record<string, unknown>;

/** Pointers of the tasks and groups that keep their own attribution wording next to agency data. */
function withWording(v: unknown, path: string, out: string[]): void {
  if (Array.isArray(v)) v.forEach((x, i) => withWording(x, `${path}/${i}`, out));
  else if (v && typeof v === 'object') {
    const o = v as Obj;
    if (typeof o.attribution === 'string' && (o.lead !== undefined || o.support !== undefined || o.requested !== undefined)) out.push(path);
    for (const [k, x] of Object.entries(o)) withWording(x, `${path}/${k}`, out);
  }
}

function at(root: unknown, pointer: string): Obj {
  return pointer.split('/').slice(1).reduce<unknown>((o, k) => (o as Obj)[k], root) as Obj;
}

function printed(plan: Plan): Map<string, string> {
  const out = new Map<string, string>();
  // a node's words with its children's (a labelled layout prints the attribution as child lines)
  const words = (n: OutlineNode): unknown => [n.paragraphs, n.trailer, n.children.map(words)];
  const walk = (n: OutlineNode) => {
    out.set(n.path, JSON.stringify(words(n)));
    n.children.forEach(walk);
  };
  plan.sections.forEach(walk);
  for (const a of plan.appendices) a.items.forEach(walk);
  return out;
}

/**
 * Leaves out an `attribution` wording kept from the original where the plan prints the same words
 * without it (the wording is what the renderer generates from the lead and support data), so the
 * YAML only carries wording that differs. Compares the printed outline with and without each one;
 * plan data that does not normalise is left as it is.
 */
export function dropGeneratedAttribution(input: PlanInput): number {
  const paths: string[] = [];
  withWording(input, '', paths);
  if (!paths.length) return 0;
  try {
    const before = printed(normalise(input));
    const bare = structuredClone(input);
    for (const p of paths) delete at(bare, p).attribution;
    const after = printed(normalise(bare));
    let dropped = 0;
    for (const p of paths) {
      if (before.get(p) !== undefined && before.get(p) === after.get(p)) {
        delete at(input, p).attribution;
        dropped++;
      }
    }
    return dropped;
  } catch {
    return 0;
  }
}
