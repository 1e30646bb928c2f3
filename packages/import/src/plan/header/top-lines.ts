import { documentDate } from '@kehoach/nd30';
import type { Line } from '../lines.js';
import type { UnsureList } from '../unsure.js';

export const QUOC_HIEU = /^(CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐỘC LẬP)/u;
export const RULE = /^[-_–—*=.·\s]{2,}$/;
/** `Số: 25/KH-SGDĐT`, and a symbol typed with stray spaces (`Số: 12/KH- PGD&ĐT`, `Số 5 / KH - UBND`). */
export const NUMBER = /^Số\s*[:.]?\s*(\d*)\s*\/\s*([\p{L}\d&.]+(?:\s*-\s*[\p{L}\d&.]+)*-?)/u;
export const PLACE_DATE = /^(.*?),\s*ngày\s*(\S*?)\s*tháng\s*(\S*?)\s*năm\s*(\d{4})/u;
export const SUBJECT = /^V\/v\b/iu;

/** What the lines above the title say: số/ký hiệu, place and date (or a draft's blanks), V/v, and the upper-case names. */
export interface TopFacts {
  number?: number;
  symbol?: string;
  date?: string;
  draftDate?: { year: number; month?: number };
  place?: string;
  subject?: string;
  /** Upper-case lines of the left column: the parent body and the issuer. */
  names: Line[];
}

/** What a handler sees: the line (its text without bold marks), the facts so far, and where it stands. */
interface TopLine {
  line: Line;
  text: string;
  facts: TopFacts;
  /** In the left cell of a header table. */
  leftCell: boolean;
  /** In the left cell, or anywhere when there is no header table. */
  inLeftColumn: boolean;
  unsure: UnsureList;
}

/** One kind of header line: when it applies, and what it adds to the facts. */
interface Handler {
  name: string;
  test(x: TopLine): boolean;
  apply(x: TopLine): void;
}

/** `Lâm Đồng, ngày … tháng 12 năm 2025`: the place, and the date or a draft's month and year. */
function placeAndDate(x: TopLine): void {
  const pd = PLACE_DATE.exec(x.text)!;
  x.facts.place = pd[1]!.trim();
  const y = Number(pd[4]);
  const iso = /^\d+$/.test(pd[2]!) && /^\d+$/.test(pd[3]!) ? documentDate(Number(pd[2]), Number(pd[3]), y) : undefined;
  if (iso) {
    x.facts.date = iso;
    return;
  }
  const month = /^\d+$/.test(pd[3]!) && Number(pd[3]) >= 1 && Number(pd[3]) <= 12 ? Number(pd[3]) : undefined;
  x.facts.draftDate = { year: y, ...(month ? { month } : {}) };
  x.unsure.add(['draftDate'], `bản gốc để trống ngày (“${x.text}”): dự thảo`, x.line.source);
}

/** The header lines, in the order they are tried: the first that applies takes the line. */
export const TOP_LINE_HANDLERS: readonly Handler[] = [
  {
    name: 'số và ký hiệu',
    test: (x) => NUMBER.test(x.text),
    apply: (x) => {
      const n = NUMBER.exec(x.text)!;
      if (n[1]) x.facts.number = Number(n[1]);
      x.facts.symbol = n[2]!.replace(/\s+/g, '').replace(/[.,;-]+$/, '');
    },
  },
  { name: 'địa danh, ngày tháng', test: (x) => PLACE_DATE.test(x.text), apply: placeAndDate },
  { name: 'V/v', test: (x) => SUBJECT.test(x.text), apply: (x) => void (x.facts.subject = x.text.replace(/^V\/v\s*:?\s*/iu, '')) },
  {
    // A V/v that wraps onto a second line of the left column.
    name: 'V/v (tiếp)',
    test: (x) => x.facts.subject !== undefined && x.leftCell && !QUOC_HIEU.test(x.text) && x.text !== x.text.toLocaleUpperCase('vi'),
    apply: (x) => void (x.facts.subject += ` ${x.text}`),
  },
  { name: 'quốc hiệu, đường kẻ', test: (x) => QUOC_HIEU.test(x.text) || RULE.test(x.text), apply: () => undefined },
  {
    name: 'tên cơ quan (chữ in hoa, cột trái)',
    test: (x) => x.inLeftColumn && x.text === x.text.toLocaleUpperCase('vi') && /\p{Lu}/u.test(x.text) && x.text.length < 120,
    apply: (x) => void x.facts.names.push(x.line),
  },
];

/** Reads the lines above the title with the handler table. `leftColumn` empty: every line counts as the left column. */
export function readTopLines(top: readonly Line[], leftColumn: ReadonlySet<Line>, unsure: UnsureList): TopFacts {
  const facts: TopFacts = { names: [] };
  for (const line of top) {
    const leftCell = leftColumn.has(line);
    const x: TopLine = { line, text: line.text.replace(/^\*+|\*+$/g, ''), facts, leftCell, inLeftColumn: leftColumn.size === 0 || leftCell, unsure };
    TOP_LINE_HANDLERS.find((h) => h.test(x))?.apply(x);
  }
  return facts;
}
