import type {
  BlockInput,
  ItemInput,
  OpeningInput,
  PlanInput,
  SectionInput,
  SignatureInput,
  V1,
} from '@kehoach/schema';

type PlanV1 = V1.PlanV1;
type ItemV1 = V1.ItemV1;

/** A v1 file moved to v2, and where each v1 path went (old pointer prefix → new pointer prefix). */
export interface Migration {
  input: PlanInput;
  /** Longest-prefix rewrites from v1 pointers to v2 pointers, for the source map. */
  moves: Array<[string, string]>;
}

function item(i: ItemV1): BlockInput {
  if (typeof i === 'string') return i;
  const { items, ...rest } = i;
  return { ...rest, ...(items ? { items: items.map(item) } : {}) } as ItemInput;
}

/** A v1 string item with its own style (v2 strings take their container's style). */
function styled(i: ItemV1, style: ItemInput['style']): BlockInput {
  if (typeof i === 'string') return { text: i, style };
  return { ...(item(i) as ItemInput), style: i.style ?? style };
}

/**
 * Moves a schema v1 plan to v2, losing nothing and printing the same words: mục I (goals), II
 * (tasks) and III (implementation) become three sections of the body; the opening's one basis
 * paragraph becomes `bases[0]` joined to the enacting formula; `authority` + `for` become one
 * authority line. The paths moved are returned, so diagnostics of later stages point at the v1 file.
 */
export function migrateV1(v1: PlanV1): Migration {
  const moves: Array<[string, string]> = [];
  const body: SectionInput[] = [];
  const { schemaVersion: _v, $schema, goals, tasks, implementation, opening, signature, recipients, appendices, parent, ...head } = v1;

  if (goals) {
    const at = `/body/${body.length}`;
    moves.push(['/goals', at], ['/goals/parts', `${at}/items`]);
    const items: BlockInput[] = [];
    goals.parts.forEach((part, k) => {
      if (part.title) {
        moves.push([`/goals/parts/${k}`, `${at}/items/${items.length}`]);
        items.push({
          title: part.title,
          role: part.kind,
          ...(part.text !== undefined ? { text: part.text } : {}),
          ...(part.items ? { items: part.items.map(item) } : {}),
          itemStyle: part.itemStyle ?? 'dash',
        });
      } else {
        const paras = part.text === undefined ? [] : Array.isArray(part.text) ? part.text : [part.text];
        if (paras.length) moves.push([`/goals/parts/${k}/text`, `${at}/items/${items.length}/text`]);
        for (const p of paras) items.push({ text: p, style: 'plain', role: part.kind });
        (part.items ?? []).forEach((i, j) => {
          moves.push([`/goals/parts/${k}/items/${j}`, `${at}/items/${items.length}`]);
          items.push(part.itemStyle && part.itemStyle !== 'number' ? styled(i, part.itemStyle) : item(i));
        });
      }
    });
    body.push({ title: goals.title, role: 'goals', items });
  }

  const ti = body.length;
  moves.push(['/tasks/title', `/body/${ti}/title`], ['/tasks/text', `/body/${ti}/text`], ['/tasks', `/body/${ti}/items/0/tasks`]);
  const { title: tasksTitle, text: tasksText, ...taskBlock } = tasks;
  body.push({
    title: tasksTitle,
    role: 'tasks',
    ...(tasksText !== undefined ? { text: tasksText } : {}),
    items: [{ tasks: taskBlock }],
  });

  if (implementation) {
    const at = `/body/${body.length}`;
    const { title, items, itemStyle, ...facts } = implementation;
    moves.push(['/implementation/items', `${at}/items`], ['/implementation/title', `${at}/title`]);
    for (const k of Object.keys(facts)) moves.push([`/implementation/${k}`, `${at}/facts/${k}`]);
    moves.push(['/implementation', at]);
    body.push({
      title,
      role: 'implementation',
      ...(itemStyle ? { itemStyle } : {}),
      ...(items ? { items: items.map(item) } : {}),
      ...(Object.keys(facts).length ? { facts } : {}),
    });
  }

  let open: OpeningInput | undefined;
  if (opening) {
    const { situation, lead, references, separator, closing, text } = opening;
    open = {
      ...(situation !== undefined ? { situation } : {}),
      ...(references?.length ? { bases: [{ lead: lead ?? 'Thực hiện', references }] } : {}),
      ...(closing !== undefined ? { closing } : {}),
      ...(closing !== undefined && references?.length ? { joinClosing: separator ?? ', ' } : {}),
      ...(text !== undefined ? { text } : {}),
    };
    moves.push(['/opening/references', '/opening/bases/0/references'], ['/opening/lead', '/opening/bases/0/lead']);
  }

  let sig: SignatureInput | undefined;
  if (signature) {
    const { authority, for: of, titles, name } = signature;
    sig = { ...(authority ? { authority: [{ type: authority, ...(of ? { of } : {}) }] } : {}), titles, name };
    moves.push(['/signature/authority', '/signature/authority/0/type'], ['/signature/for', '/signature/authority/0/of']);
  }

  // Keys in reading order: version and header, opening, body, signature, Nơi nhận, appendices.
  const input = {
    ...($schema !== undefined ? { $schema } : {}),
    schemaVersion: 2,
    ...head,
    ...(open ? { opening: open } : {}),
    body,
    ...(sig ? { signature: sig } : {}),
    ...(recipients ? { recipients } : {}),
    ...(appendices ? { appendices: appendices.map((a) => ({ ...a, ...(a.items ? { items: a.items.map(item) } : {}) })) } : {}),
    ...(parent ? { parent } : {}),
  } as PlanInput;
  return { input, moves };
}

/** Rewrites a v1 pointer to where the value is after `migrateV1` (longest matching prefix). */
export function movePointer(pointer: string, moves: Array<[string, string]>): string {
  let best: [string, string] | undefined;
  for (const m of moves) {
    if ((pointer === m[0] || pointer.startsWith(m[0] + '/')) && (!best || m[0].length > best[0].length)) best = m;
  }
  return best ? best[1] + pointer.slice(best[0].length) : pointer;
}
