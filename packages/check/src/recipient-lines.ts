import type { Agency } from '@kehoach/core';
import { names } from './agency-names.js';

/**
 * A line of Nơi nhận that stands for others: `Như trên` (the Kính gửi of a công văn, the bodies
 * named above in a plan), `Như Điều 3` (the article that names them).
 */
const AS_ABOVE = /^[\s-]*Như\s+(?:trên|Điều\s+\d+)\b/iu;

/** True when a recipient line is “Như trên” or “Như Điều …”. */
export function isAsAbove(line: string): boolean {
  return AS_ABOVE.test(line);
}

/** A collective line of Nơi nhận and the kinds of body it reaches (`Các sở, ban, ngành` reaches departments, police, the military command). */
export interface CollectiveLine {
  kinds: readonly Agency['kind'][];
  pattern: RegExp;
  example: string;
}

/** Collective lines of Nơi nhận, by the kinds of body each reaches. */
export const COLLECTIVE_LINES: readonly CollectiveLine[] = [
  { kinds: ['chuyen-mon'], pattern: /các sở|cơ quan chuyên môn/iu, example: 'Các cơ quan chuyên môn thuộc UBND tỉnh' },
  { kinds: ['chuyen-mon', 'cong-an', 'quan-su', 'su-nghiep'], pattern: /sở,\s*ban,\s*ngành|các ban,\s*ngành/iu, example: 'Các sở, ban, ngành thuộc tỉnh' },
  { kinds: ['mttq-doan-the'], pattern: /đoàn thể|tổ chức chính trị\s*-\s*xã hội/iu, example: 'Các cơ quan đoàn thể cấp tỉnh' },
  { kinds: ['truong-hoc'], pattern: /các trường|các cơ sở giáo dục/iu, example: 'Các trường học trên địa bàn' },
];

/** True when a collective line reaches the agency by its kind. */
export function reachesByKind(line: string, a: Agency): boolean {
  return COLLECTIVE_LINES.some((c) => c.kinds.includes(a.kind) && c.pattern.test(line));
}

/**
 * The names a recipient line stands for: itself, and for a head word shared by a list
 * (`Các Sở: Tài chính, Nội vụ`) each body of the list (`Sở Tài chính`, `Sở Nội vụ`).
 */
export function namedBodies(line: string): string[] {
  const m = /^\s*(?:Các|Những)\s+([\p{L}\s]+?)\s*:\s*(.+)$/u.exec(line);
  if (!m) return [line];
  const head = m[1]!.trim();
  return [line, ...m[2]!.split(/[,;]|\s+và\s+/u).map((p) => p.trim()).filter(Boolean).map((p) => `${head} ${p}`)];
}

/** True when a recipient line names the agency (its names, a head word shared by a list, or a collective line of its kind). */
export function lineReaches(line: string, a: Agency): boolean {
  return namedBodies(line).some((n) => names(n, a)) || reachesByKind(line, a);
}
