import { placeIn, valueAt, type Diagnostic, type Plan } from '@kehoach/core';
import { alignSequences, diffWords, similarity, wordLine } from '@kehoach/diff';
import { parseInline, runsToPlain } from '@kehoach/document';
import { REVIEW_CODES } from '../codes.js';
import { norm } from '../comments/paragraph-map.js';
import { agencyRefs, readParenthesis, splitAround, splitLike, timeOf, withoutLabel } from './paragraph-words.js';
import { loadClean, printedAt, renderedParagraphs, type RenderedParagraph } from './printed-now.js';
import { readReviewed, type ReadComment, type ReviewedParagraph } from './read-reviewed.js';
import { YamlSource } from './yaml-splice.js';

/** What an edit of the reviewed DOCX changed in the plan. */
export type ReviewEditKind = 'text' | 'title' | 'time' | 'lead' | 'support' | 'task-added' | 'item-added' | 'removed' | 'note';

/** One edit of the reviewed DOCX written into the plan. */
export interface ReviewEdit {
  kind: ReviewEditKind;
  /** JSON pointer of the value written (in the new YAML). */
  path: string;
  /** The paragraph of the reviewed document it came from. */
  paragraph: string;
  before?: string;
  after?: string;
}

/** Options of `importReviewedDocx`. */
export interface ReviewImportOptions {
  /** The plan's file name, for diagnostics. */
  file?: string;
  /** The reviewed DOCX's file name, for diagnostics. */
  docxFile?: string;
}

/** The plan's YAML with the reviewer's edits, what was written, and what could not be placed. */
export interface ReviewImportResult {
  /** The new YAML: the old one with only the edited values changed; undefined when nothing could be read. */
  yaml?: string;
  edits: ReviewEdit[];
  /** An info per edit written (REVIEW_EDIT_APPLIED), a warning per edit not placed (REVIEW_EDIT_UNPLACED), errors. */
  diagnostics: Diagnostic[];
}

/** What one step of the import needs: the source being edited, the plan as it was, what was done. */
interface Ctx {
  yaml: YamlSource;
  plan: Plan;
  file: string;
  edits: ReviewEdit[];
  diagnostics: Diagnostic[];
  /** The values removed so far (a value prints in several paragraphs; it goes once). */
  removed: Set<string>;
  /** Each warning's paragraph, and whether the reviewer wants it printed (edited, added) or gone (deleted). */
  wanted: Map<Diagnostic, { paragraph: string; wanted: boolean }>;
}

const plain = (s: string) => norm(runsToPlain(parseInline(s)));
const short = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);
const place = (ctx: Ctx, path: string) => ({ file: ctx.file, path, line: 1, column: 1 });
const parentOf = (path: string) => path.split('/').slice(0, -1).join('/');
const lastIndex = (path: string) => Number(path.split('/').pop());

/** Vietnamese and English words for each kind of edit. */
const KIND_WORDS: Record<ReviewEditKind, [string, string]> = {
  text: ['lời văn', 'wording'],
  title: ['đề mục', 'heading'],
  time: ['thời gian', 'time'],
  lead: ['cơ quan chủ trì', 'lead'],
  support: ['cơ quan phối hợp', 'support'],
  'task-added': ['nhiệm vụ mới', 'new duty'],
  'item-added': ['đoạn mới', 'new paragraph'],
  removed: ['bỏ', 'removed'],
  note: ['góp ý', 'review note'],
};

/** Records an edit written, with its info diagnostic. */
function applied(ctx: Ctx, e: ReviewEdit): void {
  ctx.edits.push(e);
  const [vi, en] = KIND_WORDS[e.kind];
  const change = e.kind === 'text' || e.kind === 'title' ? `: ${wordLine(diffWords(e.before ?? '', e.after ?? ''))}` : e.before !== undefined && e.after !== undefined ? `: ${short(e.before)} → ${short(e.after)}` : `: “${short(e.after ?? e.before ?? e.paragraph)}”`;
  ctx.diagnostics.push(REVIEW_CODES.create('REVIEW_EDIT_APPLIED', place(ctx, e.path), { what: `${vi} (${e.path})${change}`, whatEn: `${en} (${e.path})${change}` }));
}

