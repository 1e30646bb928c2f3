import { POSITION_HEAD } from './names.js';
import { readNameList, startsWithBody } from './subject.js';

// Who a “người thực hiện” cell names (a school's or a unit's monthly plan): people by title and name
// (`Thầy Luân`, `Cô Nhung`), positions (`Tổ trưởng`, `hiệu trưởng`), groups written short (`GV`, `NV`,
// `CBQL`, `GVCN khối 9`), bodies — each clause's subject, and whoever the work is handed on to
// (`Thầy Cảnh chỉ đạo GVCN thực hiện`).

/** Words that start a person or a group of people in such a cell: a title and a name, a short form in capitals, a group noun. */
const PEOPLE = /^(?:(?:Thầy|Cô|Bà|Ông|Đồng chí|Đ\/c|thầy|cô)\s+\p{Lu}|\p{Lu}{2,}[\p{Lu}\d&-]*(?![\p{Ll}])|gv|nv|học sinh|giáo viên|nhân viên|cán bộ|phụ huynh|kế toán|thủ quỹ|văn thư|y tế trường)(?![\p{Ll}])/u;

/** Whether words start someone a cell may name. */
const someone = (words: string) => PEOPLE.test(words.trimStart()) || startsWithBody(words) || POSITION_HEAD.test(words.trimStart());

/** Verbs that hand the work on to someone named after them (`chỉ đạo GVCN thực hiện`, `báo cho GVCN`, `gửi cho Cô Nhung`). */
export const HAND_ON = /(?<![\p{L}])(?:chỉ đạo|phân công|giao|báo cho|gửi cho|nhờ)\s+/gu;

/** A list of people at the start of some words, split at commas, `+` and `và` (a short form in capitals is a name of its own). */
function peopleAt(words: string): string[] {
  const read = readNameList(words.replace(/\s*\+\s*/g, ', '), { needPredicate: false, single: true });
  if (!read) return [];
  return read.names.flatMap((n) => n.split(/\s*,\s*(?=\p{Lu}{2,}(?![\p{Ll}])|học sinh|gv\b|nv\b)/u)).map((n) => n.trim()).filter(Boolean);
}

/**
 * The people and bodies a “người thực hiện” cell names, in order: the subject of each of its clauses
 * and whoever the work is handed on to. `- Thầy Luân triển khai trong HĐSP …, hiệu trưởng, kế toán và
 * các cá nhân liên quan thực hiện.` → `Thầy Luân`, `hiệu trưởng`, `kế toán`, `các cá nhân liên quan`.
 */
export function findDoers(cell: string): string[] {
  const t = cell.normalize('NFC').replace(/^[\s\-–•+]+/u, '').replace(/[.;]\s*$/u, '').trim();
  const out: string[] = [];
  const add = (names: string[]) => {
    for (const n of names) if (!out.some((x) => x.toLocaleLowerCase('vi') === n.toLocaleLowerCase('vi'))) out.push(n);
  };
  // each clause: the words before a comma and after the last one that starts with someone
  const clauses = [t, ...[...t.matchAll(/,\s*/gu)].map((m) => t.slice(m.index + m[0].length))];
  clauses.forEach((c, i) => {
    if (!someone(c)) return;
    const names = peopleAt(c);
    // a clause after a comma counts when it says what they do (or ends the cell): not a name inside the first clause's words
    if (i > 0 && !names.length) return;
    add(names);
  });
  for (const m of t.matchAll(HAND_ON)) {
    const after = t.slice(m.index + m[0].length);
    if (someone(after)) add(peopleAt(after));
  }
  return out.map((n) => n.replace(/[\s,]+$/u, ''));
}

