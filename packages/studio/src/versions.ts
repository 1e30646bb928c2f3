/**
 * The history of every open document, kept in the browser's localStorage: each document has an id,
 * a name and a list of versions with their times, newest last. An edit within a minute of the last
 * edit version replaces it (typing does not make hundreds of versions); anything else — the text as
 * opened, a restore, an edit after a pause, a text that shrank to less than half — starts a new
 * version. An empty text is never stored: an accidental “select all, delete” or an undo to nothing
 * can never replace the plan on reload. Nothing leaves the browser.
 *
 * `addVersion` is the pure rule; the rest reads and writes storage.
 */

/** How a version came to be. */
export type VersionKind = 'open' | 'edit' | 'restore';

/** One stored version of a document. */
export interface Version {
  /** When it was last written (ms since 1970). */
  t: number;
  /** When its edit session began (an edit version gathers the edits of one minute). */
  since: number;
  kind: VersionKind;
  text: string;
}

/** A document as stored: its name and versions (oldest first). */
export interface StoredDocument {
  id: string;
  name: string;
  versions: Version[];
}

/** The stored documents, most recently written last, and the one shown. */
export interface DocumentIndex {
  docs: Array<{ id: string; name: string; t: number }>;
  current?: string;
}

const PREFIX = 'kehoach-studio:';
const INDEX = `${PREFIX}documents`;
/** The single autosave of earlier versions of the studio, taken over once. */
const OLD_TEXT = `${PREFIX}yaml`;
const OLD_NAME = `${PREFIX}name`;

/** Edits within this long of an edit version's start replace it. */
export const SESSION_MS = 60_000;
/** The most versions kept per document (the first, as opened, always stays). */
export const MAX_VERSIONS = 40;
/** The most documents kept. */
export const MAX_DOCUMENTS = 20;

/** What `addVersion` did. */
export type AddOutcome = 'added' | 'replaced' | 'same' | 'empty';

/**
 * Adds `text` to `versions` (in place) by the rules above; returns what it did. An empty (blank)
 * text is refused when a version exists, so a non-empty version is never replaced by nothing.
 */
export function addVersion(versions: Version[], text: string, kind: VersionKind, now: number): AddOutcome {
  const newest = versions[versions.length - 1];
  if (newest && newest.text === text) return 'same';
  if (!text.trim() && versions.some((v) => v.text.trim())) return 'empty';
  const shrank = newest ? text.length < newest.text.length / 2 : false;
  if (newest && kind === 'edit' && newest.kind === 'edit' && now - newest.since < SESSION_MS && !shrank) {
    newest.text = text;
    newest.t = now;
    return 'replaced';
  }
  versions.push({ t: now, since: now, kind, text });
  while (versions.length > MAX_VERSIONS) versions.splice(1, 1);
  return 'added';
}

/** A new document id. */
export function newId(): string {
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

function read<T>(key: string): T | undefined {
  try {
    const s = localStorage.getItem(key);
    return s ? (JSON.parse(s) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes, making room by thinning other documents' histories when the storage is full; false when refused. */
function write(key: string, value: unknown): boolean {
  const s = JSON.stringify(value);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      localStorage.setItem(key, s);
      return true;
    } catch {
      if (!thin(key)) return false;
    }
  }
  return false;
}

/** Drops the older half of every other document's versions (keeping each one's first and newest); false when nothing could go. */
function thin(except: string): boolean {
  let freed = false;
  for (const d of readIndex().docs) {
    const key = `${PREFIX}doc:${d.id}`;
    if (key === except) continue;
    const doc = read<StoredDocument>(key);
    if (!doc || doc.versions.length < 3) continue;
    const keep = Math.max(2, Math.floor(doc.versions.length / 2));
    doc.versions = [doc.versions[0]!, ...doc.versions.slice(-keep + 1)];
    try {
      localStorage.setItem(key, JSON.stringify(doc));
      freed = true;
    } catch {
      /* still full */
    }
  }
  return freed;
}

/** The index of stored documents (taking over the single autosave of earlier versions). */
export function readIndex(): DocumentIndex {
  const index = read<DocumentIndex>(INDEX);
  if (index) return index;
  const raw = (key: string) => {
    try {
      return localStorage.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  const text = raw(OLD_TEXT);
  if (!text) return { docs: [] };
  const name = raw(OLD_NAME) ?? 'ke-hoach.yaml';
  const id = newId();
  const now = Date.now();
  const taken: DocumentIndex = { docs: [{ id, name, t: now }], current: id };
  if (write(`${PREFIX}doc:${id}`, { id, name, versions: [{ t: now, since: now, kind: 'open', text }] }) && write(INDEX, taken)) {
    try {
      localStorage.removeItem(OLD_TEXT);
      localStorage.removeItem(OLD_NAME);
    } catch {
      /* read-only storage */
    }
  }
  return taken;
}

/** A stored document, if any. */
export function readDocument(id: string): StoredDocument | undefined {
  return read<StoredDocument>(`${PREFIX}doc:${id}`);
}

/** The newest stored text of a document. */
export function newestText(id: string): string | undefined {
  return readDocument(id)?.versions.at(-1)?.text;
}

/** Marks `id` as the document shown (reopened first after a reload). */
export function setCurrent(id: string): void {
  const index = readIndex();
  if (index.current === id) return;
  write(INDEX, { ...index, current: id });
}

/**
 * Stores `text` as a version of document `id` named `name`; `opened` (the text as it was opened) is
 * stored first when the document has no version yet. Returns what was done, or false when the
 * storage refused.
 */
export function storeVersion(id: string, name: string, text: string, kind: VersionKind, opened?: string, now = Date.now()): AddOutcome | false {
  const doc = readDocument(id) ?? { id, name, versions: [] };
  doc.name = name;
  if (!doc.versions.length && opened !== undefined && opened.trim() && opened !== text) addVersion(doc.versions, opened, 'open', now);
  const outcome = addVersion(doc.versions, text, kind, now);
  if (outcome === 'same' || outcome === 'empty') {
    if (!doc.versions.length) return outcome;
  }
  if (!write(`${PREFIX}doc:${id}`, doc)) return false;
  const index = readIndex();
  const docs = index.docs.filter((d) => d.id !== id);
  docs.push({ id, name, t: now });
  while (docs.length > MAX_DOCUMENTS) {
    const gone = docs.shift()!;
    try {
      localStorage.removeItem(`${PREFIX}doc:${gone.id}`);
    } catch {
      /* ignore */
    }
  }
  return write(INDEX, { docs, current: index.current ?? id }) ? outcome : false;
}

/** Forgets a document and its history. */
export function forget(id: string): void {
  const index = readIndex();
  write(INDEX, { ...index, docs: index.docs.filter((d) => d.id !== id), current: index.current === id ? undefined : index.current });
  try {
    localStorage.removeItem(`${PREFIX}doc:${id}`);
  } catch {
    /* ignore */
  }
}
