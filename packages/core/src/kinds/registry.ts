import baoCao from './bao-cao/index.js';
import congVan from './cong-van/index.js';
import keHoach from './ke-hoach/index.js';
import quyetDinh from './quyet-dinh/index.js';
import thongBao from './thong-bao/index.js';
import toTrinh from './to-trinh/index.js';
import type { DocumentKindProfile } from './profile.js';

/** The built-in kinds, one folder each. */
export const BUILT_IN_KINDS: readonly DocumentKindProfile[] = [keHoach, congVan, quyetDinh, toTrinh, thongBao, baoCao];

const KINDS = new Map<string, DocumentKindProfile>(BUILT_IN_KINDS.map((k) => [k.id, k]));

/** The kind a plan is when it does not say (`kind:` absent). */
export const DEFAULT_KIND = 'ke-hoach';

/**
 * Adds a document kind, or replaces one of the same id (a portal's own variant of a built-in).
 * Built-in kinds are registered when `@kehoach/core` loads; a portal registers its own at start-up.
 *
 * @example
 * registerDocumentKind(defineDocumentKind({ id: 'bao-cao', name: 'Báo cáo', … }));
 */
export function registerDocumentKind(profile: DocumentKindProfile): void {
  KINDS.set(profile.id, profile);
}

/** Removes a kind registered by `registerDocumentKind` (tests, hot reload); a replaced built-in kind comes back. */
export function unregisterDocumentKind(id: string): void {
  const builtIn = BUILT_IN_KINDS.find((k) => k.id === id);
  if (builtIn) KINDS.set(id, builtIn);
  else KINDS.delete(id);
}

/** The profile of a registered kind. Throws for an unknown id: a loaded plan's kind is always registered. */
export function documentKind(id: string): DocumentKindProfile {
  const k = KINDS.get(id);
  if (!k) throw new Error(`unknown document kind "${id}" (registered: ${[...KINDS.keys()].join(', ')})`);
  return k;
}

/** Whether a kind is registered. */
export function hasDocumentKind(id: string): boolean {
  return KINDS.has(id);
}

/** Every registered kind, in the order they were registered (built-ins first). */
export function documentKinds(): readonly DocumentKindProfile[] {
  return [...KINDS.values()];
}
