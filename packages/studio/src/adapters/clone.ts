/**
 * Cloning the open plan for a lower unit (`clonePlan` of the `kehoach` package) in the worker, and
 * how well the unit's plan covers the parent's tasks that fall to it (`tracePlan`).
 */
import { clonePlan, loadPlan, tracePlan, type Plan, type UnitProfile } from 'kehoach';
import type { CloneReply, UnitForm } from '../protocol.js';

/** The unit profile of the form, as `schemas/unit.schema.json` has it. */
export function profileOf(u: UnitForm): UnitProfile {
  const signature = { ...(u.signer.authority.length ? { authority: u.signer.authority } : {}), titles: u.signer.titles, name: u.signer.name };
  return {
    unit: {
      name: u.name, abbreviation: u.abbreviation, place: u.place, level: u.level, scope: u.scope, kind: u.kind,
      ...(u.headerLines.length ? { headerLines: u.headerLines } : {}),
    },
    ...(u.signer.name || u.signer.titles.length ? { signature: signature } : {}),
  };
}

/** Clones `parent` for the unit; the child is loaded back to measure its coverage. */
export function cloneFor(seq: number, parent: Plan, unit: UnitForm): CloneReply {
  const r = clonePlan(parent, profileOf(unit));
  if (!r.yaml) return { type: 'cloned', seq, diagnostics: r.diagnostics };
  const child = loadPlan(r.yaml, { file: 'ke-hoach-don-vi.yaml' });
  if (!child.plan) return { type: 'cloned', seq, yaml: r.yaml, diagnostics: [...r.diagnostics, ...child.diagnostics] };
  const t = tracePlan(child.plan, parent);
  return {
    type: 'cloned', seq, yaml: r.yaml, diagnostics: r.diagnostics,
    coverage: { covered: t.covered.length, notCovered: t.notCovered.map((x) => ({ ref: x.ref, text: x.text })), unclassified: t.unclassified.length, ratio: t.coverage },
  };
}
