/** Year, month and day of an ISO date (`YYYY-MM-DD…`); a longer date-time string is read by the platform. */
function ymd(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(iso);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
}

/**
 * Day and month as Nghị định 30/2020 writes them: a day below 10 and the months
 * 1 and 2 take a leading zero; months 3–12 do not (`05`, `02`, `7`, `12`).
 */
export function nd30Parts(iso: string): { day: string; month: string; year: string } {
  const [year, month, day] = ymd(iso);
  return {
    day: String(day).padStart(2, '0'),
    month: month < 3 ? String(month).padStart(2, '0') : String(month),
    year: String(year),
  };
}

/** The date line of the header (and of a law's adoption): `ngày 05 tháng 02 năm 2025`. */
export function formatHeaderDate(iso: string): string {
  const p = nd30Parts(iso);
  return `ngày ${p.day} tháng ${p.month} năm ${p.year}`;
}

/** A date inside a citation or sentence: `09/02/2021`, `13/6/2025`. */
export function formatShortDate(iso: string): string {
  const p = nd30Parts(iso);
  return `${p.day}/${p.month}/${p.year}`;
}
