/**
 * The start screen: what a first visit shows — a new plan for a kind of unit, a received document to
 * import, a YAML file to open, the documents this browser keeps, the examples, and a short help. It
 * needs nothing of the studio to be drawn; each choice loads the studio (main.ts) and hands it over.
 */
import type { DocumentIndex } from './versions.js';

/** What the start screen's fixed choices do (the examples and the recent documents are lists of their own). */
export interface StartActions {
  newPlan(unit: string): void;
  openFile(f: File): void;
}

/** How long ago `t` was, in Vietnamese (“3 phút trước”, “hôm qua”, or the date). */
export function ago(t: number, now = Date.now()): string {
  const min = Math.round((now - t) / 60_000);
  if (min < 1) return 'vừa xong';
  if (min < 60) return `${min} phút trước`;
  const h = Math.round(min / 60);
  if (h < 24) return `${h} giờ trước`;
  const d = new Date(t);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

const button = (text: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement => {
  const b = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
  for (const [k, v] of Object.entries(attrs)) b.setAttribute(k, v);
  b.addEventListener('click', onClick);
  return b;
};

/** The documents this browser keeps, newest first, each a button that reopens it. */
export function renderRecent(host: HTMLElement, index: DocumentIndex, open: (id: string) => void, now = Date.now()): void {
  const list = host.querySelector('ol')!;
  const docs = [...index.docs].sort((a, b) => b.t - a.t);
  list.replaceChildren(
    ...docs.map((d) => {
      const li = document.createElement('li');
      li.append(button(d.name, () => open(d.id), { 'data-doc': d.id }), ` · ${ago(d.t, now)}`);
      return li;
    }),
  );
  host.hidden = docs.length === 0;
}

/** The examples, under their readable names. */
export function renderExamples(list: HTMLElement, examples: ReadonlyArray<{ id: string; label: string }>, open: (id: string) => void): void {
  list.replaceChildren(
    ...examples.map((e) => {
      const li = document.createElement('li');
      li.append(button(e.label, () => open(e.id), { 'data-example': e.id }));
      return li;
    }),
  );
}

/** Wires the start screen's fixed choices (new plan per unit kind, import, open). */
export function wireStart(root: HTMLElement, act: StartActions): void {
  root.querySelectorAll<HTMLButtonElement>('[data-unit]').forEach((b) => b.addEventListener('click', () => act.newPlan(b.dataset.unit!)));
  for (const id of ['start-import', 'start-open']) {
    const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
    input.addEventListener('change', () => {
      const f = input.files?.[0];
      input.value = '';
      if (f) act.openFile(f);
    });
  }
}
