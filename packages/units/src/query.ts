import { foldName } from './fold.js';

/** What a query names: a code, or a name with perhaps its kind and province. */
export interface UnitQuery {
  code?: string;
  /** The folded name without kind words. */
  name?: string;
  /** The kind words given, folded (`xa`, `phuong`, `dac khu`, `thi tran`, `tinh`, `thanh pho`). */
  kind?: string;
  /** A province named after a comma (`…, tỉnh Tuyên Quang`), folded, without its kind. */
  province?: string;
}

/** Kind words that may start a name (folded), longest first. */
export const KIND_WORDS = ['dac khu', 'thi tran', 'thanh pho', 'phuong', 'tinh', 'xa'];

const BODY = /^(?:uy ban nhan dan|ubnd|hdnd va ubnd)\s+/;

/** Splits a folded name into its kind word and the rest (`xa minh xuan` → `xa`, `minh xuan`). */
export function splitKind(folded: string): { kind?: string; name: string } {
  const s = folded.replace(BODY, '');
  for (const k of KIND_WORDS) if (s.startsWith(`${k} `)) return { kind: k, name: s.slice(k.length + 1) };
  return { name: s };
}

/**
 * Reads what a user typed: `26734`, `Minh Xuân`, `xã minh xuan`, `UBND phường Minh Xuân`,
 * `xã Minh Xuân, tỉnh Tuyên Quang`.
 */
export function parseQuery(text: string): UnitQuery {
  const t = text.trim();
  if (/^\d{1,5}$/.test(t)) return { code: t };
  const [head = '', ...rest] = t.split(',');
  const out: UnitQuery = {};
  const { kind, name } = splitKind(foldName(head));
  if (kind) out.kind = kind;
  if (name) out.name = name;
  if (rest.length) out.province = splitKind(foldName(rest.join(' '))).name;
  return out;
}
