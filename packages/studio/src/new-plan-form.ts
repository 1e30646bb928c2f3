/**
 * “Kế hoạch mới”: a dialog asking for the unit (xã, phường, tỉnh, sở, trường), its name and what that
 * kind of unit needs besides (a sở's province, a school's managing body); the blank plan is made in
 * the worker by kehoach's `newPlan` and opens as a new document.
 */
import type { NewPlanForm, NewPlanReply } from './protocol.js';

const MISSING: Record<string, string> = { name: 'Hãy nhập tên đơn vị.', province: 'Sở cần tên tỉnh.', parent: 'Trường cần tên cơ quan quản lý.' };

/** The wired dialog: opened by its button, or by the start screen with the unit kind chosen. */
export interface NewPlanDialog {
  open(unit?: string): void;
}

/** Wires the dialog: `make` asks the worker, `opened` receives the blank plan's YAML and a file name. */
export function newPlanDialog(dialog: HTMLDialogElement, opener: HTMLElement, make: (o: NewPlanForm) => Promise<NewPlanReply>, opened: (yaml: string, name: string) => void): NewPlanDialog {
  const form = dialog.querySelector('form')!;
  const $ = <T extends HTMLElement = HTMLInputElement>(id: string) => form.querySelector<T>(`#${id}`)!;
  const unit = $<HTMLSelectElement>('np-unit');
  const sync = () => {
    form.querySelector('.np-province')!.toggleAttribute('hidden', unit.value !== 'so');
    form.querySelector('.np-parent')!.toggleAttribute('hidden', unit.value !== 'truong');
  };
  unit.addEventListener('change', sync);
  const open = (kind?: string) => {
    if (kind && [...unit.options].some((o) => o.value === kind)) unit.value = kind;
    sync();
    $('np-year').value ||= String(new Date().getFullYear());
    $('np-error').textContent = '';
    dialog.showModal();
    $('np-name').focus();
  };
  opener.addEventListener('click', () => open());
  $('np-cancel').addEventListener('click', () => dialog.close());
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = (id: string) => $(id).value.trim();
    const options: NewPlanForm = {
      unit: unit.value as NewPlanForm['unit'],
      name: v('np-name'),
      ...(unit.value === 'so' && v('np-province') ? { province: v('np-province') } : {}),
      ...(unit.value === 'truong' && v('np-parent') ? { parent: v('np-parent') } : {}),
      ...(Number(v('np-year')) ? { year: Number(v('np-year')) } : {}),
    };
    const r = await make(options);
    if (!r.yaml) {
      $('np-error').textContent = r.missing.map((m) => MISSING[m]).join(' ') || 'Không tạo được kế hoạch.';
      return;
    }
    dialog.close();
    const slug = options.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    opened(r.yaml, `ke-hoach-${slug || 'moi'}-${options.year ?? new Date().getFullYear()}.yaml`);
  });
  return { open };
}
