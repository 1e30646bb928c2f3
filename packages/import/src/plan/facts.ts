import { REPORT_PERIODS, readReportDues, splitNames } from '@kehoach/nd30';
import { slugify } from '@kehoach/core';
import type { BlockInput, BodyEntryInput, FactsInput, ReportPeriodInput, SectionInput } from '@kehoach/schema';
import type { AgencyTable } from '../recognise/agencies.js';
import { plausibleName, splitAgencies } from '../recognise/agencies.js';

function texts(blocks: readonly BlockInput[] | undefined): string[] {
  const out: string[] = [];
  for (const b of blocks ?? []) {
    if (typeof b === 'string') out.push(b);
    else if ('text' in b || 'title' in b || 'items' in b) {
      const i = b as { text?: string | string[]; items?: BlockInput[] };
      if (i.text) out.push(...(Array.isArray(i.text) ? i.text : [i.text]));
      out.push(...texts(i.items));
    }
  }
  return out;
}

/** The reports a sentence lists with their due days (`6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)`), as periods; `undefined` when none. */
function listedPeriods(text: string): ReportPeriodInput[] | undefined {
  const dues = readReportDues(text);
  if (!dues.length) return undefined;
  const ids = new Set<string>();
  return dues.map(({ label, due }) => {
    let id = slugify(label) || 'bao-cao';
    for (let n = 2; ids.has(id); n++) id = `${slugify(label)}-${n}`;
    ids.add(id);
    return { id, label, due };
  });
}

/**
 * Facts of the implementation section as data: the reporting schedule ("Định kỳ hằng quý, 06
 * tháng, năm báo cáo … gửi X (qua Y)"), the focal agency ("Giao X là cơ quan thường trực"), the
 * bodies that must make their own plans, and the funding sentence.
 */
export function recogniseFacts(body: BodyEntryInput[], agencies: AgencyTable): void {
  const sections: SectionInput[] = body.flatMap((e) => ('part' in e ? e.sections : [e]));
  for (const s of sections) {
    if (s.role !== 'implementation' && s.role !== 'reporting' && s.role !== 'funding') continue;
    const facts: FactsInput = {};
    for (const t of texts(s.items)) {
      const focal = /(?:Giao\s+)?([^,;:]{3,80}?)\s+(?:là|làm)\s+(?:cơ quan|đơn vị) thường trực/iu.exec(t);
      if (focal && !facts.focalAgency) {
        const names = splitAgencies(focal[1]!.replace(/^Giao\s+/u, ''));
        if (names.length === 1) facts.focalAgency = agencies.add(names[0]!);
      }
      if (/báo cáo/u.test(t) && !facts.reporting) {
        const periods = listedPeriods(t) ?? REPORT_PERIODS.filter((p) => p.words.test(t)).map(({ id, label }) => ({ id, label }));
        const to = /(?:gửi(?: về)?|về)\s+((?:Ủy ban|UBND|Ban|Sở|Công an|Bộ|Văn phòng|Phòng)[^,;.()]{2,80}?)(?=\s*\(|\s+(?:để|trước|qua)\b|[,;.]|$)/u.exec(t);
        const via = /\(qua\s+([^()]+)\)/u.exec(t);
        if (periods.length && to && plausibleName(to[1]!.trim())) {
          facts.reporting = { to: agencies.add(to[1]!.trim()), periods };
          // “qua Phòng Cảnh sát hình sự - Công an tỉnh”: the body; “qua Công an tỉnh - Cơ quan Thường trực …”: a role after it
          const v = via && splitNames(via[1]!)[0]?.split(/\s+-\s+/).pop()!.split(',')[0]!.trim();
          if (v && plausibleName(v)) facts.reporting.via = agencies.add(v);
        }
      }
      const own = /^(.{3,120}?)\s+(?:chủ động\s+)?(?:xây dựng|ban hành)\s+kế hoạch/iu.exec(t);
      if (own && !facts.ownPlans) {
        const names = splitAgencies(own[1]!.replace(/^.*?[;:]\s*/, '').replace(/^(Căn cứ|Trên cơ sở)[^,]*,\s*/u, ''));
        if (names.length && names.length <= 6 && names.every((n) => /^(Các|các|Sở|Ủy ban|UBND|Công an|Ban|Phòng|Trường)/u.test(n))) {
          const ids = names.map((n) => agencies.add(n));
          facts.ownPlans = ids.length === 1 ? ids[0]! : ids;
        }
      }
      if (s.role === 'funding' && !facts.funding) facts.funding = t;
    }
    if (Object.keys(facts).length) s.facts = facts;
  }
}
