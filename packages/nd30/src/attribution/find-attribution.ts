import { AGENCY_HEAD, splitNames } from './names.js';
import { readNameList, startsWithBody } from './subject.js';
import { splitTimeClause } from './time-clause.js';

/** Who does a task, as found in its words, and which form the words take. */
export interface FoundAttribution {
  lead: string[];
  support: string[];
  requested: string[];
  /** Which form the original used. */
  style: 'inline' | 'parenthesis' | 'labelled' | 'requested' | 'assigned';
  /** The task text without the attribution words (for the parenthesis form), else the text. */
  text: string;
  /** The words of a time clause inside the parenthesis (`trong quý II/2026` of `…; thời gian hoàn thành: trong quý II/2026`). */
  time?: string;
}

const SUPPORT_VERB = /\s*,?\s*(?:và\s+)?phối hợp(?: chặt chẽ)?(?: với)?\s+/u;
/** The verb that closes the names and a condition or time after it (`thực hiện khi có hướng dẫn …`). */
const WHEN_AFTER_VERB = /(?<=\s(?:thực hiện|triển khai))\s+(?:khi|sau khi|trước|trong|theo|từ|kể từ|đến|vào|ngay)(?![\p{L}]).*$/u;
const TAIL_VERB = /\s+(?:thực hiện|tổ chức thực hiện|triển khai(?: thực hiện)?|tham mưu|theo dõi)\s*$/u;

/** One clause of a parenthesis: `Đề nghị R`, `X chủ trì, phối hợp với Y`, `Y phối hợp`, `X, Y phối hợp Z`, `X`. */
function parenthesisClause(clause: string): Pick<FoundAttribution, 'lead' | 'support' | 'requested'> {
  // `… thực hiện khi có hướng dẫn của …`, `… thực hiện trong quý II`: what follows the verb says when, not who
  let inner = clause.replace(WHEN_AFTER_VERB, '').replace(TAIL_VERB, '').trim();
  const requested = /^Đề nghị\s+(.+)$/u.exec(inner);
  if (requested) return { lead: [], support: [], requested: splitNames(requested[1]!.replace(/\s+phối hợp(?: chặt chẽ)?$/u, '')) };
  const onlySupport = /^(.+?)\s+phối hợp(?: chặt chẽ)?$/u.exec(inner);
  if (onlySupport) return { lead: [], support: splitNames(onlySupport[1]!), requested: [] };
  let support: string[] = [];
  const sup = SUPPORT_VERB.exec(inner);
  if (sup) {
    support = splitNames(inner.slice(sup.index + sup[0].length).replace(TAIL_VERB, ''));
    inner = inner.slice(0, sup.index);
  }
  inner = inner.replace(/\s*(?:chủ trì|thực hiện)\s*,?\s*$/u, '');
  return { lead: splitNames(inner), support, requested: [] };
}

/**
 * `(Sở Tư pháp, Công an tỉnh phối hợp các sở, ngành, địa phương thực hiện)` at the end of a task, and
 * the clauses {@link formatAttribution} prints (`Đề nghị R; X chủ trì, phối hợp với Y thực hiện`),
 * with the time clause after them (`; thời gian hoàn thành: …`, see {@link splitTimeClause}).
 */
function parenthesis(text: string): FoundAttribution | undefined {
  const m = /\s*\(([^()]*(?:chủ trì|thực hiện|phối hợp|Đề nghị)[^()]*)\)\s*([.;]?)\s*$/u.exec(text);
  if (!m) return undefined;
  const { phrase, time } = splitTimeClause(m[1]!);
  const roles = { lead: [] as string[], support: [] as string[], requested: [] as string[] };
  for (const clause of phrase.split(/\s*;\s*/u).filter(Boolean)) {
    const r = parenthesisClause(clause);
    roles.lead.push(...r.lead);
    roles.support.push(...r.support);
    roles.requested.push(...r.requested);
  }
  // An agency's name starts like one (“Sở …”, “UBND …”, “các sở …”); “(dừng thực hiện từ ngày 9/7)”,
  // “(Sáng kiến thanh niên làm chủ: tự thiết kế, tự thực hiện …)” name nobody.
  const first = roles.requested[0] ?? roles.lead[0] ?? roles.support[0];
  if (first === undefined || !startsWithBody(first)) return undefined;
  return { ...roles, style: 'parenthesis', text: (text.slice(0, m.index) + m[2]).trim(), ...(time ? { time: time.words } : {}) };
}

