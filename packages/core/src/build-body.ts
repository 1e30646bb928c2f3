import type { BlockInput, BodyEntryInput, FactsInput, ItemInput, ItemStyle, NumberingInput, PartInput, SectionInput } from '@kehoach/schema';
import { buildTable } from './build-table.js';
import { buildTaskBlock, type TaskContext } from './build-tasks.js';
import type { OutlineNode } from './model.js';
import { childStyle, type NodeStyle } from './numbering.js';
import { node, type Seg } from './outline-node.js';
import { paragraphs } from './text-paragraphs.js';

/** Facts found in the body, with the node that states them (its reference is known after numbering). */
export interface FoundFacts {
  facts: FactsInput;
  node: OutlineNode;
  path: string;
}

/** Everything the body builder needs and collects. */
export interface BodyContext extends TaskContext {
  numbering: NumberingInput;
  /** The kind's body shape: sections are mục (I, II …) or articles (Điều 1, Điều 2 …). */
  bodyShape: 'sections' | 'articles';
  facts: FoundFacts[];
}

/** The default style of the children of a node of `style` at `depth` (1 = under a section). */
function defaultStyle(own: ItemStyle | undefined, style: NodeStyle, depth: number, n: NumberingInput): ItemStyle {
  return own ?? n.levels?.[depth - 1] ?? childStyle(style);
}

/**
 * Builds the outline of a list of blocks in a container whose children default to `style`:
 * strings are paragraphs, items are headings or paragraphs with children, `{tasks}` blocks are
 * spliced in as their groups and tasks, `{table}` blocks become table nodes.
 */
export function buildBlocks(items: BlockInput[] | undefined, style: ItemStyle, path: Seg, depth: number, ctx: BodyContext): OutlineNode[] {
  const out: OutlineNode[] = [];
  (items ?? []).forEach((b, i) => {
    const p = [...path, i];
    if (typeof b === 'string') out.push(node('item', style, p, { paragraphs: paragraphs(b) }));
    else if ('tasks' in b && !('title' in b) && !Array.isArray(b.tasks) && b.tasks && typeof b.tasks === 'object') {
      out.push(...buildTaskBlock(b.tasks, style, [...p, 'tasks'], depth, ctx));
    } else if ('table' in b) out.push(buildTable(b.table, [...p, 'table'], ctx));
    else out.push(buildItem(b as ItemInput, style, p, depth, ctx));
  });
  return out;
}

function buildItem(item: ItemInput, style: ItemStyle, p: Seg, depth: number, ctx: BodyContext): OutlineNode {
  const own = item.style ?? style;
  const n = node('item', own, p, {
    ...(item.title ? { title: item.title } : {}),
    ...(item.inline ? { inline: true } : {}),
    ...(item.role ? { role: item.role } : {}),
    paragraphs: paragraphs(item.text),
  });
  n.children = buildBlocks(item.items, defaultStyle(item.itemStyle, own, depth + 1, ctx.numbering), [...p, 'items'], depth + 1, ctx);
  if (item.facts) ctx.facts.push({ facts: item.facts, node: n, path: n.path });
  return n;
}

function buildSection(s: SectionInput, style: NodeStyle, p: Seg, ctx: BodyContext): OutlineNode {
  // A section without a title (closing paragraphs, “Trên đây là …”) has no heading and no number.
  // An article (Điều) is numbered with or without a title.
  const own = s.title === undefined && style !== 'article' ? 'plain' : s.style ?? style;
  const n = node('section', own, p, {
    ...(s.title !== undefined ? { title: s.title } : {}),
    ...(s.titleCase === 'as-written' ? { keepCase: true } : {}),
    paragraphs: paragraphs(s.text),
    ...(s.inline ? { inline: true } : {}),
    ...(s.role ? { role: s.role } : {}),
  });
  const childDefault = own === 'plain' ? s.itemStyle ?? 'plain' : defaultStyle(s.itemStyle, own, 1, ctx.numbering);
  n.children = buildBlocks(s.items, childDefault, [...p, 'items'], 1, ctx);
  if (s.facts) ctx.facts.push({ facts: s.facts, node: n, path: n.path });
  return n;
}

function buildPart(part: PartInput, p: Seg, ctx: BodyContext): OutlineNode {
  const style = part.sectionStyle ?? ctx.numbering.sections ?? (ctx.bodyShape === 'articles' ? 'article' : 'roman');
  const n = node('part', 'part', p, { title: part.part, paragraphs: paragraphs(part.text) });
  n.children = part.sections.map((s, i) => buildSection(s, style, [...p, 'sections', i], ctx));
  return n;
}

/** The body: sections and PHẦN, in order. */
export function buildBody(body: BodyEntryInput[], ctx: BodyContext): OutlineNode[] {
  const style = ctx.numbering.sections ?? (ctx.bodyShape === 'articles' ? 'article' : 'roman');
  return body.map((e, i) => ('part' in e && 'sections' in e ? buildPart(e, ['body', i], ctx) : buildSection(e as SectionInput, style, ['body', i], ctx)));
}
