import { diffArrays } from 'diff';

/** One piece of a word-level comparison: words kept, taken out or put in. */
export interface WordPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

// Words (letters with their tone marks, digits), runs of spaces, and each other character alone, so
// that “định,” and “định” share the word and differ by the comma.
const TOKEN = /\s+|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** The words, spaces and punctuation of a text (NFC), in order; joined they give the text back. */
export function tokenize(text: string): string[] {
  return text.normalize('NFC').match(TOKEN) ?? [];
}

/** Spaces and punctuation only: kept between two changes, they would only chop the change up. */
const TRIVIAL = /^[\s\p{P}\p{S}]*$/u;

/** Merges the changes between two kept pieces into one deletion then one insertion. */
function normalise(parts: WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = ins = '';
  };
  for (const p of parts) {
    if (p.op === 'delete') del += p.text;
    else if (p.op === 'insert') ins += p.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'equal') last.text += p.text;
      else if (p.text) out.push({ ...p });
    }
  }
  flush();
  return out;
}

/**
 * The comparison of two texts word by word (a Vietnamese word is a syllable between spaces), as a
 * reader wants it: a space or a comma kept between two changed words does not split the change.
 *
 * @example
 * diffWords('trước ngày 15/9', 'trước ngày 30/9')
 * // [{ op: 'equal', text: 'trước ngày ' }, { op: 'delete', text: '15' }, { op: 'insert', text: '30' }, { op: 'equal', text: '/9' }]
 */
export function diffWords(before: string, after: string): WordPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const raw: WordPart[] = diffArrays(a, b).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value.join('') }));
  let parts = normalise(raw);
  // A trivial piece kept between two changes joins them.
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 1; i < parts.length - 1; i++) {
      const p = parts[i]!;
      if (p.op === 'equal' && TRIVIAL.test(p.text) && parts[i - 1]!.op !== 'equal' && parts[i + 1]!.op !== 'equal') {
        parts = normalise([...parts.slice(0, i), { op: 'delete', text: p.text }, { op: 'insert', text: p.text }, ...parts.slice(i + 1)]);
        changed = true;
        break;
      }
    }
  }
  return parts;
}

/** How alike two texts are, from 0 (no word in common) to 1 (the same words): shared letters over all letters. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const ta = tokenize(a).filter((t) => !/^\s+$/.test(t));
  const tb = tokenize(b).filter((t) => !/^\s+$/.test(t));
  const total = ta.join('').length + tb.join('').length;
  if (!total) return 0;
  let same = 0;
  for (const c of diffArrays(ta, tb)) if (!c.added && !c.removed) same += c.value.join('').length;
  return (2 * same) / total;
}

/** The text before the change (`delete` and `equal` pieces). */
export function beforeText(parts: readonly WordPart[]): string {
  return parts.filter((p) => p.op !== 'insert').map((p) => p.text).join('');
}

/** The text after the change (`insert` and `equal` pieces). */
export function afterText(parts: readonly WordPart[]): string {
  return parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('');
}