/** Records an edit that could not be placed, with its paragraph (`wanted`: the reviewer wants it printed, or gone). */
function unplaced(ctx: Ctx, paragraph: string, why: string, whyEn: string, path = '', wanted = true): void {
  const d = REVIEW_CODES.create('REVIEW_EDIT_UNPLACED', place(ctx, path), { paragraph: short(paragraph), why, whyEn });
  ctx.wanted.set(d, { paragraph, wanted });
  ctx.diagnostics.push(d);
}

/**
 * The warnings left once every edit is made: a paragraph the plan now prints as the reviewer wrote
 * it (its number aside), or no longer prints as the reviewer deleted it, was placed by another edit
 * (a group left with one duty prints it on its heading's line).
 */
function stillUnplaced(ctx: Ctx): Diagnostic[] {
  if (!ctx.wanted.size) return ctx.diagnostics;
  const now = loadClean(ctx.yaml.text, ctx.file);
  const printed = new Set((now ? (renderedParagraphs(now) ?? []) : []).map((p) => withoutLabel(p.text)));
  return ctx.diagnostics.filter((d) => {
    const w = ctx.wanted.get(d);
    return !w || printed.has(withoutLabel(w.paragraph)) !== w.wanted;
  });
}

/** Runs `edit` on the source; kept only when the plan still loads and the value prints as the reviewer's paragraph. */
function verified(ctx: Ctx, path: string, expected: string | undefined, edit: () => boolean): boolean {
  const before = ctx.yaml.text;
  const ok = edit() && (expected === undefined ? !!loadClean(ctx.yaml.text, ctx.file) : printedAt(ctx.yaml.text, ctx.file, path) === expected);
  if (!ok) ctx.yaml.text = before;
  return ok;
}

/** The data edits a changed generated parenthesis asks for: time, lead, support. */
function parenthesisEdits(ctx: Ctx, path: string, oldAfter: string, newAfter: string): Array<{ kind: ReviewEditKind; value: unknown; before?: string; after?: string }> | undefined {
  const [o, n] = [readParenthesis(oldAfter), readParenthesis(newAfter)];
  if (!o || !n) return undefined;
  const out: Array<{ kind: ReviewEditKind; value: unknown; before?: string; after?: string }> = [];
  if ((o.time ?? '') !== (n.time ?? '') && n.time) {
    const time = timeOf(ctx.plan, n.time);
    if (!time) return undefined;
    out.push({ kind: 'time', value: time, ...(o.time ? { before: o.time } : {}), after: n.time });
  }
  for (const role of ['lead', 'support'] as const) {
    if (o[role].join(', ') === n[role].join(', ') || !n[role].length) continue;
    const refs = agencyRefs(ctx.plan, n[role]);
    if (!refs) return undefined;
    out.push({ kind: role, value: refs, before: o[role].join(', '), after: n[role].join(', ') });
  }
  return out;
}

/** A paragraph whose words changed: the string, heading or duty it prints, edited to print the reviewer's words. */
function editParagraph(ctx: Ctx, base: RenderedParagraph, edited: string): void {
  const unit = base.unit!;
  const value = valueAt(ctx.plan.input, unit.path);
  const field = typeof value === 'string' ? '' : value && typeof value === 'object' ? (typeof (value as { text?: unknown }).text === 'string' ? 'text' : typeof (value as { title?: unknown }).title === 'string' ? 'title' : undefined) : undefined;
  if (unit.cell !== undefined || field === undefined) return unplaced(ctx, edited, 'đoạn này không phải một chuỗi của kế hoạch (ô bảng, dòng do kehoach sinh ra).', 'this paragraph is no string of the plan (a table cell, a generated line).', unit.path);
  const path = field ? `${unit.path}/${field}` : unit.path;
  const raw = valueAt(ctx.plan.input, path) as string;
  const split = splitAround(base.text, plain(raw));
  const now = split && splitLike(split, edited);
  if (!split || !now) return unplaced(ctx, edited, 'không nhận ra số thứ tự hoặc phần in thêm của đoạn.', 'the paragraph’s number or generated part was not recognised.', unit.path);
  const data = split.after === now.after ? [] : parenthesisEdits(ctx, unit.path, split.after, now.after);
  if (!data) return unplaced(ctx, edited, `không đọc được “${short(now.after.trim())}” thành cơ quan, thời gian đã khai báo.`, `“${short(now.after.trim())}” could not be read as declared agencies and a time.`, unit.path);
  const textChanged = now.words !== split.words;
  if (textChanged && plain(raw) !== norm(raw)) return unplaced(ctx, edited, 'chuỗi có định dạng (in đậm, nghiêng) nên không sửa tự động.', 'the string has formatting (bold, italic), not edited automatically.', path);
  const written = now.words + (split.closing && !/[.;]$/.test(now.words) ? split.closing : '');
  const ok = verified(ctx, unit.path, edited, () => (!textChanged || ctx.yaml.setString(path, written)) && data.every((d) => ctx.yaml.setValue(`${unit.path}/${d.kind}`, d.value)));
  if (!ok) return unplaced(ctx, edited, 'sửa dữ liệu xong văn bản in ra vẫn khác đoạn đã sửa.', 'after editing the data, the printed paragraph still differs.', unit.path);
  if (textChanged) applied(ctx, { kind: field === 'title' ? 'title' : 'text', path, paragraph: edited, before: raw, after: written });
  for (const d of data) applied(ctx, { kind: d.kind, path: `${unit.path}/${d.kind}`, paragraph: edited, ...(d.before !== undefined ? { before: d.before } : {}), ...(d.after !== undefined ? { after: d.after } : {}) });
}

