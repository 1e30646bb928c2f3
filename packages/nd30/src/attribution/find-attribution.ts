import { AGENCY_HEAD, splitNames } from './names.js';
import { readNameList, startsWithBody } from './subject.js';

/** Who does a task, as found in its words, and which form the words take. */
export interface FoundAttribution {
  lead: string[];
  support: string[];
  requested: string[];
  /** Which form the original used. */
  style: 'inline' | 'parenthesis' | 'labelled' | 'requested' | 'assigned';
  /** The task text without the attribution words (for the parenthesis form), else the text. */
  text: string;
}

const SUPPORT_VERB = /\s*,?\s*(?:và\s+)?phối hợp(?: chặt chẽ)?(?: với)?\s+/u;
const TAIL_VERB = /\s+(?:thực hiện|tổ chức thực hiện|triển khai(?: thực hiện)?|tham mưu|theo dõi)\s*$/u;

/** `(Sở Tư pháp, Công an tỉnh phối hợp các sở, ngành, địa phương thực hiện)` at the end of a task. */
function parenthesis(text: string): FoundAttribution | undefined {
  const m = /\s*\(([^()]*(?:chủ trì|thực hiện|phối hợp)[^()]*)\)\s*([.;]?)\s*$/u.exec(text);
  if (!m) return undefined;
  let inner = m[1]!.replace(TAIL_VERB, '').trim();
  let support: string[] = [];
  const sup = SUPPORT_VERB.exec(inner);
  if (sup) {
    support = splitNames(inner.slice(sup.index + sup[0].length).replace(TAIL_VERB, ''));
    inner = inner.slice(0, sup.index);
  }
  inner = inner.replace(/\s*(?:chủ trì|thực hiện)\s*,?\s*$/u, '');
  const lead = splitNames(inner);
  // An agency's name starts like one (“Sở …”, “UBND …”, “các sở …”); “(dừng thực hiện từ ngày 9/7)”,
  // “(Sáng kiến thanh niên làm chủ: tự thiết kế, tự thực hiện …)” name nobody.
  if (lead.length === 0 || !startsWithBody(lead[0]!)) return undefined;
  return { lead, support, requested: [], style: 'parenthesis', text: (text.slice(0, m.index) + m[2]).trim() };
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
