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
  /** Spots on objects whose place in the plan is known only once the plan is built (a task's time). */
  private readonly pending: Array<{ target: object; key: string; message: string; source: SourcePlace }> = [];
  add(path: (string | number)[], message: string, source: SourcePlace = {}): void {
    this.items.push({ path, message, source });
  }
  /** An unsure spot at `key` of an object of the plan being built (a task, a group). */
  addFor(target: object, key: string, message: string, source: SourcePlace = {}): void {
    this.pending.push({ target, key, message, source });
  }
  /** Gives each pending spot its path in the built plan (found by identity); spots whose object is not there are dropped. */
  resolve(root: unknown): void {
    if (!this.pending.length) return;
    const paths = new Map<object, (string | number)[]>();
    const walk = (v: unknown, path: (string | number)[]) => {
      if (!v || typeof v !== 'object') return;
      paths.set(v, path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(root, []);
    for (const p of this.pending.splice(0)) {
      const at = paths.get(p.target);
      if (at) this.items.push({ path: [...at, p.key], message: p.message, source: p.source });
    }
  }
}

/** `trang 3, dòng 12` / `đoạn 45` / `dòng 7`: a place of the original in words. */
export function placeInWords(s: SourcePlace): string {
  if (s.page !== undefined) return `trang ${s.page}${s.line !== undefined ? `, dòng ${s.line}` : ''}`;
  if (s.paragraph !== undefined) return `đoạn ${s.paragraph}`;
  if (s.line !== undefined) return `dòng ${s.line}`;
  return '';
}
