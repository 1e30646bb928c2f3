/** A legal document replaced by another, and from when. */
export interface Superseded {
  /** Số, ký hiệu as cited (`01/2011/TT-BNV`). */
  number: string;
  /** What it was, for the message. */
  title: string;
  /** What replaced it. */
  replacedBy: string;
  /** ISO date from which citing it is wrong. */
  since: string;
}

/**
 * Documents known to be replaced, as a plan cites them. A small, curated list: add a line when a
 * replacement is found; every line is data, the rule reads nothing else.
 */
export const SUPERSEDED: readonly Superseded[] = [
  { number: '01/2011/TT-BNV', title: 'Thông tư 01/2011/TT-BNV về thể thức và kỹ thuật trình bày văn bản hành chính', replacedBy: 'Nghị định 30/2020/NĐ-CP', since: '2020-03-05' },
  { number: '110/2004/NĐ-CP', title: 'Nghị định 110/2004/NĐ-CP về công tác văn thư', replacedBy: 'Nghị định 30/2020/NĐ-CP', since: '2020-03-05' },
  { number: '09/2010/NĐ-CP', title: 'Nghị định 09/2010/NĐ-CP sửa đổi Nghị định 110/2004/NĐ-CP', replacedBy: 'Nghị định 30/2020/NĐ-CP', since: '2020-03-05' },
  { number: '66/2011/QH12', title: 'Luật Phòng, chống mua bán người năm 2011', replacedBy: 'Luật Phòng, chống mua bán người số 53/2024/QH15', since: '2025-07-01' },
];
