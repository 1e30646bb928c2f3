/**
 * Autosave in the browser's localStorage: the text is written shortly after each change and when the
 * tab is hidden or closed, so a closed tab loses nothing. Nothing leaves the browser.
 */
const KEY = 'kehoach-studio:yaml';
const NAME_KEY = 'kehoach-studio:name';

/** The autosaved text and file name, if any. */
export function restore(): { text: string; name: string } | undefined {
  try {
    const text = localStorage.getItem(KEY);
    return text ? { text, name: localStorage.getItem(NAME_KEY) ?? 'ke-hoach.yaml' } : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the text now; returns false when storage is full or refused (private mode). */
export function saveNow(text: string, name: string): boolean {
  try {
    localStorage.setItem(KEY, text);
    localStorage.setItem(NAME_KEY, name);
    return true;
  } catch {
    return false;
  }
}

/** An autosaver: `changed()` after edits; writes after `delay` ms of quiet, and at once when the page is hidden. */
export function autosaver(current: () => { text: string; name: string }, onSaved: (ok: boolean) => void, delay = 400): { changed(): void; flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  const flush = () => {
    clearTimeout(timer);
    if (!dirty) return;
    dirty = false;
    const { text, name } = current();
    // The text just restored (or saved by another tab) is already there: nothing new to say.
    if (restore()?.text === text && restore()?.name === name) return;
    onSaved(saveNow(text, name));
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
