/**
 * “Lịch sử phiên bản”: the stored versions of the shown document, newest first, each with its time,
 * how it came to be and its size, and a “Khôi phục” button that puts it back in the editor (one
 * undoable step; the text replaced stays in the history too).
 */
import type { Version } from './versions.js';

const KIND: Record<Version['kind'], string> = { open: 'khi mở', edit: 'tự lưu khi sửa', restore: 'khôi phục' };

/** A time as the clerk reads it: “08:15:02 06/12/2026”. */
export function versionTime(t: number): string {
  const d = new Date(t);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())} ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** Fills `list` with `versions` (newest first); `restore` is called with the version chosen. */
export function renderVersions(list: HTMLElement, versions: readonly Version[], current: string, restore: (v: Version) => void): void {
  if (!versions.length) {
    list.replaceChildren(Object.assign(document.createElement('li'), { textContent: 'Chưa có phiên bản nào được lưu: tài liệu chưa được sửa.' }));
    return;
  }
  list.replaceChildren(
    ...[...versions].reverse().map((v) => {
      const li = document.createElement('li');
      const lines = v.text.split('\n').length;
      const when = document.createElement('time');
      when.dateTime = new Date(v.t).toISOString();
      when.textContent = versionTime(v.t);
      li.append(when, ` — ${KIND[v.kind]}, ${lines} dòng${v.text === current ? ' (đang mở)' : ''} `);
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = 'Khôi phục';
      b.disabled = v.text === current;
      b.setAttribute('aria-label', `Khôi phục phiên bản lúc ${versionTime(v.t)}`);
      b.addEventListener('click', () => restore(v));
      li.append(b);
      return li;
    }),
  );
}