/** `Sở Tư pháp chủ trì, phối hợp với Công an tỉnh …` at the start of a task. */
function inline(text: string): FoundAttribution | undefined {
  // a name with commas (“Sở Lao động, Thương binh và Xã hội chủ trì”) when it starts with an agency word
  const m = /^(?:Giao\s+)?([^,;:()]{3,160}?)\s+chủ trì(?:,|\s)/u.exec(text) ?? (AGENCY_HEAD.test(text.replace(/^Giao\s+/u, '')) ? /^(?:Giao\s+)?([^;:()]{3,160}?)\s+chủ trì(?:,|\s)/u.exec(text) : null);
  if (!m || /^(Chủ động|Tiếp tục|Tăng cường|Đẩy mạnh|Tổ chức)\b/u.test(m[1]!)) return undefined;
  const lead = splitNames(m[1]!);
  if (lead.length === 0) return undefined;
  const rest = text.slice(m.index + m[0].length);
  const sup = /^\s*(?:,\s*)?(?:và\s+)?phối hợp(?: chặt chẽ)?(?: với)?\s+/u.exec(rest);
  const partners = sup ? readNameList(rest.slice(sup[0].length), { needPredicate: false }) : undefined;
  return { lead, support: partners?.names ?? [], requested: [], style: 'inline', text };
}

/** `Giao Công an tỉnh tham mưu …`: the lead named as the one given the task, without “chủ trì”. */
function assigned(text: string): FoundAttribution | undefined {
  const m = /^Giao\s+/u.exec(text);
  if (!m || !AGENCY_HEAD.test(text.slice(m[0].length))) return undefined;
  const read = readNameList(text.slice(m[0].length));
  return read ? { lead: read.names, support: [], requested: [], style: 'assigned', text } : undefined;
}

/** `Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh …`: bodies outside the issuer's authority. */
function requested(text: string): FoundAttribution | undefined {
  const m = /^Đề nghị\s+/u.exec(text);
  if (!m) return undefined;
  const after = text.slice(m[0].length);
  // names and what they are asked to do; or, as a heading, names alone (“Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh:”)
  const whole = readNameList(after, { needPredicate: false });
  const read = readNameList(after) ?? (whole && !whole.rest.replace(/[\s.:]+/g, '') ? whole : undefined);
  if (!read) return undefined;
  return { lead: [], support: [], requested: read.names, style: 'requested', text };
}

/** Where a task's words may name who does it, tried in order. */
export const ATTRIBUTION_FORMS: ReadonlyArray<(text: string) => FoundAttribution | undefined> = [parenthesis, inline, requested, assigned];

/**
 * Finds the attribution in a task's words as received plans write it: the trailing parenthesis, an
 * inline "X chủ trì, phối hợp với Y" at the start, "Đề nghị X …" or "Giao X tham mưu …".
 * `undefined` when the text names nobody.
 */
export function findAttribution(text: string): FoundAttribution | undefined {
  for (const form of ATTRIBUTION_FORMS) {
    const found = form(text);
    if (found) return found;
  }
  return undefined;
}

const COORDINATION = /(?<![\p{L}])phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+([^.;]+)/giu;

/**
 * The words after each `phối hợp (chặt chẽ) (với)` of a task's words, to the end of the sentence
 * (`. ` or `;`), with where they start: the bodies the task coordinates with are named there
 * (`… phối hợp chặt chẽ với lực lượng Công an làm tốt …`), in whatever form the sentence gives them.
 */
export function findSupport(text: string): Array<{ words: string; index: number }> {
  return [...text.normalize('NFC').matchAll(COORDINATION)].map((m) => ({ words: m[1]!, index: m.index! + m[0].length - m[1]!.length }));
}
