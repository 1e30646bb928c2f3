/**
 * The marks of Phụ lục I (Nghị định 30/2020): độ mật and độ khẩn, printed under the number and
 * symbol in upper case, as their words. One table, read both ways.
 */
export const MARKS = {
  secrecy: ['MẬT', 'TỐI MẬT', 'TUYỆT MẬT'],
  urgency: ['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'],
} as const;

/** Độ mật or độ khẩn, as data: `{ urgency: 'KHẨN' }`. */
export type Marks = { secrecy?: (typeof MARKS.secrecy)[number]; urgency?: (typeof MARKS.urgency)[number] };

/** The marks as printed, độ mật first: `['MẬT', 'HỎA TỐC']`. */
export function formatMarks(m: Marks): string[] {
  return [m.secrecy, m.urgency].filter((x): x is NonNullable<typeof x> => x !== undefined);
}

/** A printed line read back as a mark (`Hỏa tốc`, `HOẢ TỐC`, `KHẨN`); `undefined` for any other line. */
export function parseMark(line: string): Marks | undefined {
  const t = line.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleUpperCase('vi').replace('HOẢ', 'HỎA');
  for (const key of ['secrecy', 'urgency'] as const) {
    const hit = (MARKS[key] as readonly string[]).find((w) => w === t);
    if (hit) return { [key]: hit } as Marks;
  }
  return undefined;
}
