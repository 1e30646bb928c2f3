/**
 * The form that clones the open plan for a lower unit: the unit's profile (name, level, xã or
 * phường, place, scope, abbreviation, signer) in, the unit's own plan out as a new document, with
 * how many of the parent's tasks that fall to the unit it carries.
 */
import { notAuthority, parseAuthority, type Authority } from './authority.js';
import type { CloneReply, UnitForm } from './protocol.js';

const lines = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);

/** Reads the unit profile from the form's fields; a sentence when something is missing or wrong. */
export function readUnitForm(form: HTMLFormElement): UnitForm | string {
  const v = (id: string) => (form.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`#${id}`)?.value ?? '').trim();
  const authority: Authority[] = [];
  for (const l of lines(v('u-authority'))) {
    const a = parseAuthority(l);
    if (!a) return notAuthority(l);
    authority.push(a);
  }
  return {
    name: v('u-name'),
    level: v('u-level') as UnitForm['level'],
    kind: v('u-kind') as UnitForm['kind'],
    place: v('u-place'),
    scope: v('u-scope'),
    abbreviation: v('u-abbreviation'),
    headerLines: lines(v('u-header')),
    signer: { authority, titles: lines(v('u-titles')), name: v('u-signer') },
  };
}

/** Writes what cloning gave into `host`: the coverage and the tasks left out, or why it failed. */
export function renderCloneResult(host: HTMLElement, r: CloneReply): void {
  const p = (text: string, cls = '') => Object.assign(document.createElement('p'), { textContent: text, className: cls });
  const out: HTMLElement[] = [];
  if (!r.yaml) out.push(p(`Không nhân bản được: ${r.diagnostics.map((d) => d.message).join(' ')}`, 'bad'));
  if (r.coverage) {
    const c = r.coverage;
    const total = c.covered + c.notCovered.length + c.unclassified;
    out.push(p(`Độ phủ: ${c.covered}/${total} nhiệm vụ của cấp trên thuộc về đơn vị (${Math.round(c.ratio * 100)} %).`, c.ratio === 1 ? 'ok' : ''));
    if (c.unclassified) out.push(p(`${c.unclassified} nhiệm vụ không rõ cơ quan nào thực hiện: xem lại ở kế hoạch cấp trên.`, 'note'));
    if (c.notCovered.length) {
      const ul = document.createElement('ul');
      for (const t of c.notCovered) ul.append(Object.assign(document.createElement('li'), { textContent: `${t.ref}: ${t.text}` }));
      out.push(p('Chưa mang sang:'), ul);
    }
  }
  const warnings = r.yaml ? r.diagnostics.filter((d) => d.severity !== 'info') : [];
  if (warnings.length) {
    const ul = document.createElement('ul');
    for (const d of warnings) ul.append(Object.assign(document.createElement('li'), { textContent: d.message, className: 'note' }));
    out.push(ul);
  }
  host.replaceChildren(...out);
}
