/**
 * Word-level comparison of a rendered plan with its seed document.
 * Lines lose their leading generated label (`II.`, `2.1.`, `a)`, `-`), compared separately;
 * words are compared lower-cased (headings are upper-cased by the layout rules), without
 * surrounding punctuation, with dates written alike (`01/7/2025` = `1/7/2025`).
 */
import { diffArrays } from 'diff';

const LABEL = /^\s*(?:#+\s*)?(?:\*+\s*)?((?:[IVXLC]+|\d+(?:\.\d+)*)\.|[a-zđ]\)|[-+–])\s+/;

/** The part of a document between two markers (the end marker excluded). */
export function slice(text: string, start: RegExp, end?: RegExp): string {
  const t = text.normalize('NFC');
  const i = t.search(start);
  const from = i < 0 ? t : t.slice(i);
  const j = end ? from.search(end) : -1;
  return j < 0 ? from : from.slice(0, j);
}

/** The generated labels at the start of lines, in order. */
export function labels(text: string): string[] {
  return text
    .split('\n')
    .map((l) => LABEL.exec(l.replace(/\*\*/g, ''))?.[1])
    .filter((l): l is string => l !== undefined && l !== '-' && l !== '+' && l !== '–');
}

/** The comparable words of a text. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const line of text.normalize('NFC').split('\n')) {
    const body = line.replace(/\*\*/g, '').replace(LABEL, '').replace(/(\d+) \/([A-ZĐ])/g, '$1/$2');
    for (let w of body.replace(/[*#]/g, '').split(/\s+/)) {
      w = w.replace(/^[.,;:()“”"'…!?|]+|[.,;:()“”"'…!?|]+$/g, '').toLocaleLowerCase('vi');
      // a token of dashes alone is punctuation, not a word (a list mark that a table's cell put mid-line, `Độc lập - Tự do`)
      if (!w || /^[-–—+•]+$/u.test(w)) continue;
      const d = /^0?(\d{1,2})\/0?(\d{1,2})\/(\d{4})$/.exec(w);
      out.push(d ? `${Number(d[1])}/${Number(d[2])}/${d[3]}` : w);
    }
  }
  return out;
}

/** One difference: words only in the seed, words only in the rendering, and where. */
export interface WordDifference {
  missing: string;
  extra: string;
  after: string;
}

/** The differences between two word lists, each with a little context. */
export function compareWords(seed: string[], rendered: string[]): WordDifference[] {
  const parts = diffArrays(seed, rendered);
  const out: WordDifference[] = [];
  const context: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (!p.added && !p.removed) {
      context.push(...p.value);
      continue;
    }
    const next = parts[i + 1];
    const removed = p.removed ? p.value : [];
    const added = p.added ? p.value : next?.added ? next.value : [];
    if (p.removed && next?.added) i++;
    out.push({ missing: removed.join(' '), extra: added.join(' '), after: context.slice(-6).join(' ') });
  }
  return out;
}
