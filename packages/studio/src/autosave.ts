/**
 * Autosave: the shown document is stored as a version (see versions.ts) shortly after each change,
 * when another document is shown, and when the tab is hidden or closed, so a closed tab loses
 * nothing. A document held by another tab is never written from here.
 */
import { storeVersion, type AddOutcome } from './versions.js';

/** What is autosaved: the shown document. */
export interface Autosaved {
  id: string;
  name: string;
  text: string;
  /** The text it was opened with (stored first, as its first version). */
  opened: string;
  /** Held by another tab: not written. */
  readOnly: boolean;
}

/** An autosaver: `changed()` after edits; writes after `delay` ms of quiet, and at once on `flush()` or when the page is hidden. */
export function autosaver(
  current: () => Autosaved | undefined,
  onSaved: (outcome: AddOutcome | false, doc: Autosaved) => void,
  delay = 400,
): { changed(): void; flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  const flush = () => {
    clearTimeout(timer);
    if (!dirty) return;
    dirty = false;
    const doc = current();
    if (!doc || doc.readOnly) return;
    onSaved(storeVersion(doc.id, doc.name, doc.text, 'edit', doc.opened), doc);
  };
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  return {
    changed() {
      dirty = true;
      clearTimeout(timer);
      timer = setTimeout(flush, delay);
    },
    flush,
  };
}
