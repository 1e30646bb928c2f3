import { DEFAULT_KIND, documentKinds, type DocumentKindProfile } from '@kehoach/core';

/** A type line to look for (`KẾ HOẠCH`, `BÁO CÁO` …) and the kind it marks. */
export interface TypeLineMarker {
  kind: DocumentKindProfile;
  /** Matches the type line at the start of a line, its letters possibly spaced out (`K Ế H O Ạ C H`). */
  pattern: RegExp;
  /** Matches the type line written as it is (`KẾ HOẠCH …`), at the start of a line. */
  exact: RegExp;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `KẾ HOẠCH` → a pattern for `KẾ HOẠCH`, `K Ế  H O Ạ C H`, `KẾ HOẠCH:`. */
function typeLinePattern(typeLine: string): RegExp {
  const words = typeLine.normalize('NFC').split(/\s+/).map((w) => [...w].map(escape).join('\\s*'));
  return new RegExp(`^${words.join('\\s+')}(?![\\p{L}])`, 'u');
}

/**
 * The type lines of every registered kind, longest first (so `BÁO CÁO KẾT QUẢ` wins over `BÁO CÁO`);
 * of two kinds with the same type line, the one registered last (a portal's own variant of a
 * built-in `QUYẾT ĐỊNH`) comes first.
 */
export function typeLineMarkers(): TypeLineMarker[] {
  return [...documentKinds()]
    .reverse()
    .flatMap((kind) => {
      const line = kind.recognise.typeLine ?? kind.header.typeLine;
      const exact = new RegExp(`^${escape(line ?? '')}(?![\\p{L}])`, 'u');
      return line ? [{ kind, pattern: typeLinePattern(line), exact, length: line.length }] : [];
    })
    .sort((a, b) => b.length - a.length)
    .map(({ kind, pattern, exact }) => ({ kind, pattern, exact }));
}

/** The kind a `V/v` subject under the number marks (a công văn), when one is registered. */
export function subjectLineKind(): DocumentKindProfile | undefined {
  return documentKinds().find((k) => k.recognise.subjectLine);
}

/** The kind a received document is taken for when nothing marks it. */
export function defaultKind(): DocumentKindProfile {
  return documentKinds().find((k) => k.id === DEFAULT_KIND)!;
}
