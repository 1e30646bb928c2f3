import type { PlanInput } from '@kehoach/schema';
import type { ReceivedBlock, ReceivedDocument, SourcePlace } from './model.js';
import { placeInWords } from './plan/unsure.js';

/** A place in the original, with its words (`đoạn 37`, `trang 2, dòng 14`). */
export type OriginalPlace = SourcePlace & { place: string };

const norm = (s: string) =>
  s.replace(/\\\*/g, '*').replace(/\*+/g, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

function paragraphs(blocks: readonly ReceivedBlock[], out: { text: string; source: SourcePlace }[] = []) {
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      const text = norm(b.plain);
      if (text) out.push({ text, source: b.source });
    } else if (b.kind === 'table') for (const r of b.rows) for (const c of r.cells) paragraphs(c.blocks, out);
  }
  return out;
}

/** Strings of a plan value that say where it came from: itself, or its `text`, `title`, `name`. */
function wordsOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string').slice(0, 1);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return ['text', 'title', 'name', 'part'].flatMap((k) => wordsOf(o[k]));
  }
  return [];
}

/**
 * Makes a function that finds where a place of the imported plan (a JSON pointer, as the checker
 * reports) stands in the original: the paragraph of the DOCX, the page and line of the PDF, the line
 * of a text. It looks up the words at the pointer, or at the nearest enclosing value that has words,
 * among the original's paragraphs. `undefined` when nothing matches.
 */
export function originalLocator(doc: ReceivedDocument, input: PlanInput): (pointer: string) => OriginalPlace | undefined {
  const paras = paragraphs(doc.blocks);
  const find = (words: string): SourcePlace | undefined => {
    const w = norm(words);
    if (w.length < 4) return undefined;
    const head = w.slice(0, 60);
    return (paras.find((p) => p.text.includes(head)) ?? paras.find((p) => p.text.length >= 12 && w.includes(p.text)))?.source;
  };
  return (pointer: string) => {
    const keys = pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    const chain: unknown[] = [input];
    for (const k of keys) {
      const cur = chain[chain.length - 1] as Record<string, unknown> | undefined;
      if (cur === undefined || cur === null || typeof cur !== 'object') break;
      chain.push(cur[k]);
    }
    for (let i = chain.length - 1; i > 0; i--) {
      for (const words of wordsOf(chain[i])) {
        const source = find(words);
        if (source) return { ...source, place: placeInWords(source) };
      }
    }
    return undefined;
  };
}
