import { describe, expect, test } from 'vitest';
import { addVersion, MAX_VERSIONS, SESSION_MS, type Version } from '../src/versions.js';

// The rule of the studio's autosave history (versions.ts): what a new text does to the versions kept.
describe('addVersion', () => {
  const opened = (): Version[] => [{ t: 0, since: 0, kind: 'open', text: 'title: Kế hoạch\nnumber: 15\n' }];

  test('the first edit is a new version; edits within a minute replace it; after a pause a new one starts', () => {
    const v = opened();
    expect(addVersion(v, 'title: Kế hoạch\nnumber: 157\n', 'edit', 1_000)).toBe('added');
    expect(addVersion(v, 'title: Kế hoạch\nnumber: 1578\n', 'edit', 30_000)).toBe('replaced');
    expect(v.map((x) => x.kind)).toEqual(['open', 'edit']);
    expect(v[1]).toMatchObject({ since: 1_000, t: 30_000, text: 'title: Kế hoạch\nnumber: 1578\n' });
    expect(addVersion(v, 'title: Kế hoạch\nnumber: 15789\n', 'edit', 1_000 + SESSION_MS)).toBe('added');
    expect(v).toHaveLength(3);
    expect(addVersion(v, 'title: Kế hoạch\nnumber: 15789\n', 'edit', 200_000)).toBe('same');
  });

  test('an empty text never replaces a non-empty version; a text that shrank by half starts a new version', () => {
    const v = opened();
    addVersion(v, 'title: Kế hoạch dài\nnumber: 15\nscope: trên địa bàn xã\n', 'edit', 1_000);
    expect(addVersion(v, '', 'edit', 2_000)).toBe('empty');
    expect(addVersion(v, '  \n', 'edit', 2_000)).toBe('empty');
    expect(v.at(-1)!.text).toContain('scope');
    expect(addVersion(v, 'number: 15\n', 'edit', 3_000)).toBe('added'); // less than half: the longer text stays a version
    expect(v.map((x) => x.text)).toEqual([opened()[0]!.text, 'title: Kế hoạch dài\nnumber: 15\nscope: trên địa bàn xã\n', 'number: 15\n']);
  });

  test('a restore is always a version of its own; the oldest versions go first, the opened text stays', () => {
    const v = opened();
    addVersion(v, 'a: 1\n', 'edit', 1_000);
    expect(addVersion(v, 'a: 2\n', 'restore', 2_000)).toBe('added');
    for (let i = 0; i < MAX_VERSIONS + 5; i++) addVersion(v, `a: ${i + 10}\n`, 'edit', 10_000 + i * SESSION_MS);
    expect(v).toHaveLength(MAX_VERSIONS);
    expect(v[0]!.kind).toBe('open');
    expect(v.at(-1)!.text).toBe(`a: ${MAX_VERSIONS + 14}\n`);
  });
});

// The storage side, on an in-memory localStorage: the earlier studio's single autosave is taken over, never lost.
describe('stored documents', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), keys: () => [...m.keys()] };
  };

  test('the single autosave of the earlier studio becomes a document with its text as first version', async () => {
    const storage = memory();
    storage.setItem('kehoach-studio:yaml', 'title: Kế hoạch cũ\n');
    storage.setItem('kehoach-studio:name', 'ke-hoach-cu.yaml');
    (globalThis as { localStorage?: unknown }).localStorage = storage;
    try {
      const { readIndex, readDocument, storeVersion, newestText } = await import('../src/versions.js');
      const index = readIndex();
      expect(index.docs.map((d) => d.name)).toEqual(['ke-hoach-cu.yaml']);
      expect(index.current).toBe(index.docs[0]!.id);
      expect(readDocument(index.docs[0]!.id)!.versions.map((v) => [v.kind, v.text])).toEqual([['open', 'title: Kế hoạch cũ\n']]);
      expect(storage.getItem('kehoach-studio:yaml')).toBeNull();
      // A second document, opened then edited: its opened text is stored first; an empty text is refused.
      expect(storeVersion('d2', 'moi.yaml', 'title: Mới sửa\n', 'edit', 'title: Mới\n', 1_000)).toBe('added');
      expect(storeVersion('d2', 'moi.yaml', '', 'edit', undefined, 2_000)).toBe('empty');
      expect(readDocument('d2')!.versions.map((v) => v.kind)).toEqual(['open', 'edit']);
      expect(newestText('d2')).toBe('title: Mới sửa\n');
      expect(readIndex().docs.map((d) => d.id)).toEqual([index.docs[0]!.id, 'd2']);
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
