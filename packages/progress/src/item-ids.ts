import type { Checklist, ChecklistItem } from '@kehoach/checklist';

/** The plan's key in a checklist's item ids (the part before the first `/`): `kh-ubnd-2026-quang-tri-1a2b3c4d`. */
export function itemKey(checklist: Checklist): string {
  const first = checklist.items[0]?.id;
  return first ? first.slice(0, first.indexOf('/')) : '';
}

/** An item's id as a progress file writes it: without the plan's key (`dvc-toan-trinh/2026-02-05/lead/van-phong-ubnd`). */
export function shortItemId(item: Pick<ChecklistItem, 'id'>): string {
  return item.id.slice(item.id.indexOf('/') + 1);
}

/** The full id of an id as written: itself when it is an item's, else with the plan's key before it. */
export function resolveItemId(written: string, key: string, ids: ReadonlySet<string>): string {
  if (ids.has(written) || !key) return written;
  const full = `${key}/${written}`;
  return ids.has(full) ? full : written;
}