/** A new id for a duty, from its first words, not used by the plan. */
function newId(plan: Plan, words: string): string {
  const base = `nv-${words.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().match(/[a-z0-9]+/g)?.slice(0, 4).join('-') ?? 'moi'}`;
  const used = new Set(plan.tasks.map((t) => t.id));
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A duty the reviewer wrote after another: its words, and who and when when its parenthesis reads. */
function newDuty(ctx: Ctx, text: string): Record<string, unknown> {
  const k = text.lastIndexOf(' (');
  const roles = k > 0 && /\)\s*[.;]?$/.test(text) ? readParenthesis(text.slice(k)) : undefined;
  const lead = roles?.lead.length ? agencyRefs(ctx.plan, roles.lead) : undefined;
  const support = roles?.support.length ? agencyRefs(ctx.plan, roles.support) : undefined;
  const time = roles?.time ? timeOf(ctx.plan, roles.time) : undefined;
  if (!roles || !lead || (roles.support.length && !support) || (roles.time && !time)) return { id: newId(ctx.plan, text), text };
  const closing = text.match(/\)\s*([.;])\s*$/)?.[1] ?? '';
  return { id: newId(ctx.plan, text), text: text.slice(0, k) + closing, lead, ...(support ? { support } : {}), ...(time ? { time } : {}) };
}

/** A paragraph the reviewer added after the value `prev` prints: a duty after a duty, a paragraph after a paragraph. Returns its path. */
function addParagraph(ctx: Ctx, prev: RenderedParagraph | undefined, edited: string): string | undefined {
  const path = prev?.unit?.cell === undefined ? prev?.unit?.path : undefined;
  const list = path !== undefined ? parentOf(path) : undefined;
  const value = path !== undefined ? valueAt(ctx.plan.input, path) : undefined;
  if (path === undefined || list === undefined || !Array.isArray(valueAt(ctx.plan.input, list)) || Number.isNaN(lastIndex(path))) {
    unplaced(ctx, edited, 'đoạn thêm không đứng sau một nhiệm vụ hay một đoạn của danh sách.', 'the added paragraph follows no duty or paragraph of a list.', path ?? '');
    return undefined;
  }
  const words = withoutLabel(edited);
  const at = `${list}/${lastIndex(path) + 1}`;
  const isDuty = !!value && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string';
  const item = isDuty ? newDuty(ctx, words) : words;
  const ok = verified(ctx, at, edited, () => ctx.yaml.insertItem(list, lastIndex(path), item)) || verified(ctx, at, undefined, () => ctx.yaml.insertItem(list, lastIndex(path), isDuty ? { id: newId(ctx.plan, words), text: words } : words));
  if (!ok) {
    unplaced(ctx, edited, 'không thêm được vào danh sách.', 'could not be added to the list.', list);
    return undefined;
  }
  applied(ctx, { kind: isDuty ? 'task-added' : 'item-added', path: at, paragraph: edited, after: words });
  return at;
}

/**
 * A paragraph the reviewer deleted: the duty or paragraph of a list it prints is removed (a table
 * row's cells, a duty's several paragraphs, the paragraphs of what a removed value holds: once).
 */
