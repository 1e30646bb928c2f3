/** The outline beside the editor: sections, tasks and agencies as links that jump to their line. */
import type { OutlineEntry } from './protocol.js';

/** Renders the outline into `host`; `jump` moves the editor to a line and column. */
export function renderOutline(host: HTMLElement, entries: OutlineEntry[], jump: (line: number, column: number) => void): void {
  const group = (title: string, list: OutlineEntry[]) => {
    if (!list.length) return [];
    const h = document.createElement('h2');
    h.textContent = title;
    const ul = document.createElement('ul');
    for (const e of list) {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = `outline-${e.kind} depth-${Math.min(e.depth, 4)}`;
      b.dataset.line = String(e.line);
      if (e.kind === 'agency') b.dataset.agency = e.label;
      b.textContent = `${e.label} ${e.text}`.trim();
      b.title = `Dòng ${e.line}`;
      b.addEventListener('click', () => jump(e.line, e.column));
      li.append(b);
      ul.append(li);
    }
    return [h, ul];
  };
  host.replaceChildren(
    ...group('Mục và nhiệm vụ', entries.filter((e) => e.kind !== 'agency')),
    ...group('Cơ quan', entries.filter((e) => e.kind === 'agency')),
  );
}
