/** Signing authority lines (`TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`) as printed and as schema v2 data (`{ type, of }`). */

/** One authority line as data. */
export interface Authority {
  type: 'TM' | 'KT' | 'Q' | 'TL' | 'TUQ';
  of?: string;
}

/** A printed authority line as data; undefined when it does not start with TM., KT., Q., TL. or TUQ. */
export function parseAuthority(line: string): Authority | undefined {
  const m = /^(TM|KT|Q|TL|TUQ)(?:\.\s*|\s+|$)(.*)$/i.exec(line.trim());
  if (!m) return undefined;
  const of = (m[2] ?? '').trim();
  return { type: m[1]!.toUpperCase() as Authority['type'], ...(of ? { of } : {}) };
}

/** An authority as printed (`TM. ỦY BAN NHÂN DÂN`). */
export function authorityLine(a: Authority): string {
  return `${a.type}.${a.of ? ` ${a.of}` : ''}`;
}

/** The sentence for a line that is not an authority. */
export const notAuthority = (line: string) => `Dòng thẩm quyền “${line}” phải bắt đầu bằng TM., KT., Q., TL. hoặc TUQ.`;
