/** The download buttons: one per output of kehoach's registry, the plan's first, then the checklist's. */
import type { ExportChoice } from './protocol.js';

/** The groups of buttons, by what they are made from, with their names for screen readers. */
const GROUPS: ReadonlyArray<{ input: ExportChoice['input']; label: string }> = [
  { input: 'plan', label: 'Tải văn bản' },
  { input: 'checklist', label: 'Tải danh mục nhiệm vụ' },
];

/**
 * Fills `host` with a button per output (`data-input`, `data-export`: the output's input and id;
 * the short label as text, the full label as title), a group per input; `enabled` says whether the
 * open plan is valid. A click calls `onExport` with the output.
 */
export function renderExportButtons(host: HTMLElement, choices: readonly ExportChoice[], enabled: boolean, onExport: (c: ExportChoice) => void): void {
  host.replaceChildren();
  for (const g of GROUPS) {
    const mine = choices.filter((c) => c.input === g.input);
    if (!mine.length) continue;
    const group = Object.assign(document.createElement('span'), { className: 'export-group' });
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', g.label);
    for (const c of mine) {
      const b = Object.assign(document.createElement('button'), { type: 'button', textContent: c.shortLabel, title: c.label, disabled: !enabled });
      b.dataset.input = c.input;
      b.dataset.export = c.id;
      b.addEventListener('click', () => onExport(c));
      group.append(b);
    }
    host.append(group);
  }
}