function removeParagraph(ctx: Ctx, base: RenderedParagraph, removed: ReadonlySet<string>, printed: (path: string) => boolean): void {
  const path = base.unit?.path;
  if (path && [...removed].some((p) => path.startsWith(`${p}/`))) return;
  if (path && ctx.removed.has(path)) return;
  if (path) ctx.removed.add(path);
  if (path && printed(path)) return unplaced(ctx, base.text, 'đoạn bị xóa nhưng phần bên dưới nó vẫn còn, nên không bỏ cả mục.', 'the paragraph was deleted but what it holds is still there, so the whole item is not removed.', path, false);
  if (!path || Number.isNaN(lastIndex(path)) || !Array.isArray(valueAt(ctx.plan.input, parentOf(path)))) {
    if (base.text) unplaced(ctx, base.text, 'đoạn bị xóa không phải một nhiệm vụ hay một đoạn của danh sách.', 'the deleted paragraph is no duty or paragraph of a list.', path ?? '', false);
    return;
  }
  if (!verified(ctx, path, undefined, () => ctx.yaml.removeItem(parentOf(path), lastIndex(path)))) return unplaced(ctx, base.text, 'bỏ đi thì kế hoạch không còn hợp lệ.', 'removing it leaves the plan invalid.', path, false);
  applied(ctx, { kind: 'removed', path, paragraph: base.text, before: base.text });
}

/** Where a note on the value at `path` is kept: that value when it is a mapping, else the nearest mapping holding it. */
function noteOwner(plan: Plan, path: string): string {
  let at = path;
  while (at) {
    const v = valueAt(plan.input, at);
    if (v && typeof v === 'object' && !Array.isArray(v) && !/\/(time|table|rows|cells|facts)(\/|$)/.test(at)) return at;
    at = parentOf(at);
  }
  return '';
}

/** A comment of the reviewed document kept as a review note of `owner` (the value its paragraph prints, or the mapping holding it). */
function addNote(ctx: Ctx, owner: string, own: boolean, paragraph: string, c: ReadComment, fresh = false): void {
  const existing = fresh ? undefined : valueAt(ctx.plan.input, `${owner}/review`);
  if (Array.isArray(existing) && existing.some((n) => (typeof n === 'string' ? n : (n as { text?: string }).text) === c.text)) return;
  const quote = !own || (c.quote && norm(c.quote) !== norm(paragraph)) ? c.quote || paragraph : undefined;
  const note = { text: c.text, ...(c.author ? { author: c.author } : {}), ...(c.date ? { date: c.date } : {}), ...(quote ? { quote } : {}) };
  if (!verified(ctx, owner, undefined, () => ctx.yaml.appendToList(`${owner}/review`, note))) return unplaced(ctx, paragraph, `không ghi được góp ý “${short(c.text)}”.`, `the comment “${short(c.text)}” could not be written.`, owner);
  applied(ctx, { kind: 'note', path: `${owner}/review`, paragraph, after: c.text });
}

/**
 * Reads a DOCX that kehoach rendered from this plan and a person then edited in Word — with Track
 * Changes on or off, with comments — back into the plan's YAML: each paragraph of the document as
 * the reviewer left it (every change accepted) is paired with the paragraph of the plan's own render;
 * a changed duty's words go into its text, its changed parenthesis into its time, lead and support
 * (read with `@kehoach/nd30`), a changed paragraph or heading into its string, a paragraph added
 * after a duty becomes a task, one deleted is removed, a comment becomes a review note of its
 * paragraph's value. Every edit is kept only when the plan still loads and prints the reviewer's
 * paragraph; what cannot be placed is a warning with its paragraph. Only the edited values change in
 * the YAML: comments, layout and the rest stay byte for byte. Pure.
 *
 * @example
 * const { yaml, edits, diagnostics } = importReviewedDocx(docxBytes, planYaml, { file: 'ke-hoach.yaml' });
 */
