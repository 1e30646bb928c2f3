import type { Agency, OutlineNode, Plan } from '@kehoach/core';
import { canonicalName } from './rewrite-text.js';
import { shortHash } from './hash.js';

/** A duty of the lower level stated in a paragraph of the parent, not as task data. */
export interface TextDuty {
  /** `text:<ref>` or `text:<ref>-<k>` — stable while the parent's outline does not move. */
  id: string;
  ref: string;
  path: string;
  /** The paragraph, as written in the parent. */
  text: string;
  /** The lower-level body named at its start (an agency of the parent, or the words themselves). */
  subject: string;
  agency?: Agency;
  hash: string;
}

/** Lower-level bodies written out at the start of a sentence: “Ủy ban nhân dân các xã, phường …”, “UBND cấp xã”. */
const LOWER = /^(?:[-+•]\s*)?((?:Ủy ban nhân dân|UBND|Chủ tịch (?:Ủy ban nhân dân|UBND))\s+(?:các\s+)?(?:cấp\s+)?(?:xã|phường|thị trấn|huyện|thị xã|đặc khu|cơ sở)[^:;.]{0,60}?)(?=[:,;.]|\s+(?:chủ động|căn cứ|xây dựng|tổ chức|triển khai|thực hiện|chỉ đạo|có trách nhiệm|rà soát|báo cáo))/u;

const LEVELS = ['trung-uong', 'tinh', 'huyen', 'xa', 'thon'];

/** A body below the parent's own level (by its declared level, else by the words of its name); `parentLevel` is an index of trung-uong, tinh, huyen, xa, thon. */
export function isLower(a: Agency, parentLevel: number): boolean {
  if (a.level) return LEVELS.indexOf(a.level) > parentLevel;
  const named = /(?:^|\s)(xã|phường|thị trấn|huyện|thôn|cơ sở|đặc khu)(?:\s|,|$)/u.exec(a.name)?.[1];
  const level = named === 'thôn' ? 4 : named === 'huyện' ? 2 : named ? 3 : -1;
  return level > parentLevel;
}

/**
 * The paragraphs of a parent plan outside its tasks that give the lower level a duty: they start
 * with a lower-level body (a declared agency of level xã/huyện/thôn, or the words “Ủy ban nhân dân
 * các xã, phường …”). Trace counts them with the tasks, so a duty written only as text is never
 * silently dropped from coverage.
 */
export function textDuties(parent: Plan): TextDuty[] {
  const parentLevel = LEVELS.indexOf(parent.issuer.agency?.level ?? 'tinh');
  const lower = Object.values(parent.agencies).filter((a) => isLower(a, parentLevel));
  // The words “Ủy ban nhân dân các xã …” name a lower level only for a plan above the commune.
  const byWords = parentLevel < 3;
  const out: TextDuty[] = [];
  const visit = (n: OutlineNode) => {
    if (n.task || n.kind === 'table') return;
    const paras = n.title !== undefined && n.inline ? [`${n.title}: ${n.paragraphs[0] ?? ''}`, ...n.paragraphs.slice(1)] : n.paragraphs;
    paras.forEach((p, k) => {
      const start = canonicalName(p).slice(0, 120);
      const agency = lower.find((a) => [a.name, a.shortName, ...a.aliases].some((name) => start.toLocaleLowerCase('vi').startsWith(canonicalName(name).toLocaleLowerCase('vi'))));
      const subject = agency?.name ?? (byWords ? LOWER.exec(start)?.[1] : undefined);
      if (!subject) return;
      out.push({
        id: `text:${n.ref}${paras.length > 1 ? `-${k + 1}` : ''}`,
        ref: n.ref,
        path: n.path,
        text: p,
        subject,
        ...(agency ? { agency } : {}),
        hash: shortHash(p),
      });
    });
    n.children.forEach(visit);
  };
  parent.sections.forEach(visit);
  return out;
}
