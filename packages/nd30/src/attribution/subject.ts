import { knownBodyAt } from './known-bodies.js';
import { AGENCY_HEAD, POSITION_HEAD, splitNames } from './names.js';

// Who a sentence names as the one who acts: its subject (“Sở Y tế tham mưu …”, “Các trường tập hợp …”),
// the bodies after “Đề nghị” / “Giao” / “Đối với” / “Riêng”, and the partners after “phối hợp với”.
// A name runs from a word that starts a body's name to the first word of what the body must do.

/**
 * Words that begin what a body must do, right after its name (lower case, as plans write the
 * predicate): where a subject or a list of partners ends. Longest first where one starts another.
 */
export const PREDICATE_WORDS: readonly string[] = [
  'có trách nhiệm', 'chịu trách nhiệm', 'tham mưu', 'chủ trì', 'phối hợp', 'thực hiện', 'tổ chức', 'triển khai', 'xây dựng',
  'chỉ đạo', 'hướng dẫn', 'kiểm tra', 'rà soát', 'theo dõi', 'đôn đốc', 'tăng cường', 'đẩy mạnh', 'tiếp tục', 'chủ động',
  'căn cứ', 'tập hợp', 'tổng hợp', 'gửi', 'báo cáo', 'cập nhật', 'gắn', 'trực tiếp', 'quán triệt', 'nghiên cứu', 'ban hành',
  'bố trí', 'lập', 'đề xuất', 'cung cấp', 'phổ biến', 'tuyên truyền', 'vận động', 'bám sát', 'thường xuyên', 'định kỳ', 'khẩn trương',
  'nghiêm túc', 'tích cực', 'phát huy', 'ưu tiên', 'lồng ghép', 'huy động', 'kịp thời', 'sử dụng', 'ứng dụng', 'duy trì',
  'đảm bảo', 'bảo đảm', 'là', 'làm', 'giúp', 'nắm', 'giải quyết', 'thống kê', 'tiếp nhận', 'hỗ trợ', 'ra', 'tập trung',
  'quan tâm', 'cần', 'phải', 'sẽ', 'thành lập', 'chuẩn bị', 'đăng ký', 'nộp', 'hoàn thành', 'hoàn thiện', 'kiện toàn',
  'phân công', 'yêu cầu', 'chấp hành', 'vận hành', 'đầu tư', 'biên soạn', 'soạn thảo', 'tham gia', 'trình', 'thẩm định',
  'phê duyệt', 'xử lý', 'giám sát', 'đánh giá', 'công khai', 'niêm yết', 'khắc phục', 'chấn chỉnh', 'thu thập', 'đăng tải',
  'bổ sung', 'sửa đổi', 'điều chỉnh', 'phát động', 'động viên', 'tập huấn', 'bồi dưỡng', 'tổng kết', 'sơ kết', 'có',
  'cắm', 'lắp đặt', 'treo', 'phát sóng', 'đăng', 'thu', 'mua sắm', 'sửa chữa', 'nạo vét', 'gia cố', 'di dời', 'sơ tán', 'ứng phó',
  'vận chuyển', 'cấp phát', 'chi trả', 'thăm hỏi', 'đẩy nhanh', 'truy tố', 'xét xử', 'trao', 'nhận', 'ký', 'họp', 'tiêm',
];

/**
 * Words that qualify a body's name and belong to it (“Các sở, ban, ngành có liên quan”, “Các cơ quan
 * Trung ương đóng trên địa bàn tỉnh”, “Các đơn vị trực thuộc”): read through, not taken as a predicate.
 */
export const NAME_QUALIFIERS: readonly string[] = ['có liên quan', 'liên quan', 'trực thuộc', 'thuộc', 'đóng trên địa bàn', 'trên địa bàn', 'có nguồn thu'];

/**
 * Nouns that name bodies, people or groups of them in lower case after `các` (`các sở`, `các trường`,
 * `các đơn vị`, `các tổ chuyên môn`) or alone (`địa phương`, `cấp ủy`): a list that starts with one names
 * bodies, not things (`các hoạt động`, `gia đình, cộng đồng`).
 */