export function importReviewedDocx(docx: Uint8Array, yaml: string, options: ReviewImportOptions = {}): ReviewImportResult {
  const file = options.file ?? 'plan.yaml';
  const docxFile = options.docxFile ?? 'reviewed.docx';
  const plan = loadClean(yaml, file);
  const at = { file: docxFile, path: '', line: 1, column: 1 };
  if (!plan) return { edits: [], diagnostics: [REVIEW_CODES.create('REVIEW_RENDER_FAILED', { ...at, file }, { which: file, detail: 'kế hoạch có lỗi (the plan has errors)' })] };
  let reviewed: ReviewedParagraph[];
  try {
    reviewed = readReviewed(docx);
  } catch (e) {
    return { edits: [], diagnostics: [REVIEW_CODES.create('REVIEW_DOCX_INVALID', at, { file: docxFile, detail: String((e as Error).message ?? e) })] };
  }
  const base = renderedParagraphs(plan) ?? [];
  const texts = reviewed.map((p) => norm(p.text));
  // Paragraphs compared without their number: a duty renumbered (one before it removed) is the same duty.
  const steps = alignSequences(base.map((b) => b.text), texts, { key: withoutLabel, similarity: (a, b) => (a && b ? similarity(a, b) : 0), threshold: 0.5 });
  const paired = steps.filter((s) => s.a !== undefined && s.b !== undefined && base[s.a]!.text).length;
  const share = Math.round((100 * paired) / Math.max(1, base.filter((b) => b.text).length));
  if (share < 50) return { edits: [], diagnostics: [REVIEW_CODES.create('REVIEW_NOT_THIS_PLAN', at, { file: docxFile, share })] };
  const ctx: Ctx = { yaml: new YamlSource(yaml), plan, file, edits: [], diagnostics: [], removed: new Set(), wanted: new Map() };
  // Every value whose paragraphs were all deleted: what it holds goes with it.
  const gone = new Set(steps.filter((s) => s.b === undefined).map((s) => base[s.a!]!.unit?.path).filter((p): p is string => !!p));
  // A value something inside of which is still printed is not removed with its heading.
  const kept = new Set(steps.filter((s) => s.a !== undefined && s.b !== undefined).map((s) => s.a!));
  const printed = (path: string) => base.some((b, i) => kept.has(i) && !!b.unit?.path.startsWith(`${path}/`));
  const removed = new Set([...gone].filter((p) => !printed(p) && base.every((b, i) => b.unit?.path !== p || steps.some((s) => s.a === i && s.b === undefined))));
  // The previous paired paragraph of each step (where an added paragraph goes).
  const prevOf: Array<RenderedParagraph | undefined> = [];
  let prev: RenderedParagraph | undefined;
  for (const s of steps) {
    prevOf.push(prev);
    if (s.a !== undefined && s.b !== undefined) prev = base[s.a];
  }
  // From the end: an edit never moves the paths of what comes before it.
  for (let k = steps.length - 1; k >= 0; k--) {
    const s = steps[k]!;
    if (s.a !== undefined && s.b === undefined) {
      removeParagraph(ctx, base[s.a]!, removed, printed);
      continue;
    }
    const r = reviewed[s.b!]!;
    const words = texts[s.b!]!;
    let owner = '';
    let own = false;
    let fresh = false;
    if (s.a !== undefined) {
      const path = base[s.a]!.unit?.path;
      if (path !== undefined) owner = noteOwner(ctx.plan, path);
      own = path !== undefined && owner === path && base[s.a]!.unit?.cell === undefined;
      if (!s.same) {
        if (base[s.a]!.unit) editParagraph(ctx, base[s.a]!, words);
        else unplaced(ctx, words, 'đoạn này do kehoach in từ phần đầu, chữ ký hoặc nơi nhận.', 'kehoach prints this paragraph from the header, the signature or the recipients.');
      }
    } else if (words) {
      const added = addParagraph(ctx, prevOf[k], words);
      const duty = added !== undefined && typeof valueAt(ctx.plan.input, prevOf[k]!.unit!.path) === 'object';
      owner = added === undefined ? '' : duty ? added : noteOwner(ctx.plan, parentOf(added));
      own = duty;
      fresh = duty;
    }
    for (const c of r.comments) addNote(ctx, owner, own, words, c, fresh);
  }
  ctx.edits.reverse();
  return { yaml: ctx.yaml.text, edits: ctx.edits, diagnostics: placed(ctx, plan).reverse() };
}

/** Each diagnostic at its line in the YAML: the new file's, or the old one's for what was removed or left as it was. */
function placed(ctx: Ctx, before: Plan): Diagnostic[] {
  const after = loadClean(ctx.yaml.text, ctx.file) ?? before;
  const removed = new Set(ctx.edits.filter((e) => e.kind === 'removed').map((e) => e.path));
  return stillUnplaced(ctx).map((d) => {
    const inOld = d.code !== 'REVIEW_EDIT_APPLIED' || removed.has(d.path ?? '');
    const { endLine, endColumn, ...at } = placeIn(inOld ? before.source : after.source, d.path ?? '');
    return { ...d, ...at, endLine: endLine ?? at.line, endColumn: endColumn ?? at.column };
  });
}
