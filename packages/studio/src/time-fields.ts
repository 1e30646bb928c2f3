/**
 * The time fields of the duty form: the kind of time, then the fields that kind needs (a date, two
 * dates, a spoken period, a recurrence), and beside them the words the plan will print for them
 * (time-model.ts `timeWords`, nd30's wording), updated as the clerk changes a field.
 */
import { timeWords, type EveryFields, type PeriodFields, type PeriodUnit, type TimeFields, type TimeKind } from './time-model.js';

const DATED: TimeKind[] = ['on', 'before', 'by', 'range'];
const PERIOD: TimeKind[] = ['within', 'by-period', 'before-period'];
const ROMAN = ['I', 'II', 'III', 'IV'];

/** The choices of the period's number for each unit, and the field's label. */
const NUMBERS: Record<PeriodUnit, { label: string; options: Array<[string, string]> }> = {
  month: { label: 'Tháng', options: Array.from({ length: 12 }, (_, i) => [String(i + 1), `Tháng ${i + 1}`]) },
  quarter: { label: 'Quý', options: ROMAN.map((r, i) => [String(i + 1), `Quý ${r}`]) },
  half: { label: 'Nửa năm', options: [['1', '6 tháng đầu năm'], ['2', '6 tháng cuối năm']] },
  year: { label: '', options: [] },
  schoolYear: { label: '', options: [] },
};

/** The duty form's time fields, read and written as {@link TimeFields}. */
export class TimeFieldset {
  /** The time as written, for a kind the form keeps (`other`). */
  private raw: unknown;

  constructor(private readonly form: HTMLFormElement) {
    const update = () => this.show();
    for (const id of ['d-time-kind', 'd-period-unit', 'd-every']) this.el(id).addEventListener('change', update);
    this.el('d-period').addEventListener('input', () => this.words());
    this.el('d-recurrence').addEventListener('input', () => this.words());
    this.el('d-period').addEventListener('change', () => this.words());
    this.el('d-recurrence').addEventListener('change', () => this.words());
    for (const id of ['d-date', 'd-date-to']) this.el(id).addEventListener('input', () => this.words());
  }

  private el<T extends HTMLElement = HTMLInputElement>(id: string): T {
    return this.form.querySelector<T>(`#${id}`)!;
  }

  private value(id: string): string {
    return this.el<HTMLInputElement | HTMLSelectElement>(id).value;
  }

  private set(id: string, v: string): void {
    this.el<HTMLInputElement | HTMLSelectElement>(id).value = v;
  }

  /** Shows a task's time (the time as written kept for `other`). */
  write(f: TimeFields, raw: unknown): void {
    this.raw = raw;
    this.set('d-time-kind', f.kind);
    this.set('d-date', f.date);
    this.set('d-date-to', f.to);
    const p: PeriodFields = f.period ?? { unit: 'quarter', n: '', year: '' };
    this.set('d-period-unit', p.unit);
    this.numbers(p.unit);
    this.set('d-period-n', p.n || (NUMBERS[p.unit].options[0]?.[0] ?? ''));
    this.set('d-period-year', p.year);
    const e: EveryFields = f.every ?? { every: 'month', day: '', weekday: '', month: '', dueKind: 'before' };
    this.set('d-every', e.every);
    this.set('d-weekday', e.weekday);
    this.set('d-day', e.day);
    this.set('d-every-month', e.month);
    this.set('d-due-kind', e.dueKind);
    this.show();
  }

  /** The fields as the form holds them now. */
  read(): TimeFields {
    const kind = this.value('d-time-kind') as TimeKind;
    const unit = this.value('d-period-unit') as PeriodUnit;
    return {
      kind,
      date: this.value('d-date'),
      to: this.value('d-date-to'),
      ...(PERIOD.includes(kind) ? { period: { unit, n: this.value('d-period-n'), year: this.value('d-period-year') } } : {}),
      ...(kind === 'every'
        ? { every: { every: this.value('d-every') as EveryFields['every'], day: this.value('d-day'), weekday: this.value('d-weekday'), month: this.value('d-every-month'), dueKind: this.value('d-due-kind') as 'before' | 'by' } }
        : {}),
    };
  }

  /** The choices of the period's number for a unit (hidden for a year or a school year). */
  private numbers(unit: PeriodUnit): void {
    const select = this.el<HTMLSelectElement>('d-period-n');
    const keep = select.value;
    const { label, options } = NUMBERS[unit];
    select.replaceChildren(...options.map(([v, t]) => new Option(t, v)));
    if (options.some(([v]) => v === keep)) select.value = keep;
    select.previousElementSibling!.textContent = label;
    select.parentElement!.hidden = !options.length;
  }

  /** Shows the fields the kind of time needs, and the printed words. */
  private show(): void {
    const kind = this.value('d-time-kind') as TimeKind;
    const every = this.value('d-every');
    this.el('d-date').closest('.date-field')!.toggleAttribute('hidden', !DATED.includes(kind));
    this.el('d-date-to').closest('.date-field')!.toggleAttribute('hidden', kind !== 'range');
    this.el('d-date').previousElementSibling!.textContent = kind === 'range' ? 'Từ ngày' : 'Ngày';
    this.el('d-period').hidden = !PERIOD.includes(kind);
    this.numbers(this.value('d-period-unit') as PeriodUnit);
    this.el('d-recurrence').hidden = kind !== 'every';
    this.el('d-recurrence').querySelectorAll<HTMLElement>('[data-for]').forEach((d) => {
      d.hidden = d.dataset.for === 'week' ? every !== 'week' : d.dataset.for === 'year' ? every !== 'year' : every === 'week';
    });
    this.words();
  }

  /** The words the plan will print for the fields, or what is missing. */
  private words(): void {
    const { words, ok } = timeWords(this.read(), this.raw);
    const out = this.el<HTMLOutputElement>('d-time-words');
    out.textContent = words;
    out.className = ok ? '' : 'bad';
  }
}
