import { quoteDates } from '@kehoach/core';
import { Document, isMap, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import type { ImportedUpdate } from './import-xlsx.js';

/** Options of `mergeProgress`. */
export interface MergeProgressOptions {
  /** The plan's key in item ids (`itemKey(checklist)`): new items are written without it. */
  key: string;
  /** The plan file, relative to the progress file, written in a new file. */
  plan?: string;
}

/** The URL of the progress schema, written at the top of a new file (editors read it). */
export const PROGRESS_SCHEMA_URL = 'https://cdn.jsdelivr.net/npm/@kehoach/schema@0/schemas/progress.schema.json';

/** The items map of the document, made when missing. */
function itemsMap(doc: Document): YAMLMap {
  const items = doc.get('items', true);
  if (isMap(items)) return items;
  const made = new YAMLMap();
  doc.set('items', made);
  return made;
}

/** The node of an item in the items map: by its full id or its id without the plan's key. */
function itemNode(items: YAMLMap, id: string, key: string): { node: unknown; written: string } {
  const short = id.startsWith(`${key}/`) ? id.slice(key.length + 1) : id;
  for (const written of [id, short]) if (items.has(written)) return { node: items.get(written, true), written };
  return { node: undefined, written: short };
}

/**
 * A progress file's text with new updates added: each at its item (made, under its id without the
 * plan's key, when the file has none), after the updates recorded before it. Nothing recorded is
 * changed; comments are kept (the yaml printer moves one written after a key to the line below); the new dates are quoted
 * as kehoach's writers quote dates.
 * A new file when `text` is undefined. Pure.
 *
 * @example
 * const next = mergeProgress(existingText, readProgressXlsx(bytes, options).updates, { key: itemKey(checklist) });
 */
export function mergeProgress(text: string | undefined, additions: readonly ImportedUpdate[], options: MergeProgressOptions): string {
  const doc: Document = text === undefined ? new Document({ $schema: PROGRESS_SCHEMA_URL, ...(options.plan ? { plan: options.plan } : {}), items: {} }) : parseDocument(text);
  const items = itemsMap(doc);
  for (const { id, update } of additions) {
    const found = itemNode(items, id, options.key);
    let node = found.node;
    if (!isMap(node)) {
      node = new YAMLMap();
      items.set(found.written, node);
    }
    const map = node as YAMLMap;
    let seq = map.get('updates', true) as unknown;
    if (!isSeq(seq)) {
      seq = new YAMLSeq();
      map.set('updates', seq);
    }
    const created = doc.createNode(update);
    quoteDates(created);
    const updates = seq as YAMLSeq;
    // After every update of the same day or before (the file stays in date order).
    const at = updates.items.findIndex((u) => isMap(u) && String(u.get('date')) > update.date);
    if (at < 0) updates.items.push(created);
    else updates.items.splice(at, 0, created);
  }
  return doc.toString({ lineWidth: 0 });
}
