import dayjs from 'dayjs';

/**
 * Day and month as Nghị định 30/2020 writes them: a day below 10 and the months
 * 1 and 2 take a leading zero; months 3–12 do not (`05`, `02`, `7`, `12`).
 */
export function nd30Parts(iso: string): { day: string; month: string; year: string } {
  const d = dayjs(iso);
  const month = d.month() + 1;
  return {
    day: String(d.date()).padStart(2, '0'),
    month: month < 3 ? String(month).padStart(2, '0') : String(month),
    year: String(d.year()),
  };
}

/** The date line of the header: `ngày 05 tháng 02 năm 2025`. */
export function formatHeaderDate(iso: string): string {
  const p = nd30Parts(iso);
  return `ngày ${p.day} tháng ${p.month} năm ${p.year}`;
}

/** A date inside a citation or sentence: `09/02/2021`, `13/6/2025`. */
export function formatShortDate(iso: string): string {
  const p = nd30Parts(iso);
  return `${p.day}/${p.month}/${p.year}`;
}
