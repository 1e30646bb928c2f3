/**
 * The agency form: a clerk adds an agency to the plan, or changes one's name, short name, level, kind
 * and other names, without writing YAML; an agency still named by a duty or a recipient is not
 * deleted (the form says where it is named). Each change is written into the YAML in place
 * (yaml-text-edit.ts), as one undoable step; the YAML stays the one truth.
 */
import { parse } from 'yaml';
import { agencyList, agencyUses, agencyValue, newAgencyId, type AgencyFields } from './agency-model.js';
import { setValue } from './yaml-text-edit.js';
import { KINDS, LEVELS } from 'virtual:agency-choices';

const NEW = '';
const FIELDS = ['name', 'shortName', 'level', 'kind', 'aliases'] as const;

/** The agency form, bound to the editor's text. */
export class AgencyForm {
  private agencies: AgencyFields[] = [];

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
    this.el<HTMLSelectElement>('a-id').addEventListener('change', () => this.show());
    for (const [id, choices] of [['a-level', LEVELS], ['a-kind', KINDS]] as const)
      this.el<HTMLSelectElement>(id).append(new Option('— không ghi —', ''), ...choices.map(([v, label]) => new Option(label, v)));
    this.el('a-delete').addEventListener('click', () => this.remove());
    this.field('name').addEventListener('input', () => void this.suggest());
  }

  private el<T extends HTMLElement = HTMLInputElement>(id: string): T {
    return this.form.querySelector<T>(`#${id}`)!;
  }

  private field(f: (typeof FIELDS)[number]): HTMLInputElement {
    return this.el(`a-${f}`);
  }

  private data(): unknown {
    return parse(this.getText());
  }

  /** Reads the agencies from the current text, keeping the one chosen when it still exists. */
  fill(keep = this.el<HTMLSelectElement>('a-id').value): void {
    try {
      this.agencies = agencyList(this.data());
    } catch {
      this.agencies = [];
    }
    const select = this.el<HTMLSelectElement>('a-id');
    select.replaceChildren(new Option('— Thêm cơ quan mới —', NEW), ...this.agencies.map((a) => new Option(`${a.name || a.id} (${a.id})`, a.id)));
    select.value = this.agencies.some((a) => a.id === keep) ? keep : NEW;
    this.show();
  }

  /** Chooses agency `id` (from the outline); false when the plan has none of that id. */
  choose(id: string): boolean {
    this.fill(id);
    return this.el<HTMLSelectElement>('a-id').value === id;
  }

  /**
   * While a new agency's name is typed: the people's committees of the country's units that match
   * (units registry); choosing one fills the level and the kind.
   */
  private async suggest(): Promise<void> {
    if (this.el<HTMLSelectElement>('a-id').value !== NEW) return;
    const typed = this.field('name').value;
    const { unitNames } = await import('./unit-names.js');
    const names = await unitNames(typed);
    if (this.field('name').value !== typed) return;
    const list = this.el<HTMLDataListElement>('a-unit-names');
    list.replaceChildren(...names.map((n) => Object.assign(new Option(n.where, n.name), { label: n.where })));
    const chosen = names.find((n) => n.name === typed);
    if (chosen) {
      if (!this.field('level').value) this.field('level').value = chosen.level;
      if (!this.field('kind').value) this.field('kind').value = 'ubnd';
    }
  }

  private show(): void {
    const id = this.el<HTMLSelectElement>('a-id').value;
    const a = this.agencies.find((x) => x.id === id) ?? { id: '', name: '', shortName: '', level: '', kind: '', aliases: '' };
    for (const f of FIELDS) this.field(f).value = a[f];
    this.el('a-delete').hidden = !id;
    this.el('a-save').textContent = id ? 'Ghi cơ quan' : 'Thêm cơ quan';
  }

  private save(): void {
    const id = this.el<HTMLSelectElement>('a-id').value;
    const fields = Object.fromEntries(FIELDS.map((f) => [f, this.field(f).value])) as unknown as AgencyFields;
    if (!fields.name.trim()) return this.say('Hãy nhập tên đầy đủ của cơ quan.', true);
    try {
      const text = this.getText();
      const key = id || newAgencyId(fields.name, this.data());
      if (!this.setText(setValue(text, ['agencies', key], agencyValue({ ...fields, id: key })))) return;
      this.fill(key);
      this.say(id ? `Đã ghi cơ quan “${fields.name.trim()}”.` : `Đã thêm cơ quan “${fields.name.trim()}” (mã ${key}): chọn được làm cơ quan chủ trì, phối hợp.`);
    } catch (e) {
      this.say(e instanceof Error ? e.message : String(e), true);
    }
  }

  private remove(): void {
    const id = this.el<HTMLSelectElement>('a-id').value;
    if (!id) return;
    try {
      const uses = agencyUses(this.data(), id);
      if (uses.length) {
        const where = uses.slice(0, 3).join(', ') + (uses.length > 3 ? ` và ${uses.length - 3} chỗ khác` : '');
        return this.say(`Không xóa cơ quan “${id}”: kế hoạch còn nêu nó ở ${uses.length} chỗ (${where}). Đổi các chỗ đó trước.`, true);
      }
      if (!this.setText(setValue(this.getText(), ['agencies', id], undefined))) return;
      this.fill(NEW);
      this.say(`Đã xóa cơ quan “${id}” (Ctrl+Z để hoàn tác).`);
    } catch (e) {
      this.say(e instanceof Error ? e.message : String(e), true);
    }
  }
}
