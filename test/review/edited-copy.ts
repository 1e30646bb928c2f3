// The team's example and an edited copy, as a reviewer's round changes a plan: a deadline moved, a duty
// added, one removed, a lead changed, a sentence reworded. Each edit is a replacement in the YAML text,
// checked to apply once, so the fixture cannot drift silently from the example.
import { exampleText } from '../helpers.js';

/** Replaces `from` (which must occur exactly once) by `to`. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`not exactly once: ${from.slice(0, 60)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The team's Quảng Trị plan. */
export const QUANG_TRI = 'quang-tri-2026-chuyen-doi-so';

/** The five edits of a review round on the Quảng Trị plan, in the order the diff lists them. */
export const QUANG_TRI_EDITS: ReadonlyArray<readonly [string, string]> = [
  // a duty removed: the data warehouse
  [
    `                        - id: ha-tang-kho-du-lieu
                          text: >-
                            Nâng cấp Kho dữ liệu dùng chung của tỉnh; kết nối các hệ thống thông tin của cấp xã với Kho
                            dữ liệu dùng chung.
                          lead: so-khcn
                          support: ubnd-xa-phuong
                          time: { by: "2026-06-30", ongoing: true }
`,
    '',
  ],
  // a deadline moved: quarter II → quarter III
  ['                          time: { within: { quarter: 2, year: 2026 } }', '                          time: { within: { quarter: 3, year: 2026 } }'],
  // a lead changed: Sở Công Thương → Sở Khoa học và Công nghệ
  ['                          lead: so-cong-thuong', '                          lead: so-khcn'],
  // a duty added after the electronic health book
  [
    `                          time: { before: "2026-10-01" }
`,
    `                          time: { before: "2026-10-01" }
                        - id: xhs-an-toan-thong-tin
                          text: Tuyên truyền kỹ năng bảo đảm an toàn thông tin cá nhân trên môi trường mạng cho người dân.
                          lead: cong-an-tinh
                          support: ubnd-xa-phuong
                          time: { within: { quarter: 4, year: 2026 } }
`,
  ],
  // a sentence reworded in the funding section
  ['theo phân cấp hiện hành, nguồn vốn', 'theo phân cấp ngân sách hiện hành, nguồn vốn'],
];

/** The Quảng Trị plan's YAML after the review round. */
export function quangTriEdited(): string {
  return QUANG_TRI_EDITS.reduce((t, [from, to]) => replaceOnce(t, from, to), exampleText(QUANG_TRI));
}
