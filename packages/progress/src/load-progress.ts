import { hasErrors, locate, parseYaml, sortDiagnostics, toPointer, validateAgainstSchema, validateProgressData, type Diagnostic } from '@kehoach/core';
import type { Checklist } from '@kehoach/checklist';
import type { Document, LineCounter } from 'yaml';
import { PROGRESS_CODES, type ProgressCode } from './codes.js';
import type { ItemProgress, Progress } from './progress-model.js';
import { itemKey, resolveItemId } from './item-ids.js';

/** Options of `loadProgress`. */
export interface LoadProgressOptions {
  /** The plan's checklist: ids written without the plan's key are resolved, unknown ids reported. */
  checklist?: Checklist;
}

/** A progress file loaded: the data (ids resolved when a checklist was given), and what was found. */
export interface LoadProgressResult {
  progress?: Progress;
  diagnostics: Diagnostic[];
}

interface Where {
  file: string;
  doc?: Document.Parsed;
  lineCounter: LineCounter;
}

const at = (w: Where, path: string, key?: string) => ({ file: w.file, path: key === undefined ? path : `${path}/${key}`, ...locate(w.doc, w.lineCounter, path, key) });

/** The checks of one item's dates: updates in order, completion not after the report, pauses that end after they start. */
function checkItem(w: Where, key: string, p: ItemProgress, out: Diagnostic[]): void {
  const base = toPointer(['items', key]);
  const report = (code: ProgressCode, path: string, params: Record<string, string>) => out.push(PROGRESS_CODES.create(code, at(w, path), params));
  (p.updates ?? []).forEach((u, k) => {
    const prev = p.updates![k - 1];
    if (prev && u.date < prev.date) report('PROGRESS_UPDATE_ORDER', `${base}/updates/${k}/date`, { date: u.date, previous: prev.date });
    if (u.completed && u.status !== 'hoan-thanh') report('PROGRESS_COMPLETED_NOT_DONE', `${base}/updates/${k}/completed`, { status: u.status });
    else if (u.completed && u.completed > u.date) report('PROGRESS_COMPLETED_LATER', `${base}/updates/${k}/completed`, { completed: u.completed, date: u.date });
  });
  (p.pauses ?? []).forEach((x, k) => {
    if (x.to && x.to < x.from) report('PROGRESS_PAUSE_ORDER', `${base}/pauses/${k}/to`, { from: x.from, to: x.to });
  });
}

/**
 * Each item of the file by its full checklist id (and the id as the file writes it, for places); ids that name no item of the checklist kept as
 * written and reported (PROGRESS_UNKNOWN_ITEM, a warning: the plan may have moved on), and an item
 * written twice (with and without the plan's key) an error.
 */
function resolveItems(w: Where, progress: Progress, checklist: Checklist, out: Diagnostic[]): { items: Record<string, ItemProgress>; written: Record<string, string> } {
  const ids = new Set(checklist.items.map((i) => i.id));
  const key = itemKey(checklist);
  const items: Record<string, ItemProgress> = {};
  const written: Record<string, string> = {};
  for (const [as, p] of Object.entries(progress.items)) {
    const id = resolveItemId(as, key, ids);
    if (!ids.has(id)) out.push(PROGRESS_CODES.create('PROGRESS_UNKNOWN_ITEM', at(w, '/items', as), { id: as }));
    if (Object.hasOwn(items, id)) out.push(PROGRESS_CODES.create('PROGRESS_DUPLICATE_ITEM', at(w, '/items', as), { id: as }));
    items[id] = p;
    written[id] = as;
  }
  return { items, written };
}

/** The deadline checks of extensions, which need the item's due date from the checklist. */
function checkExtensions(w: Where, progress: Progress, written: Record<string, string>, checklist: Checklist, out: Diagnostic[]): void {
  const byId = new Map(checklist.items.map((i) => [i.id, i]));
  for (const [id, p] of Object.entries(progress.items)) {
    const item = byId.get(id);
    if (!item) continue;
    let previous = item.due;
    (p.extensions ?? []).forEach((x, k) => {
      const path = `${toPointer(['items', written[id]!])}/extensions/${k}/due`;
      const before = x.previousDue ?? previous;
      if (!before && k === 0) out.push(PROGRESS_CODES.create('PROGRESS_EXTENSION_NO_DEADLINE', at(w, path), { due: x.due }));
      else if (before && x.due <= before) out.push(PROGRESS_CODES.create('PROGRESS_EXTENSION_EARLIER', at(w, path), { due: x.due, previous: before }));
      previous = x.due;
    });
  }
}

/**
 * Loads a progress file (YAML or JSON) with the plan loader's guarantees: limits, every problem at
 * once, each at its line and column — the schema's (`schemas/progress.schema.json`, precompiled),
 * dates out of order, and, given the plan's checklist, ids that name no item and extensions that do
 * not extend. Errors leave `progress` undefined. Pure: the caller reads the file.
 *
 * @example
 * const { progress, diagnostics } = loadProgress(text, 'ke-hoach.progress.yaml', { checklist });
 */
export function loadProgress(text: string, file = 'progress.yaml', options: LoadProgressOptions = {}): LoadProgressResult {
  const parsed = parseYaml(text, file);
  if (hasErrors(parsed.diagnostics)) return { diagnostics: parsed.diagnostics };
  const w: Where = { file, lineCounter: parsed.lineCounter, ...(parsed.doc ? { doc: parsed.doc } : {}) };
  const schema = validateAgainstSchema(parsed.value, w, validateProgressData);
  if (hasErrors(schema)) return { diagnostics: schema };
  const data = parsed.value as Progress;
  const out: Diagnostic[] = [...parsed.diagnostics, ...schema];
  for (const [key, p] of Object.entries(data.items)) checkItem(w, key, p, out);
  let progress: Progress = data;
  if (options.checklist) {
    const { items, written } = resolveItems(w, data, options.checklist, out);
    progress = { ...data, items };
    checkExtensions(w, progress, written, options.checklist, out);
  }
  const diagnostics = sortDiagnostics(out);
  return hasErrors(diagnostics) ? { diagnostics } : { progress, diagnostics };
}
