/**
 * Forms for those who never touch YAML: the header (issuer, number, date, title), the signature and
 * the recipients. Filled from the current text; "Ghi vào YAML" writes only the fields that changed,
 * each in place (comments and layout elsewhere untouched).
 */
import { parse } from 'yaml';
import { authorityLine, notAuthority, parseAuthority, type Authority } from './authority.js';
import { setValue } from './yaml-text-edit.js';

type Path = Array<string | number>;

/** One field of the forms: where it lives in the plan and how it reads and writes. */
export interface Field {
  id: string;
  path: Path;
  /** Keys after which a missing key is inserted. */
  after?: string[];
  read(v: unknown): string;
  write(s: string): unknown;
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const text = (s: string) => s.trim() || undefined;
const lines = (v: unknown) => (Array.isArray(v) ? v.map(str).join('\n') : str(v));
const toLines = (s: string) => {
  const l = s.split('\n').map((x) => x.trim()).filter(Boolean);
  return l.length ? l : undefined;
};

/** A recipient as one line: `Tên (mục đích)`, or `@ma-co-quan (mục đích)` for a declared agency. */
export function recipientLine(r: { name?: string; agency?: string; purpose?: string }): string {
  return `${r.agency && !r.name ? `@${r.agency}` : (r.name ?? '')}${r.purpose ? ` (${r.purpose})` : ''}`;
}

/** The inverse of `recipientLine`. */
export function parseRecipient(line: string): { name?: string; agency?: string; purpose?: string } {
  const m = /^(.*?)\s*(?:\(([^()]*)\))?\s*$/.exec(line.trim())!;
  const who = m[1]!.trim();
  return { ...(who.startsWith('@') ? { agency: who.slice(1) } : { name: who }), ...(m[2] ? { purpose: m[2].trim() } : {}) };
}

/** The header form's fields: where each lives in the plan, where a missing one goes, how it reads and writes. */
export const HEADER_FIELDS: readonly Field[] = [
  { id: 'f-issuer-name', path: ['issuer', 'name'], read: str, write: text },
  { id: 'f-issuer-abbreviation', path: ['issuer', 'abbreviation'], read: str, write: text },
  { id: 'f-issuer-place', path: ['issuer', 'place'], read: str, write: text },
  { id: 'f-number', path: ['number'], after: ['kind', 'issuer'], read: str, write: (s) => (s.trim() ? Number(s) : undefined) },
  { id: 'f-date', path: ['date'], after: ['issuer', 'number'], read: str, write: text },
  { id: 'f-title', path: ['title'], after: ['issuer', 'number', 'date'], read: str, write: text },
  {
    id: 'f-sign-authority',
    path: ['signature', 'authority'],
    read: (v) => (Array.isArray(v) ? v.map((a) => (a && typeof a === 'object' ? authorityLine(a as Authority) : str(a))).join('\n') : ''),
    write: (s) =>
      toLines(s)?.map((l) => {
        const a = parseAuthority(l);
        if (!a) throw new Error(notAuthority(l));
        return a;
      }),
  },
  { id: 'f-sign-titles', path: ['signature', 'titles'], after: ['authority'], read: lines, write: toLines },
  { id: 'f-sign-name', path: ['signature', 'name'], after: ['authority', 'titles'], read: str, write: text },
  {
    id: 'f-recipients',
    path: ['recipients', 'to'],
    read: (v) => (Array.isArray(v) ? v.map((r) => recipientLine(r as Record<string, string>)).join('\n') : ''),
    write: (s) => toLines(s)?.map(parseRecipient),
  },
  { id: 'f-archive', path: ['recipients', 'archive'], after: ['to'], read: str, write: text },
];

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), data);
}

/** The forms panel, bound to the editor's text. */
export class Forms {
  private loaded = new Map<string, string>();

  constructor(
    private readonly form: HTMLFormElement,
    private readonly getText: () => string,
    private readonly setText: (t: string) => boolean,
    private readonly say: (message: string, bad?: boolean) => void,
  ) {
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.apply();
    });
  }

  private input(id: string): HTMLInputElement | HTMLTextAreaElement {
    return this.form.querySelector(`#${id}`)!;
  }

  /** Fills the fields from the current text. */
  fill(): void {
    let data: unknown;
    try {
      data = parse(this.getText());
    } catch {
      this.say('YAML đang có lỗi cú pháp: sửa lỗi đó trong trình soạn thảo trước khi dùng biểu mẫu.', true);
      return;
    }
    const joint = Array.isArray(valueAt(data, ['signature']));
    for (const f of HEADER_FIELDS) {
      const v = f.read(valueAt(data, f.path));
      const el = this.input(f.id);
      el.value = v;
      el.disabled = joint && f.path[0] === 'signature';
      this.loaded.set(f.id, v);
    }
    this.form.querySelector('#f-joint')!.toggleAttribute('hidden', !joint);
  }

  /** Writes the changed fields into the YAML. */
  apply(): void {
    let t = this.getText();
    const changed: string[] = [];
    try {
      for (const f of HEADER_FIELDS) {
        const el = this.input(f.id);
        if (el.disabled || el.value === this.loaded.get(f.id)) continue;
        t = setValue(t, f.path, f.write(el.value), f.after);
        changed.push(this.form.querySelector(`label[for="${f.id}"]`)?.textContent ?? f.id);
      }
    } catch (e) {
      this.say(e instanceof Error ? e.message : String(e), true);
      return;
    }
    if (!changed.length) return this.say('Không có thay đổi nào để ghi.');
    if (!this.setText(t)) return;
    this.fill();
    this.say(`Đã ghi vào YAML: ${changed.join(', ')}.`);
  }
}
