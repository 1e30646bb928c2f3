import { documentDate } from '../dates/calendar.js';
import { NUMERIC_DATE, WORDS_DATE, parseDate } from '../dates/parse-date.js';
import type { Citation } from './format-citation.js';
import { DOCUMENT_TYPES, SUBJECT_CONNECTIVES, citationFamily } from './types.js';

const CONNECTIVE = SUBJECT_CONNECTIVES.join('|');

/** `số …`, `ngày …`, `của …` up to the subject's first word, then the subject. */
const DOCUMENT = new RegExp(
  String.raw`^(?:số\s+(?<number>\S+))?\s*(?:ngày\s+(?<date>${WORDS_DATE}|${NUMERIC_DATE}))?\s*(?:của\s+(?<issuer>.+?)(?=\s+(?:${CONNECTIVE})(?:\s|$)|$))?\s*(?<subject>.*)$`,
  'su',
);

/** The name, then `ngày … tháng … năm …`. */
const LAW = /^(?<name>.*?)\s*(?:(?<![\p{L}])ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4}))?$/su;

const present = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;

function readLaw(type: string, rest: string): Citation | undefined {
  // A law cited like any document (`Luật số 55/2024/QH15 ngày …`) is read like one.
  if (/^số\s/u.test(rest)) return readDocument(type, rest);
  const g = LAW.exec(rest)!.groups!;
  const date = g.d ? documentDate(Number(g.d), Number(g.m), Number(g.y)) : undefined;
  if (g.d && !date) return present({ type, name: rest });
  return present({ type, name: g.name, date });
}

function readDocument(type: string, rest: string): Citation | undefined {
  const g = DOCUMENT.exec(rest)?.groups;
  if (!g) return undefined;
  const date = g.date === undefined ? undefined : parseDate(g.date);
  if (g.date !== undefined && !date) return undefined;
  return present({ type, number: g.number, date, issuer: g.issuer?.trim(), subject: g.subject?.trim() });
}

/**
 * Reads a citation back into its fields (type, number, date, issuer, subject; a law's `name` and
 * date), for the forms
 * {@link formatCitation} prints and their tolerant variants (`ngày 9/2/2021`, `ngày 09 tháng 02 năm
 * 2021`). The issuer ends where the subject's connective starts (`về`, `về việc`, `ban hành` …, see
 * SUBJECT_CONNECTIVES). `undefined` when the words do not start with a document type.
 */
export function parseCitation(text: string): Citation | undefined {
  const t = text.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/[;,]$/, '');
  const type = DOCUMENT_TYPES.find((x) => t === x || t.startsWith(`${x} `));
  if (!type) return undefined;
  const rest = t.slice(type.length).trim();
  return citationFamily(type) === 'law' ? readLaw(type, rest) : readDocument(type, rest);
}
