import type { PdfLine } from './page-lines.js';

const PAGE_NUMBER = /^(?:-\s*)?(?:Trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*-)?$/i;

function lineText(l: PdfLine): string {
  return l.segments.map((s) => s.text).join(' ');
}

/**
 * Removes page furniture: a page number alone on the first or last line of a page (`2`, `- 2 -`,
 * `Trang 2/5`), and header/footer lines repeated at the same place on at least half of the pages.
 * Returns the lines kept and how many were removed.
 */
export function removeFurniture(pages: PdfLine[][]): { pages: PdfLine[][]; removed: number } {
  let removed = 0;
  const repeated = repeatedLines(pages);
  const kept = pages.map((lines) => {
    const out = lines.filter((l, i) => {
      const text = lineText(l);
      const edge = i === 0 || i === lines.length - 1;
      if (edge && l.segments.length === 1 && PAGE_NUMBER.test(text)) return false;
      if ((i < 2 || i >= lines.length - 2) && repeated.has(key(l))) return false;
      return true;
    });
    removed += lines.length - out.length;
    return out;
  });
  return { pages: kept, removed };
}

function key(l: PdfLine): string {
  return `${Math.round(l.y / 4)}|${lineText(l).replace(/\d+/g, '#')}`;
}

function repeatedLines(pages: PdfLine[][]): Set<string> {
  if (pages.length < 3) return new Set();
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(key));
    for (const k of edges) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= Math.max(3, pages.length / 2)).map(([k]) => k));
}
