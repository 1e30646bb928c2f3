/**
 * The duty form: a clerk adds, changes or deletes a task of any list of the plan (a section's, a
 * group's) without writing YAML — its text, its lead, supporting and requested bodies (suggested from the plan's
 * declared agencies), its deadline as a date, a window, a spoken period (quý III/2026), a recurrence
 * (hằng tháng, trước ngày 25) or “thường xuyên” — the printed words shown beside the fields — and
 * moves it up, down or to another section's list (its lines moved as written). Each change is written
 * into the YAML in place (yaml-text-edit.ts: comments and layout elsewhere kept); the YAML stays the
 * one truth and the preview shows the printed words as soon as the text is loaded.
 */
import { parse } from 'yaml';
import { dutyLists, idsValue, newDutyId, timeValue, type Duty, type DutyList } from './duty-model.js';
import { moveDuty, moveDutyTo, moveTargets, type MoveTarget } from './duty-move.js';
import { sectionsOf } from './section-model.js';
import { TimeFieldset } from './time-fields.js';
import { appendItem, removeItem, setValue } from './yaml-text-edit.js';

const NEW = 'new';

/** The duty form, bound to the editor's text. */
export class DutyForm {
  private lists: DutyList[] = [];
  private targets: MoveTarget[] = [];
  private data: unknown;
  private readonly time: TimeFieldset;

