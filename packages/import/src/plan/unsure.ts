import type { SourcePlace } from '../model.js';

/** A place where the recogniser was unsure: a `# kiểm tra:` comment in the YAML and a line of the report. */
export interface Unsure {
  /** Path into the plan input (keys and indexes) where the comment goes. */
  path: (string | number)[];
  /** What to check, in Vietnamese. */
  message: string;
  source: SourcePlace;
}

/** Collects unsure spots while recognising. */
export class UnsureList {
  readonly items: Unsure[] = [];
  add(path: (string | number)[], message: string, source: SourcePlace = {}): void {
    this.items.push({ path, message, source });
  }
}

/** `trang 3, dòng 12` / `đoạn 45` / `dòng 7`: a place of the original in words. */
export function placeInWords(s: SourcePlace): string {
  if (s.page !== undefined) return `trang ${s.page}${s.line !== undefined ? `, dòng ${s.line}` : ''}`;
  if (s.paragraph !== undefined) return `đoạn ${s.paragraph}`;
  if (s.line !== undefined) return `dòng ${s.line}`;
  return '';
}
