import { quoteDates } from '@kehoach/core';
import type { PlanInput } from '@kehoach/schema';
import { Document, isMap, isNode, isSeq, type Node } from 'yaml';
import { placeInWords, type Unsure } from './unsure.js';

/**
 * The imported plan as readable YAML in the examples' style: the schema line, a header comment,
 * agencies one per line, long text folded, dates quoted (for YAML 1.1 readers such as js-yaml), and
 * a `# kiểm tra: …` comment at every unsure spot (with its place in the original).
 */
export function planToYaml(input: PlanInput, unsure: readonly Unsure[], header: string[] = []): string {
  const doc = new Document(input, { aliasDuplicateObjects: false });
  doc.commentBefore = [' yaml-language-server: $schema=../schemas/plan.schema.json', ...header.map((h) => ` ${h}`)].join('\n');
  const agencies = doc.get('agencies', true);
  if (isMap(agencies)) for (const p of agencies.items) if (isNode(p.value)) (p.value as Node & { flow?: boolean }).flow = true;
  for (const u of unsure) {
    let node: unknown = doc.contents;
    let target: Node | undefined = isNode(node) ? node : undefined;
    for (const k of u.path) {
      const next: unknown = isMap(node) || isSeq(node) ? node.get(k, true) : undefined;
      if (!isNode(next)) break;
      // In a mapping the comment goes above the key, on its own line.
      const pair = isMap(node) ? node.items.find((p) => (isNode(p.key) ? (p.key as Node & { value?: unknown }).value : p.key) === k) : undefined;
      target = pair && isNode(pair.key) ? pair.key : next;
      node = next;
    }
    // Attach to the pair's key when possible so the comment sits on its own line above it.
    const where = placeInWords(u.source);
    const text = ` kiểm tra: ${u.message}${where ? ` (${where})` : ''}`;
    if (target) target.commentBefore = target.commentBefore ? `${target.commentBefore}\n${text}` : text;
  }
  quoteDates(doc);
  return doc.toString({ lineWidth: 118, minContentWidth: 40 });
}