export const BODY_NOUNS: readonly string[] = [
  'sở', 'ban', 'ngành', 'cơ quan', 'đơn vị', 'địa phương', 'trường', 'tổ', 'phòng', 'xã', 'phường', 'huyện', 'hội', 'đoàn thể',
  'tổ chức', 'cơ sở', 'bộ', 'lực lượng', 'thành viên', 'cấp ủy', 'chính quyền', 'nhà trường', 'doanh nghiệp', 'bưu điện',
  'trung tâm', 'chi cục', 'cục', 'viện', 'báo', 'đài', 'chi bộ', 'đảng ủy', 'ủy ban', 'giáo viên', 'cán bộ', 'cá nhân', 'hải quan',
  'thôn', 'tổ dân phố', 'ấp', 'khu phố', 'hợp tác xã', 'trạm', 'chi hội',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const L = '(?![\\p{L}\\d])';
const PREDICATE_AT = new RegExp(`^(?:${alternation(PREDICATE_WORDS)})${L}`, 'u');
/** Words after which a partner list is over (what follows says why, where, when or how). */
export const LIST_STOPS: readonly string[] = ['để', 'nhằm', 'trong', 'theo', 'về việc', 'về công tác', 'về nội dung', 'khi', 'tại', 'cho', 'đến', 'nhưng', 'qua', 'bằng', 'trước', 'chậm nhất', 'hằng tuần', 'hằng tháng', 'hằng quý', 'hằng năm', 'hàng tuần', 'hàng tháng', 'hàng quý', 'hàng năm', 'định kỳ'];
/** A predicate word that is a noun when these words follow it (`tổ chức đoàn thể`, `tổ chức chính trị - xã hội`). */
const NOUN_USE = /^tổ chức(?:\s+(?:đoàn thể|chính trị|xã hội|hội|quần chúng|thành viên|cơ sở|tôn giáo|quốc tế|phi chính phủ)(?![\p{L}])|\s*,)/u;

/** What makes `Ban …` a body's name, not a predicate (`Ban chỉ đạo 138 các huyện`, `Ban chỉ huy quân sự`). */
const BAN_OF = /^(?:chỉ đạo|chỉ huy|quản lý|điều hành|tổ chức|đại diện)(?![\p{L}])/iu;

/** Words after which a noun comes, never a predicate (`các tổ chức xã hội`). */
const DETERMINER = /^(?:các|Các|những|Những|mọi|từng)$/u;
const STOP_AT = new RegExp(`^(?:${alternation(LIST_STOPS)})${L}`, 'u');
const QUALIFIER_AT = new RegExp(`^(?:${alternation(NAME_QUALIFIERS)})${L}`, 'u');
const BODY_START = new RegExp(`^(?:(?:các|Các|những|Những)\\s+(?:${alternation(BODY_NOUNS)})|${alternation(BODY_NOUNS.filter((n) => (n.includes(' ') || ['địa phương', 'cấp ủy', 'chính quyền', 'nhà trường', 'hải quan'].includes(n)) && !['cơ sở', 'tổ chức', 'cá nhân'].includes(n)))})${L}`, 'iu');
/** A body's name starts here: a head word (`Sở`, `Công an`, `UBND` …), a body noun after `các`, or a body noun that stands alone. */
const NOT_A_BODY = /^(?:Báo cáo|Ban hành|Hội nghị|Hội thảo|Hội thi|Hội đủ|Trường hợp|Phòng,|Phòng ngừa|Phòng chống|Phòng, chống|Tổ chức|Cơ sở dữ liệu|Cơ sở vật chất|Cơ quan báo chí|Đoàn kết|Sở hữu|Bộ phận|Bộ chỉ số|Bộ tài liệu|Bộ tiêu chí|Bộ công cụ|Bộ quy tắc|Bộ hồ sơ|Ban đầu)(?![\p{L}])/u;

/**
 * Whether words start a body's name (`Sở Y tế`, `các trường`, `phòng GD&ĐT` after a comma, `địa
 * phương`), not a thing (`các hoạt động`, `Ban hành`, `phòng, chống`).
 */
export function startsWithBody(words: string): boolean {
  const t = words.trimStart();
  const upper = t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
  if (NOT_A_BODY.test(upper)) return false;
  if (/^(?:Các|các|Những|những)\s/u.test(t)) return BODY_START.test(t);
  return AGENCY_HEAD.test(upper) || POSITION_HEAD.test(t) || BODY_START.test(t);
}

/**
 * Reads a list of bodies' names at the start of `text`, up to the first word of what they must do:
 * a known body's name ends where it ends ({@link knownBodyAt}: `Sở Y tế` in “Sở Y tế đưa …”), any
 * other at a predicate word (lower case) or, for partners, a word that says why, where or when; `;`,
 * `:` and a full stop end a list. Parentheses stay inside a name (`Văn phòng UBND tỉnh (Trung tâm
 * Phục vụ hành chính công tỉnh)`), qualifiers too (`có liên quan`). `undefined` when a subject has no
 * predicate after it within 40 words, or the list is a single word (unless `single`: `GV`, `gv`).
 */
export function readNameList(text: string, { needPredicate = true, single = false } = {}): { names: string[]; words: string; rest: string } | undefined {
  const t = text.normalize('NFC');
  let i = 0;
  let depth = 0;
  let words = 0;
  let nameStart = true;
  let afterKnown = false;
  let previous = '';
  while (i < t.length) {
    const c = t[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || c === ')') {
      i++;
      continue;
    }
    if (/[;:]/.test(c) || (c === '.' && (i + 1 >= t.length || /\s/.test(t[i + 1]!)))) break;
    if (c === ',') {
      nameStart = true;
      afterKnown = false;
      i++;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    // a word starts here
    const here = t.slice(i);
    const dash = /^[-–](?=\s)/u.exec(here);
    if (dash) {
      // “Công an xã - Cơ quan Thường trực Ban Chỉ đạo”: what follows the dash describes the same body
      afterKnown = false;
      nameStart = false;
      i += 1;
      continue;
    }
    const joiner = /^(?:và|cùng|với)(?![\p{L}])/u.exec(here);
    if (joiner && (afterKnown || startsWithBody(here.slice(joiner[0].length)))) {
      nameStart = true;
      afterKnown = false;
      i += joiner[0].length;
      continue;
    }
    if (afterKnown) break; // a known name is over and no list goes on: what the body does begins
    if (nameStart) {
      const known = knownBodyAt(here);
      if (known) {
        i += known.length;
        words += known.split(/\s+/).length;
        nameStart = false;
        afterKnown = true;
        continue;
      }
    }
    const q = QUALIFIER_AT.exec(here);
    if (q && i > 0) {
      i += q[0].length;
      // “các cơ quan có liên quan đưa nạn nhân về …”: the name ends with “liên quan”; a list may go on
      if (/liên quan$/u.test(q[0])) afterKnown = true;
      continue;
    }
    if (i > 0 && !DETERMINER.test(previous) && !NOUN_USE.test(here) && !(/^Ban$/iu.test(previous) && BAN_OF.test(here)) && (PREDICATE_AT.test(here) || (!needPredicate && STOP_AT.test(here)))) break;
    if (++words > 40) return undefined;
    nameStart = false;
    previous = /^[^\s,;:()]+/u.exec(here)![0];
    i += previous.length;
  }
  const stopped = t.slice(i).trimStart();
  const list = t.slice(0, i).replace(/[\s,]+$/u, '').trim();
  if (needPredicate && !PREDICATE_AT.test(stopped) && !(afterKnown && /^\p{Ll}/u.test(stopped))) return undefined;
  if (!list || (!single && list.split(/\s+/).length < 2)) return undefined;
  // a unit in parentheses after a body (`Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)`) is that body
  const names = splitNames(list.replace(/,?\s+với\s+(?=\p{Lu}|các\s)/gu, ', ')).map((n) => n.replace(/\s*\([^()]*\)$/u, '').trim()).filter(Boolean);
  return names.length ? { names, words: list, rest: stopped } : undefined;
}

/** Words after which a predicate word is a noun (`về thực hiện kiến nghị`, `được phân công`, `việc tổ chức`). */
const NOUN_BEFORE = /^(?:về|việc|của|được|các|những|sự|công tác)$/u;

/** Whether some words hold a predicate word (lower case, not the first word, not used as a noun). */
function hasPredicate(words: string): boolean {
  return words.split(/\s+/).some((_, i, all) => i > 0 && !NOUN_BEFORE.test(all[i - 1]!) && !(i > 1 && /^công tác$/u.test(`${all[i - 2]} ${all[i - 1]}`)) && PREDICATE_AT.test(all.slice(i).join(' ')));
}

/** A way a sentence names who acts, with its example and the names it gives (run as a test). */
export interface SubjectForm {
  name: string;
  /** The words before the names (`Đề nghị`, `Đối với`, `Căn cứ …,`); the names follow. */
  pattern: RegExp;
  role: 'lead' | 'requested';
  /** The names are followed by a comma and the sentence's own words, not a predicate (`Đối với X, …`). */
  comma?: boolean;
  /** The lead words run to one of the commas after them (`Căn cứ nội dung Kế hoạch, X …`): each is tried. */
  toComma?: boolean;
  example: string;
  names: string[];
}

/** The forms, tried in order (the first that reads names wins). */
export const SUBJECT_FORMS: readonly SubjectForm[] = [
  { name: 'requested', pattern: /^Đề nghị\s+/u, role: 'requested', example: 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp tuyên truyền.', names: ['Ủy ban Mặt trận Tổ quốc Việt Nam xã'] },
  { name: 'assigned', pattern: /^Giao\s+/u, role: 'lead', example: 'Giao Công an xã là cơ quan thường trực, theo dõi việc thực hiện.', names: ['Công an xã'] },
  { name: 'regarding', pattern: /^(?:Đối với|Riêng(?: đối với)?)\s+/u, role: 'lead', comma: true, example: 'Đối với các trường học trên địa bàn xã, hiệu trưởng chỉ đạo giáo viên tuyên truyền.', names: ['các trường học trên địa bàn xã'] },
  { name: 'after-basis-requested', pattern: /^(?:Căn cứ|Trên cơ sở)\s+[^.]*?[,;]\s*đề nghị\s+/u, role: 'requested', example: 'Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân xã và tình hình thực tế, đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, các đoàn thể xây dựng kế hoạch thực hiện.', names: ['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'các đoàn thể'] },
  { name: 'after-basis', pattern: /^(?:Căn cứ|Trên cơ sở)\s+/u, role: 'lead', toComma: true, example: 'Căn cứ nội dung Kế hoạch, các thôn, tổ dân phố chủ động bố trí lực lượng.', names: ['các thôn, tổ dân phố'] },
  { name: 'subject', pattern: /^/u, role: 'lead', example: 'Các trường Tiểu học, Trung học cơ sở tập hợp bài dự thi.', names: ['Các trường Tiểu học, Trung học cơ sở'] },
];

/** Who a sentence names as the one who acts, and in which form; `undefined` when it names nobody. */
export interface FoundSubject {
  lead: string[];
  requested: string[];
  form: string;
  /** The words after the names (the predicate). */
  rest: string;
}

/** A name list read after a `comma` form: up to the comma that ends it (names keep their own commas). */
function namesBeforeComma(words: string): { names: string[]; rest: string } | undefined {
  for (let at = words.indexOf(','); at > 0; at = words.indexOf(',', at + 1)) {
    const after = words.slice(at + 1).trimStart();
    // the list goes on, unless the words after the comma are the heads who act (“…, thủ trưởng cơ quan bám sát …”)
    if (startsWithBody(after) && !POSITION_HEAD.test(after) && !/^(?:lãnh đạo|ban quản trị|ban giám hiệu|ban giám đốc|người đứng đầu)\s/iu.test(after)) continue;
    const names = splitNames(words.slice(0, at));
    return names.length ? { names, rest: after } : undefined;
  }
  return undefined;
}

/**
 * Finds who a sentence names as the one who acts: “Sở Y tế tham mưu …” (its subject), “Đề nghị X …”
 * (asked), “Giao X …”, “Đối với X, …”, “Căn cứ …, X chủ động …” (see {@link SUBJECT_FORMS}). The names
 * must start like a body's (a head word, or a body noun after `các`), so “Các hoạt động tuyên truyền …”
 * names nobody.
 */
export function findSubject(sentence: string, forms: readonly SubjectForm[] = SUBJECT_FORMS): FoundSubject | undefined {
  const s = sentence.normalize('NFC').trim().replace(/^\*+|\*+$/g, '');
  for (const f of forms) {
    const m = f.pattern.exec(s);
    if (!m) continue;
    const starts = f.toComma ? [...s.slice(0, 400).matchAll(/,\s*/gu)].map((c) => c.index + c[0].length) : [m[0].length];
    for (const at of starts) {
      const after = s.slice(at);
      if (!startsWithBody(after)) continue;
      // “Căn cứ tình hình …, trình … bố trí …, các cơ quan …”: a basis that already says what is done is a clause of its own
      if (f.toComma && hasPredicate(s.slice(m[0].length, at))) break;
      const read = f.comma ? namesBeforeComma(after) : readNameList(after);
      if (!read) continue;
      // “Các cơ sở y tế … được đầu tư”: a passive sentence names who is acted on, not who acts
      if (/(?<![\p{L}])(?:được|bị)$/u.test(read.names[read.names.length - 1] ?? '')) continue;
      return { lead: f.role === 'lead' ? read.names : [], requested: f.role === 'requested' ? read.names : [], form: f.name, rest: read.rest };
    }
  }
  return undefined;
}

/** Words that make `phối hợp` a noun (an instrument or a manner), not a partner named: `quy chế phối hợp với …`. */
const INSTRUMENT = /(?:quy chế|chương trình|cơ chế|kế hoạch|sự|công tác|mối|việc|quan hệ)\s*$/iu;

/**
 * The partners a duty's words name: the bodies after “phối hợp (chặt chẽ) (với)”, wherever the words
 * say it, up to what they must do together (“… phối hợp với UBND các xã, phường kiểm tra …” → `UBND
 * các xã, phường`). Not an instrument (“quy chế phối hợp với …”), nor words that name no body
 * (“phối hợp chặt chẽ với gia đình, cộng đồng”).
 */
export function findPartners(text: string): string[] {
  const t = text.normalize('NFC');
  const out: string[] = [];
  for (const m of t.matchAll(/(?<![\p{L}])(?:phối hợp|Phối hợp)(?:\s+chặt chẽ)?(?:\s+với)?\s+/gu)) {
    if (INSTRUMENT.test(t.slice(0, m.index))) continue;
    const after = t.slice(m.index + m[0].length);
    if (!startsWithBody(after)) continue;
    const read = readNameList(after, { needPredicate: false });
    if (read) for (const n of read.names) if (!out.includes(n)) out.push(n);
  }
  return out;
}
