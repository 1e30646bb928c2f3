import { formatCitation } from '@kehoach/nd30';
import type { BasisInput, OpeningInput, ReferenceInput } from '@kehoach/schema';
import { openingLead, parseReferences } from '../recognise/references.js';
import type { Line } from './lines.js';
import type { UnsureList } from './unsure.js';

const words = (s: string): string =>
  s.normalize('NFC').toLocaleLowerCase('vi').replace(/[.,;:()“”"'…]/g, ' ').replace(/\b0(\d)\b/g, '$1').replace(/\s+/g, ' ').trim();

/** A reference as the plan will print it (@kehoach/nd30): a basis is parsed only when this gives its words back. */
const cite = (r: ReferenceInput): string => formatCitation(r);

/** One basis paragraph as references when they reproduce its words exactly; otherwise its text. */
function basis(text: string, ids: Set<string>): { basis: BasisInput; parsed: boolean } {
  const lead = openingLead(text);
  if (!lead) return { basis: { text }, parsed: false };
  const refs = parseReferences(text);
  if (refs.length) {
    // Each reference runs to the next one; its subject keeps the words as written (`về việc …`).
    const starts = refs.map((r) => text.indexOf(r.text));
    if (starts.every((s, i) => s >= 0 && (i === 0 || s > starts[i - 1]!))) {
      const out: ReferenceInput[] = refs.map((r, i) => {
        const end = starts[i + 1] ?? text.length;
        const head = `${r.type}${r.number ? ` số ${r.number}` : ''}`;
        const ref: ReferenceInput = { type: r.type };
        if (r.number) ref.number = r.number;
        if (r.date) ref.date = r.date;
        if (r.issuer) ref.issuer = r.issuer;
        const whole = text.slice(starts[i]!, end).replace(/[\s;,]+(và\s*)?$/u, '');
        const citedWords = words(cite({ ...ref }));
        const rest = words(whole).startsWith(citedWords) ? whole : '';
        if (rest) {
          // Words after the cited head (type, number, date, issuer) as the subject.
          const n = citedWords.split(' ').length;
          const tokens = whole.split(/\s+/);
          let k = 0;
          let seen = 0;
          while (k < tokens.length && seen < n) {
            seen += words(tokens[k]!).split(' ').filter(Boolean).length;
            k++;
          }
          const subject = tokens.slice(k).join(' ');
          if (subject) ref.subject = subject;
        }
        void head;
        const y = ref.number?.split('/') ?? [];
        ref.id = `${r.type.split(' ').map((w) => w[0]!.toLowerCase()).join('')}-${(y[0] ?? String(i + 1)).replace(/[^\w]/g, '')}`.replace(/[^a-z0-9-]/g, '');
        let id = ref.id;
        for (let k2 = 2; ids.has(id); k2++) id = `${ref.id}-${k2}`;
        ids.add(id);
        ref.id = id;
        return ref;
      });
      const candidate: BasisInput = { lead: text.slice(0, starts[0]!).trim(), references: out };
      const printed = `${candidate.lead} ${out.map(cite).join('; ')}`;
      if (words(printed) === words(text)) return { basis: candidate, parsed: true };
      for (const r of out) ids.delete(r.id!);
    }
  }
  return { basis: { text }, parsed: false };
}

/** The opening: the situation, the bases (each cited document parsed) and the enacting formula. */
export function recogniseOpening(lines: readonly Line[], unsure: UnsureList, ids: Set<string>): OpeningInput | undefined {
  if (!lines.length) return undefined;
  const situation: string[] = [];
  const bases: BasisInput[] = [];
  lines.forEach((l, i) => {
    const lead = openingLead(l.text);
    if (!lead && !bases.length) {
      situation.push(l.text);
      return;
    }
    const b = basis(l.text, ids);
    if (!b.parsed && parseReferences(l.text).length) {
      unsure.add(['opening', 'bases', bases.length], 'văn bản được trích dẫn chưa tách được thành dữ liệu (giữ nguyên lời văn)', l.source);
    }
    bases.push(b.basis);
    void i;
  });
  const o: OpeningInput = {};
  if (situation.length) o.situation = situation.length === 1 ? situation[0]! : situation;
  if (bases.length) o.bases = bases;
  return o;
}
