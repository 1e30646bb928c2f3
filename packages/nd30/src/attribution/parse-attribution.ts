import { parseLabelledLine } from './labelled-lines.js';
import { splitNames } from './names.js';
import { splitTimeClause } from './time-clause.js';

/** Who does a task, by role, as names read from words. */
export interface ParsedRoles {
  lead: string[];
  support: string[];
  requested: string[];
}

/** The verbs that close a phrase in parentheses: `(… thực hiện)`. */
const TAIL = /\s+(?:tổ chức thực hiện|triển khai thực hiện|thực hiện|triển khai)$/u;

/** One clause of a phrase (`;` separates them) and the roles its names take. */
const CLAUSES: ReadonlyArray<[RegExp, (m: RegExpExecArray) => Partial<ParsedRoles>]> = [
  [/^Đề nghị\s+(.+?)(?=\s+(?:phối hợp|chỉ đạo|tăng cường|đẩy mạnh|tiếp tục|quan tâm|tổ chức|thực hiện|chủ động|tham gia|hướng dẫn|cung cấp|xem xét)(?![\p{L}])|$)/u, (m) => ({ requested: splitNames(m[1]!) })],
  [/^(.+?)\s+chủ trì(?:\s*,?\s*(?:và\s+)?phối hợp(?: chặt chẽ)?(?: với)?\s+(.+))?$/u, (m) => ({ lead: splitNames(m[1]!), support: m[2] ? splitNames(m[2]) : [] })],
  [/^(.+?)\s+phối hợp(?: chặt chẽ)?$/u, (m) => ({ support: splitNames(m[1]!) })],
  [/^phối hợp(?: chặt chẽ)?(?: với)?\s+(.+)$/iu, (m) => ({ support: splitNames(m[1]!) })],
  [/^(.+)$/u, (m) => ({ lead: splitNames(m[1]!) })],
];

/** Roles from labelled lines (`Đơn vị chủ trì: X` / `Đơn vị phối hợp: Y` / `Đề nghị: Z`), when every line is one. */
function labelled(text: string): ParsedRoles | undefined {
  const lines = text.split(/\n/).map((l) => l.trim()).filter(Boolean);
  const read = lines.map((l) => parseLabelledLine(l));
  if (!read.length || read.some((r) => !r)) return undefined;
  const roles: ParsedRoles = { lead: [], support: [], requested: [] };
  for (const r of read) if (r!.field === 'lead' || r!.field === 'support' || r!.field === 'requested') roles[r!.field].push(...splitNames(r!.value));
  return roles;
}

/**
 * Reads an attribution phrase back into its roles: every form {@link formatAttribution} prints
 * (`X chủ trì, phối hợp với Y, Z`, `X`, `Y phối hợp`, `Đề nghị R; …`, with or without `thực hiện`)
 * and what plans write besides (`X chủ trì; Y phối hợp`, `(X thực hiện)`, `Đề nghị X phối hợp …`,
 * labelled lines `Đơn vị chủ trì: X` — placement `labelled`), and the time clause after the names
 * (`…; thời gian hoàn thành: trong quý II/2026`: `time` holds its words). Names are split as
 * {@link splitNames} splits them. `undefined` for empty words.
 */
export function parseAttribution(text: string): (ParsedRoles & { placement: 'prefix' | 'parenthesis' | 'labelled'; time?: string }) | undefined {
  const lines = labelled(text.normalize('NFC'));
  if (lines) return { ...lines, placement: 'labelled' };
  let t = text.normalize('NFC').trim();
  const inParens = /^\((.*)\)\s*[.;]?$/su.exec(t);
  if (inParens) t = inParens[1]!.trim();
  t = t.replace(/\s*[.;:]$/u, '');
  const { phrase, time } = splitTimeClause(t);
  t = phrase;
  const placement = inParens || TAIL.test(t) ? 'parenthesis' : 'prefix';
  t = t.replace(TAIL, '');
  if (!t) return undefined;
  const roles: ParsedRoles = { lead: [], support: [], requested: [] };
  for (const clause of t.split(/\s*;\s*/)) {
    for (const [re, read] of CLAUSES) {
      const m = re.exec(clause);
      if (!m) continue;
      const r = read(m);
      for (const k of ['lead', 'support', 'requested'] as const) roles[k].push(...(r[k] ?? []));
      break;
    }
  }
  return { ...roles, placement, ...(time ? { time: time.words } : {}) };
}
