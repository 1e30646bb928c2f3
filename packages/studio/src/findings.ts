/**
 * The list of errors, warnings and check findings beside the editor: each a button to its line with
 * its rule id, and a "Sửa" button for a finding the checker can fix; "Sửa tất cả" applies every fix.
 */
import type { Finding } from './protocol.js';

/** The tag of a finding: its rule's title and id (“Lỗi chính tả · misspelling”), or the id (or code) alone. */
export function ruleTag(d: Finding): string {
  const id = d.rule ?? d.code;
  return d.title ? `${d.title} · ${id}` : id;
}

/** What a finding's fix does, in words: its label, else the replacement. */
export function fixLabel(d: Finding): string {
  return d.fix?.label ?? (d.fix?.text ? `Sửa thành “${d.fix.text}”` : 'Xóa');
}

/** What the list does when a button is pressed. */
export interface FindingActions {
  jump(line: number, column: number): void;
  fix(findings: Finding[]): void;
}

const SEVERITY: Record<string, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Gợi ý' };

/** Renders `findings` into the list `host`, and the "Sửa tất cả" button into `fixAll`. */
export function renderFindings(host: HTMLElement, fixAll: HTMLButtonElement, findings: Finding[], act: FindingActions): void {
  host.replaceChildren(
    ...findings.map((d) => {
      const li = document.createElement('li');
      li.className = d.severity;
      li.dataset.code = d.code;
      li.dataset.line = String(d.line);
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'finding';
      b.textContent = `Dòng ${d.line}, cột ${d.column}: ${d.message}${d.suggestion ? ` (${d.suggestion})` : ''}`;
      const tag = document.createElement('span');
      tag.className = 'rule-tag';
      const title = d.title;
      if (title) tag.append(Object.assign(document.createElement('span'), { className: 'rule-title', textContent: title }), ' ');
      tag.append(Object.assign(document.createElement('code'), { className: 'rule', textContent: d.rule ?? d.code }));
      b.prepend(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: `${SEVERITY[d.severity] ?? ''}: ` }));
      b.append(' ', tag);
      b.addEventListener('click', () => act.jump(d.line, d.column));
      li.append(b);
      if (d.fix) {
        const f = document.createElement('button');
        f.type = 'button';
        f.className = 'fix';
        f.textContent = 'Sửa';
        f.title = fixLabel(d);
        // the visible word first (WCAG label in name), then what the fix does
        f.setAttribute('aria-label', `Sửa dòng ${d.line}: ${fixLabel(d)}`);
        f.addEventListener('click', () => act.fix([d]));
        li.append(f);
      }
      return li;
    }),
  );
  const fixable = findings.filter((d) => d.fix);
  fixAll.hidden = fixable.length < 2;
  fixAll.textContent = `Sửa tất cả (${fixable.length})`;
  fixAll.onclick = () => act.fix(fixable);
}

/** A sentence counting the checker's findings. */
export function checkSummary(findings: Finding[], ms: number): string {
  const rules = findings.filter((d) => d.rule);
  if (!rules.length) return `Kiểm tra nội dung: không thấy vấn đề (${ms} ms).`;
  const n = (s: string) => rules.filter((d) => d.severity === s).length;
  const parts = [n('error') && `${n('error')} lỗi`, n('warning') && `${n('warning')} cảnh báo`, n('info') && `${n('info')} gợi ý`].filter(Boolean);
  const fixable = rules.filter((d) => d.fix).length;
  return `Kiểm tra nội dung: ${parts.join(', ')}${fixable ? `; ${fixable} chỗ sửa tự động được` : ''}.`;
}