  constructor(
    private readonly form: HTMLFormElement,
    private readonly getText: () => string,
    private readonly setText: (t: string) => boolean,
    private readonly say: (message: string, bad?: boolean) => void,
  ) {
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.save();
    });
    this.el<HTMLSelectElement>('d-list').addEventListener('change', () => this.showTasks(NEW));
    this.el<HTMLSelectElement>('d-task').addEventListener('change', () => this.showDuty());
    this.time = new TimeFieldset(form);
    this.el('d-delete').addEventListener('click', () => this.remove());
    this.el('d-up').addEventListener('click', () => this.step(-1));
    this.el('d-down').addEventListener('click', () => this.step(1));
    this.el('d-move-go').addEventListener('click', () => this.moveTo());
  }

  private el<T extends HTMLElement = HTMLInputElement>(id: string): T {
    return this.form.querySelector<T>(`#${id}`)!;
  }

  private get list(): DutyList | undefined {
    return this.lists[Number(this.el<HTMLSelectElement>('d-list').value)];
  }

  private get duty(): Duty | undefined {
    const v = this.el<HTMLSelectElement>('d-task').value;
    return v === NEW ? undefined : this.list?.duties[Number(v)];
  }

  /** Reads the lists of tasks from the current text, keeping the list and task chosen when they still exist. */
  fill(keep: { list?: number; task?: string } = {}): void {
    try {
      this.data = parse(this.getText());
    } catch {
      return;
    }
    const agencies = (this.data as { agencies?: Record<string, { name?: string }> } | null)?.agencies ?? {};
    this.lists = dutyLists(this.data, (id) => agencies[id]?.name ?? id);
    this.targets = moveTargets(this.lists, sectionsOf(this.data));
    const listSelect = this.el<HTMLSelectElement>('d-list');
    const list = keep.list ?? Number(listSelect.value || 0);
    listSelect.replaceChildren(...this.lists.map((l, i) => new Option(l.label, String(i))));
    listSelect.value = String(Math.min(list, Math.max(0, this.lists.length - 1)));
    this.showTasks(keep.task ?? this.el<HTMLSelectElement>('d-task').value ?? NEW);
  }

  /**
   * Chooses the task at a JSON pointer of the plan (`/body/1/items/0/tasks/3`, or a place inside it),
   * as a previewed paragraph gives it; false when the pointer is not in a task.
   */
  choose(pointer: string): boolean {
    this.fill();
    const path = pointer.split('/').slice(1).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    let best: { list: number; index: number; depth: number } | undefined;
    this.lists.forEach((l, i) => {
      const n = l.path.length;
      if (path.length > n && l.path.every((k, j) => k === path[j]) && typeof path[n] === 'number' && (!best || n > best.depth)) best = { list: i, index: path[n] as number, depth: n };
    });
    if (!best) return false;
    this.fill({ list: best.list, task: String(best.index) });
    return true;
  }

  private showTasks(task: string): void {
    const select = this.el<HTMLSelectElement>('d-task');
    const short = (d: Duty) => `${d.index + 1}. ${d.text.length > 70 ? `${d.text.slice(0, 70)}…` : d.text || d.id}`;
    select.replaceChildren(new Option('＋ Thêm nhiệm vụ mới vào mục này', NEW), ...(this.list?.duties ?? []).map((d) => new Option(short(d), String(d.index))));
    select.value = [...select.options].some((o) => o.value === task) ? task : NEW;
    this.showDuty();
  }

  private showDuty(): void {
    const d = this.duty;
    this.el<HTMLTextAreaElement>('d-text').value = d?.text ?? '';
    this.el('d-lead').value = d?.lead ?? '';
    this.el('d-support').value = d?.support ?? '';
    this.el('d-requested').value = d?.requested ?? '';
    this.time.write(d?.time ?? { kind: '', date: '', to: '' }, d?.rawTime);
    this.el<HTMLButtonElement>('d-save').textContent = d ? 'Ghi nhiệm vụ' : 'Thêm nhiệm vụ';
    this.el<HTMLButtonElement>('d-delete').hidden = !d;
    this.el('d-move').hidden = !d;
    this.el<HTMLButtonElement>('d-up').disabled = !d || d.index === 0;
    this.el<HTMLButtonElement>('d-down').disabled = !d || d.index === (this.list?.duties.length ?? 0) - 1;
    const here = this.list ? this.lists.indexOf(this.list) : -1;
    const others = this.targets.map((t, i) => [t, i] as const).filter(([, i]) => i !== here);
    this.el<HTMLSelectElement>('d-move-to').replaceChildren(...others.map(([t, i]) => new Option(t.label, String(i))));
    this.el<HTMLButtonElement>('d-move-go').disabled = !others.length;
  }

  /** The form's values as task fields (undefined: not written). */
  private values(old?: Duty): { text: string; lead: unknown; support: unknown; requested: unknown; time: unknown } {
    const text = this.el<HTMLTextAreaElement>('d-text').value.replace(/\s+/g, ' ').trim();
    if (!text) throw new Error('Hãy viết nội dung nhiệm vụ.');
    const time = timeValue(this.time.read(), old?.rawTime);
    return { text, lead: idsValue(this.el('d-lead').value), support: idsValue(this.el('d-support').value), requested: idsValue(this.el('d-requested').value), time };
  }

  private save(): void {
    const list = this.list;
    if (!list) return this.say('Kế hoạch chưa có danh sách nhiệm vụ nào: thêm một mục nhiệm vụ trong YAML trước.', true);
    const listIndex = this.lists.indexOf(list);
    const old = this.duty;
    let t = this.getText();
    try {
      const v = this.values(old);
      if (!old) {
        const task = { id: newDutyId(v.text, this.data), ...(v.lead ? { lead: v.lead } : {}), ...(v.support ? { support: v.support } : {}), ...(v.requested ? { requested: v.requested } : {}), text: v.text, ...(v.time ? { time: v.time } : {}) };
        t = appendItem(t, list.path, task);
        if (!this.setText(t)) return;
        this.fill({ list: listIndex, task: String(list.duties.length) });
        return this.say(`Đã thêm nhiệm vụ vào “${list.label}”.`);
      }
      const at = [...list.path, old.index];
      // A missing key goes after the last of its `after` keys present (setValue): the task's keys in their written order.
      const changes: Array<[string, unknown, string[], boolean]> = [
        ['lead', v.lead, ['id'], JSON.stringify(v.lead) !== JSON.stringify(idsValue(old.lead))],
        ['support', v.support, ['id', 'lead'], JSON.stringify(v.support) !== JSON.stringify(idsValue(old.support))],
        ['requested', v.requested, ['id', 'lead', 'support'], JSON.stringify(v.requested) !== JSON.stringify(idsValue(old.requested))],
        ['text', v.text, ['id', 'lead', 'support', 'requested'], v.text !== old.text.replace(/\s+/g, ' ').trim()],
        ['time', v.time, ['text'], JSON.stringify(v.time) !== JSON.stringify(old.rawTime)],
      ];
      const changed = changes.filter((c) => c[3]);
      if (!changed.length) return this.say('Không có thay đổi nào để ghi.');
      for (const [key, value, after] of changed) t = setValue(t, [...at, key], value, after, true);
      if (!this.setText(t)) return;
      this.fill({ list: listIndex, task: String(old.index) });
      this.say(`Đã ghi nhiệm vụ ${old.index + 1} của “${list.label}”.`);
    } catch (e) {
      this.say(e instanceof Error ? e.message : String(e), true);
    }
  }

  private remove(): void {
    const list = this.list;
    const old = this.duty;
    if (!list || !old) return;
    if (!this.setText(removeItem(this.getText(), list.path, old.index))) return;
    this.fill({ list: this.lists.indexOf(list), task: NEW });
    this.say('Đã xóa nhiệm vụ (Ctrl+Z để hoàn tác).');
  }

  /** Moves the chosen duty one place up or down in its list (one undoable step), keeping it chosen and the focus on the button. */
  private step(by: -1 | 1): void {
    const list = this.list;
    const d = this.duty;
    if (!list || !d) return;
    this.apply(() => moveDuty(this.getText(), list, d.index, by), this.lists.indexOf(list), d.index + by, `Đã chuyển nhiệm vụ ${by < 0 ? 'lên' : 'xuống'}: nay là nhiệm vụ ${d.index + by + 1} của “${list.label}”.`);
    const button = this.el<HTMLButtonElement>(by < 0 ? 'd-up' : 'd-down');
    (button.disabled ? this.el<HTMLSelectElement>('d-task') : button).focus();
  }

  /** Moves the chosen duty to the end of the list chosen in “Chuyển sang”, and follows it there. */
  private moveTo(): void {
    const list = this.list;
    const d = this.duty;
    const target = this.targets[Number(this.el<HTMLSelectElement>('d-move-to').value)];
    if (!list || !d || !target) return;
    const text = this.getText();
    if (!this.apply(() => moveDutyTo(text, list, d.index, target), 0, 0, '')) return;
    const at = this.lists.findIndex((l) => l.path.join('/') === target.path.join('/') || (target.newList && l.path.join('/').startsWith(`${target.path.join('/')}/`)));
    if (at >= 0) this.fill({ list: at, task: String(this.lists[at]!.duties.length - 1) });
    this.say(`Đã chuyển nhiệm vụ sang “${target.label.replace(/ \(danh sách nhiệm vụ mới\)$/, '')}” (Ctrl+Z để hoàn tác).`);
  }

  /** Writes the text an edit gives (one editor step) and shows the duty at `list`, `task`; false (and a message) when it fails. */
  private apply(edit: () => string, list: number, task: number, message: string): boolean {
    try {
      const t = edit();
      if (t === this.getText() || !this.setText(t)) return false;
      this.fill({ list, task: String(task) });
      if (message) this.say(message);
      return true;
    } catch (e) {
      this.say(e instanceof Error ? e.message : String(e), true);
      return false;
    }
  }
}

/** Fills the `<datalist>` of agency suggestions from the plan's declared agencies. */
export function fillAgencyList(list: HTMLDataListElement, agencies: ReadonlyArray<{ id: string; name: string }>): void {
  const key = agencies.map((a) => a.id).join(',');
  if (list.dataset.key === key) return;
  list.dataset.key = key;
  list.replaceChildren(...agencies.map((a) => Object.assign(document.createElement('option'), { value: a.id, label: a.name })));
}
