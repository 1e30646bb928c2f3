/**
 * The outline beside the editor: sections, tasks and agencies as links that jump to their line. A
 * section, task or agency also opens in its form: the pencil beside it (mouse), F2 on the entry (keyboard,
 * announced as its shortcut), or a plain click while the forms tab is shown.
 */
import type { OutlineEntry } from './protocol.js';

/** Renders the outline into `host`; `jump` moves the editor to a line and column, `edit` opens a section, task or agency (its pointer) in the forms. */
export function renderOutline(host: HTMLElement, entries: OutlineEntry[], jump: (line: number, column: number) => void, edit?: (path: string, fromClick: boolean) => void): void {
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
      b.addEventListener('click', () => {
        jump(e.line, e.column);
        if (e.path) edit?.(e.path, true);
      });
      li.append(b);
      if (e.path && edit) {
        const path = e.path;
        b.dataset.path = path;
        b.setAttribute('aria-keyshortcuts', 'F2');
        b.title += ' · F2: sửa trong biểu mẫu';
        b.addEventListener('keydown', (k) => {
          if (k.key !== 'F2') return;
          k.preventDefault();
          edit(path, false);
        });
        const pen = document.createElement('button');
        pen.type = 'button';
        pen.className = 'outline-edit';
        pen.tabIndex = -1;
        pen.textContent = '✎';
        pen.setAttribute('aria-label', `Sửa trong biểu mẫu: ${b.textContent}`);
        pen.title = 'Sửa trong biểu mẫu (F2)';
        pen.addEventListener('click', () => edit(path, false));
        li.append(pen);
      }
      ul.append(li);
    }
    return [h, ul];
  };
  host.replaceChildren(
    ...group('Mục và nhiệm vụ', entries.filter((e) => e.kind !== 'agency')),
    ...group('Cơ quan', entries.filter((e) => e.kind === 'agency')),
  );
}
