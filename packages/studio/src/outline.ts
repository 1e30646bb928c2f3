/** The outline beside the editor: sections, tasks and agencies as links that jump to their line. */
import type { Diagnostic } from 'kehoach';
import type { OutlineEntry } from './protocol.js';

/** Renders the outline into `host`; `jump` moves the editor to a line and column. */
export function renderOutline(host: HTMLElement, entries: OutlineEntry[], jump: (line: number, column: number) => void): void {
  const group = (title: string, list: OutlineEntry[]) => {
    if (!list.length) return [];
    const h = document.createElement('h3');
    h.textContent = title;
    const ul = document.createElement('ul');
    for (const e of list) {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = `outline-${e.kind} depth-${Math.min(e.depth, 4)}`;
      b.dataset.line = String(e.line);
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

/** Renders the list of diagnostics (each a button to its line). */
export function renderDiagnostics(host: HTMLElement, diagnostics: Diagnostic[], jump: (line: number, column: number) => void): void {
  host.replaceChildren(
    ...diagnostics.map((d) => {
      const li = document.createElement('li');
      li.className = d.severity;
      li.dataset.code = d.code;
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = `Dòng ${d.line}, cột ${d.column}: ${d.message}${d.suggestion ? ` (${d.suggestion})` : ''}`;
      b.addEventListener('click', () => jump(d.line, d.column));
      li.append(b);
      return li;
    }),
  );
}
