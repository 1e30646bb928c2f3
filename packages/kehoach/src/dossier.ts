import { composeDossier, hasErrors, type Diagnostic, type Plan } from '@kehoach/core';
import { renderDocx, type DocxRenderOptions } from './api.js';

/** One document of a rendered dossier. */
export interface DossierFile {
  /** The file name: `1-to-trinh.docx`, `2-quyet-dinh.docx`, `3-ke-hoach.docx`, `4-cong-van.docx`. */
  name: string;
  /** The dossier key it was made from (`submission`, `decision`, `dispatch`), or `plan` for the plan itself. */
  key: string;
  /** Its document kind's id. */
  kind: string;
  /** The document as a plan of its kind (what was rendered); none when it did not load. */
  plan?: Plan;
  /** The DOCX; none when the document or its rendering had errors. */
  docx?: Uint8Array;
}

/** What `renderDossier` gives: every document, and every diagnostic of composing and rendering them. */
export interface DossierResult {
  files: DossierFile[];
  diagnostics: Diagnostic[];
}

/**
 * The whole dossier of a plan from its `dossier` block, as DOCX: the Tờ trình (`dossier.submission`),
 * the Quyết định ban hành (`dossier.decision`), the plan itself (attached to the decision when there is
 * one), the công văn (`dossier.dispatch`) — and any kind a portal registered with a `compose` hook —
 * in dossier order, each citing the documents before it from the same data. Pure; the CLI's `kehoach
 * dossier` writes the files.
 *
 * @example
 * const { files } = renderDossier(plan);
 * for (const f of files) if (f.docx) writeFileSync(`ho-so/${f.name}`, f.docx);
 */
export function renderDossier(plan: Plan, options: DocxRenderOptions = {}): DossierResult {
  const diagnostics: Diagnostic[] = [];
  const files = composeDossier(plan).documents.map((d): DossierFile => {
    diagnostics.push(...d.diagnostics);
    const file: DossierFile = { name: `${d.name}.docx`, key: d.key, kind: d.kind, ...(d.plan ? { plan: d.plan } : {}) };
    if (!d.plan || hasErrors(d.diagnostics)) return file;
    const r = renderDocx(d.plan, options);
    diagnostics.push(...r.diagnostics);
    return r.docx ? { ...file, docx: r.docx } : file;
  });
  return { files, diagnostics };
}
