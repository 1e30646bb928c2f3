/**
 * The marks of Phụ lục I (Nghị định 30/2020): độ mật and độ khẩn, printed under the number and
 * symbol in upper case, as their words. One table, read both ways.
 */
export const MARKS = {
  secrecy: ['MẬT', 'TỐI MẬT', 'TUYỆT MẬT'],
  urgency: ['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'],
} as const;

/**
 * The marks as data: `{ urgency: 'KHẨN' }`; `draft` is the draft indication — `true` for `DỰ THẢO`,
 * a number N for `DỰ THẢO LẦN N` (the Nth draft).
 */
export type Marks = { secrecy?: (typeof MARKS.secrecy)[number]; urgency?: (typeof MARKS.urgency)[number]; draft?: true | number };

/** The words of the draft indication (chỉ dẫn về dự thảo văn bản), in upper case. */
export const DRAFT_MARK = 'DỰ THẢO';

/** `DỰ THẢO` (`true`) or `DỰ THẢO LẦN 2` (the second draft): the draft indication as printed, bold upright capitals in a frame. */
export function formatDraftMark(draft: true | number): string {
  return draft === true ? DRAFT_MARK : `${DRAFT_MARK} LẦN ${draft}`;
}

const DRAFT_LINE = /^DỰ THẢO(?: LẦN (?:THỨ )?0*([1-9]\d{0,2}))?$/;

/** A printed line read back as the draft indication (`DỰ THẢO`, `Dự thảo lần 2`, `DỰ THẢO LẦN THỨ 3`): `true` or N; `undefined` for any other line. */
export function parseDraftMark(line: string): true | number | undefined {
  const m = DRAFT_LINE.exec(line.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleUpperCase('vi'));
  if (!m) return undefined;
  return m[1] === undefined ? true : Number(m[1]);
}

/** Độ mật and độ khẩn as printed under the number, độ mật first: `['MẬT', 'HỎA TỐC']` (the draft indication prints at its own place: `formatDraftMark`). */
export function formatMarks(m: Marks): string[] {
  return [m.secrecy, m.urgency].filter((x): x is NonNullable<typeof x> => x !== undefined);
}

/** A printed line read back as a mark (`Hỏa tốc`, `HOẢ TỐC`, `KHẨN`, `DỰ THẢO LẦN 2`); `undefined` for any other line. */
export function parseMark(line: string): Marks | undefined {
  const draft = parseDraftMark(line);
  if (draft !== undefined) return { draft };
  const t = line.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleUpperCase('vi').replace('HOẢ', 'HỎA');
  for (const key of ['secrecy', 'urgency'] as const) {
    const hit = (MARKS[key] as readonly string[]).find((w) => w === t);
    if (hit) return { [key]: hit } as Marks;
  }
  return undefined;
}
