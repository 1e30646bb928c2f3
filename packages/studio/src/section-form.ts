/**
 * The section form: a clerk renames a section, adds one after it, moves it up or down, or deletes it
 * (refused, with the reason, while it still holds duties) — each one undoable editor step written
 * into the YAML in place (section-model.ts). Opened from the outline and from a section heading in
 * the preview.
 */
import { parse } from 'yaml';
import { addSectionAfter, deleteSection, moveSection, renameSection, sectionsOf, type Section } from './section-model.js';

/** The title a section added by the form gets, chosen and ready to be typed over. */
export const NEW_SECTION_TITLE = 'MỤC MỚI';

const pointer = (s: Section) => `/${[...s.list, s.index].join('/')}`;

/** The section form, bound to the editor's text. */
export class SectionForm {
  private sections: Section[] = [];

  constructor(
    private readonly form: HTMLFormElement,
    private readonly getText: () => string,
    private readonly setText: (t: string) => boolean,
    private readonly say: (message: string, bad?: boolean) => void,
  ) {
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.edit((t, s) => renameSection(t, s, this.el('s-title').value), (s) => s, (s) => `Đã ghi tiêu đề mục “${this.el('s-title').value.trim()}”.`);
    });
    this.el<HTMLSelectElement>('s-section').addEventListener('change', () => this.show());
    this.el('s-add').addEventListener('click', () => {
      this.edit((t, s) => addSectionAfter(t, s, NEW_SECTION_TITLE), (s) => this.at(s.list, s.index + 1), () => `Đã thêm mục “${NEW_SECTION_TITLE}”: viết tiêu đề rồi bấm “Ghi tiêu đề”.`);
      this.el('s-title').focus();
      this.el('s-title').select();
    });
    this.el('s-up').addEventListener('click', () => this.step(-1));
    this.el('s-down').addEventListener('click', () => this.step(1));
    this.el('s-delete').addEventListener('click', () =>
      this.edit((t, s) => deleteSection(t, s), (s) => this.at(s.list, Math.max(0, s.index - 1)), (s) => `Đã xóa mục “${s.title}” (Ctrl+Z để hoàn tác).`),
    );
  }

  private el<T extends HTMLElement = HTMLInputElement>(id: string): T {
    return this.form.querySelector<T>(`#${id}`)!;
  }

  private get section(): Section | undefined {
    return this.sections[Number(this.el<HTMLSelectElement>('s-section').value)];
  }

  /** The section at a list and index, as a pointer (looked up after the text changes). */
  private at(list: Section['list'], index: number): string {
    return `/${[...list, index].join('/')}`;
  }

  /** Reads the sections from the current text, keeping the one chosen (by its pointer) when it still exists. */
  fill(keep?: string): void {
    let data: unknown;
    try {
      data = parse(this.getText());
    } catch {
      return;
    }
    const was = keep ?? (this.section ? pointer(this.section) : undefined);
    this.sections = sectionsOf(data);
    const select = this.el<HTMLSelectElement>('s-section');
    select.replaceChildren(...this.sections.map((s, i) => new Option(`${'— '.repeat(s.depth)}${s.title}${s.duties ? ` (${s.duties} nhiệm vụ)` : ''}`, String(i))));
    const i = this.sections.findIndex((s) => pointer(s) === was);
    select.value = String(i >= 0 ? i : 0);
    this.show();
  }

  /** Chooses the section at a JSON pointer (a section heading's in the preview, or its title); false when none is there. */
  choose(at: string): boolean {
    this.fill();
    const i = this.sections.findIndex((s) => at === pointer(s) || at === `${pointer(s)}/title`);
    if (i < 0) return false;
    this.el<HTMLSelectElement>('s-section').value = String(i);
    this.show();
    return true;
  }

  private show(): void {
    const s = this.section;
    this.el('s-title').value = s?.title ?? '';
    for (const id of ['s-save', 's-add', 's-delete']) this.el<HTMLButtonElement>(id).disabled = !s;
    this.el<HTMLButtonElement>('s-up').disabled = !s || s.index === 0;
    this.el<HTMLButtonElement>('s-down').disabled = !s || s.index >= s.siblings - 1;
  }

  private step(by: -1 | 1): void {
    this.edit((t, s) => moveSection(t, s, by), (s) => this.at(s.list, s.index + by), (s) => `Đã chuyển mục “${s.title}” ${by < 0 ? 'lên trên' : 'xuống dưới'}.`);
    const button = this.el<HTMLButtonElement>(by < 0 ? 's-up' : 's-down');
    (button.disabled ? this.el<HTMLSelectElement>('s-section') : button).focus();
  }

  /** Applies an edit to the chosen section as one editor step, then shows the section at `then`. */
  private edit(change: (text: string, s: Section) => string, then: (s: Section) => string | Section, message: (s: Section) => string): void {
    const s = this.section;
    if (!s) return;
    try {
      const text = change(this.getText(), s);
      if (text === this.getText()) return this.say('Không có thay đổi nào để ghi.');
      if (!this.setText(text)) return;
      const next = then(s);
      this.fill(typeof next === 'string' ? next : pointer(next));
      this.say(message(s));
    } catch (e) {
      this.say(e instanceof Error ? e.message : String(e), true);
    }
  }
}
