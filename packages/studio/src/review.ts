/**
 * The spots an import was unsure of: the `# kiểm tra:` comments the importer wrote into the YAML,
 * listed from the live text (a comment deleted once checked leaves the list), each a jump to its line.
 */

/** One `# kiểm tra:` comment: its 1-based line and what to check. */
export interface ReviewSpot {
  line: number;
  message: string;
}

/** Every `# kiểm tra:` comment of `text`. */
export function reviewSpots(text: string): ReviewSpot[] {
  const out: ReviewSpot[] = [];
  text.split('\n').forEach((l, i) => {
    const m = /^\s*#\s*kiểm tra:\s*(.*)$/.exec(l);
    if (m) out.push({ line: i + 1, message: m[1]!.trim() });
  });
  return out;
}

/** Renders the spots into `host` (a section hidden when there are none). */
export function renderReview(host: HTMLElement, spots: ReviewSpot[], jump: (line: number) => void): void {
  host.hidden = spots.length === 0;
  const h = document.createElement('h2');
  h.textContent = `Chỗ cần kiểm tra sau khi nhập (${spots.length})`;
  const ol = document.createElement('ol');
  for (const s of spots) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.line = String(s.line);
    b.textContent = `Dòng ${s.line}: ${s.message}`;
    b.addEventListener('click', () => jump(s.line));
    li.append(b);
    ol.append(li);
  }
  host.replaceChildren(h, ol);
}
