/** A calendar date as ISO `YYYY-MM-DD`, or undefined when the numbers are not a real date. */
export function isoDate(day: number, month: number, year: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `12/6/2025`, `12-6-2025`, `ngày 26 tháng 11 năm 2021` → ISO date; the first one found in `text`. */
export function findDate(text: string): { iso: string; index: number; length: number } | undefined {
  const re = /\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b|\b(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const iso = m[1] ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : isoDate(Number(m[4]), Number(m[5]), Number(m[6]));
    if (iso) return { iso, index: m.index, length: m[0].length };
  }
  return undefined;
}
