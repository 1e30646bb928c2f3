import type { Line } from './lines.js';

/**
 * The words a plan's closing paragraphs start with (after its last numbered item, before the
 * signature): the summing-up, the instruction to carry it out, the contact, the request to report
 * difficulties. Each form with its example (run as a test). Without them, those paragraphs would be
 * read as part of the last item (a công văn's “Yêu cầu các sở … gửi báo cáo …” under its last task).
 */
export const CLOSING_OPENERS: ReadonlyArray<{ pattern: RegExp; example: string }> = [
  { pattern: /^Trên đây là\s/u, example: 'Trên đây là Kế hoạch phòng, chống thiên tai năm 2026 của Ủy ban nhân dân xã An Bình./.' },
  { pattern: /^Yêu cầu\s+(?:các|Thủ trưởng|Chủ tịch|Giám đốc|Hiệu trưởng)/u, example: 'Yêu cầu các thôn, tổ dân phố nghiêm túc triển khai thực hiện./.' },
  { pattern: /^(?:Trong|Quá trình)\s+(?:quá trình\s+)?(?:tổ chức\s+)?(?:triển khai\s+)?thực hiện(?:\s+Kế hoạch|\s+Công văn)?(?:\s+này)?,/u, example: 'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Ủy ban nhân dân xã để xem xét, giải quyết./.' },
  { pattern: /^Đầu mối liên hệ\s*:/u, example: 'Đầu mối liên hệ: đồng chí Trần Thị Mai, Văn phòng - Thống kê, số điện thoại 0912 345 678.' },
  { pattern: /^Nhận được (?:Công văn|Kế hoạch|văn bản) này/u, example: 'Nhận được Công văn này, đề nghị các thôn khẩn trương triển khai thực hiện./.' },
  { pattern: /^(?:\S+\s+){1,6}(?:yêu cầu|đề nghị)\s+(?:các|Thủ trưởng|Chủ tịch|Trưởng)\S*.*(?:nghiêm túc|triển khai thực hiện|thực hiện)\s*\.\/\.$/u, example: 'Ủy ban nhân dân xã yêu cầu các thôn nghiêm túc triển khai thực hiện./.' },
];

/** Whether a line opens the closing paragraphs. */
export const opensClosing = (l: Line): boolean => !l.label && !l.table && CLOSING_OPENERS.some((o) => o.pattern.test(l.text));

/**
 * Where the closing paragraphs start among the body's lines: the first of a run of unnumbered
 * paragraphs that lasts to the end of the body and starts with a closing form; `lines.length` when
 * there is none.
 */
export function closingStart(lines: readonly Line[]): number {
  let i = lines.length;
  while (i > 0 && !lines[i - 1]!.label && !lines[i - 1]!.table) i--;
  for (let k = i; k < lines.length; k++) if (opensClosing(lines[k]!)) return k;
  return lines.length;
}
