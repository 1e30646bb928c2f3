/**
 * Who heads a body, as a Quyết định's executing article names them (“Giám đốc Sở Nội vụ, Chủ tịch Ủy
 * ban nhân dân các xã, phường … chịu trách nhiệm thi hành Quyết định này”). One table, read both ways:
 * `formatHeadOf` prints the head of a body, `parseHeadOf` splits a head's words back into title and body.
 */
const HEADS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:các\s+)?sở,\s*ban,\s*ngành/iu, 'Thủ trưởng'],
  [/^Sở(?![\p{L}])/u, 'Giám đốc'],
  [/^Công an (?:tỉnh|thành phố)(?![\p{L}])/u, 'Giám đốc'],
  [/^Công an(?![\p{L}])/u, 'Trưởng'],
  [/^Bộ Chỉ huy(?![\p{L}])/u, 'Chỉ huy trưởng'],
  [/^(?:Ủy ban nhân dân|UBND)(?![\p{L}])/u, 'Chủ tịch'],
  [/^(?:Ủy ban Mặt trận Tổ quốc|Ủy ban MTTQ)(?![\p{L}])/u, 'Chủ tịch'],
  [/^(?:Hội|Liên đoàn)(?![\p{L}])/u, 'Chủ tịch'],
  [/^(?:Văn phòng|Thanh tra)(?![\p{L}])/u, 'Chánh'],
  [/^(?:Tỉnh đoàn|Đoàn Thanh niên)(?![\p{L}])/u, 'Bí thư'],
  [/^Báo(?!\s+cáo)(?![\p{L}])/u, 'Tổng Biên tập'],
  [/^Trường(?![\p{L}])/u, 'Hiệu trưởng'],
  [/^Viện(?![\p{L}])/u, 'Viện trưởng'],
  [/^Chi cục(?![\p{L}])/u, 'Chi cục trưởng'],
  [/^Cục(?![\p{L}])/u, 'Cục trưởng'],
  [/^(?:Ban|Phòng)(?![\p{L}])/u, 'Trưởng'],
  [/^(?:Đài|Trung tâm|Bệnh viện|Kho bạc|Bưu điện|Công ty|Điện lực|Ngân hàng|Chi nhánh)(?![\p{L}])/u, 'Giám đốc'],
];

/** The generic head (“Thủ trưởng các cơ quan, đơn vị”) for a body the table does not know. */
const ANY_HEAD = 'Thủ trưởng';

/** Every head word of the table, longest first, for reading them back. */
const HEAD_WORDS = [...new Set([...HEADS.map(([, h]) => h), ANY_HEAD])].sort((a, b) => b.length - a.length);
const HEAD_AT_START = new RegExp(`^(${HEAD_WORDS.join('|')})\\s+(.+)$`, 'u');

/**
 * The head of a body in running text: `Sở Nội vụ` → `Giám đốc Sở Nội vụ`, `Ủy ban nhân dân các xã,
 * phường` → `Chủ tịch Ủy ban nhân dân các xã, phường`, `Văn phòng Ủy ban nhân dân tỉnh` → `Chánh Văn
 * phòng …`, `các sở, ban, ngành` → `Thủ trưởng các sở, ban, ngành`; a body the table does not know
 * gets `Thủ trưởng`.
 */
export function formatHeadOf(body: string): string {
  const name = body.trim();
  const hit = HEADS.find(([re]) => re.test(name));
  const lower = hit?.[1] === ANY_HEAD || !hit ? name.replace(/^Các(?=\s)/u, 'các') : name;
  return `${hit?.[1] ?? ANY_HEAD} ${lower}`;
}

/** A head's words read back: `Giám đốc Sở Nội vụ` → `{ head: 'Giám đốc', body: 'Sở Nội vụ' }`; undefined when no head word starts it. */
export function parseHeadOf(text: string): { head: string; body: string } | undefined {
  const m = HEAD_AT_START.exec(text.trim());
  return m ? { head: m[1]!, body: m[2]! } : undefined;
}
