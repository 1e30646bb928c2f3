/** Turns the printed document (`printDocument`) into HTML pieces for the page preview; runs in the worker. */
import { parseInline, type DocBlock, type Plan, type PrintedDocument } from 'kehoach';
import { docxFrames } from './docx-frames.js';
import { firstSpreadStarts } from './lo-first-spread.js';
import type { PreviewBlock, PreviewDoc } from './protocol.js';

/** Escapes text for HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Inline markdown (`**đậm**`, `*nghiêng*`, line breaks) as safe HTML. */
export function inlineHtml(md: string): string {
  return parseInline(md)
    .map((r) => {
      if ('break' in r) return '<br>';
      let h = escapeHtml(r.text);
      if (r.italic) h = `<i>${h}</i>`;
      if (r.bold) h = `<b>${h}</b>`;
      return h;
    })
    .join('');
}

function block(b: DocBlock, line: (path?: string) => number | undefined): PreviewBlock {
  if (b.role === 'table') {
    const t = b.table;
    // A list table's cells are plain text; other tables' cells are inline markdown.
    const cellHtml = b.list ? escapeHtml : inlineHtml;
    const cols = t.widths.map((w) => `<col style="width:${(w * 100).toFixed(2)}%">`).join('');
    const rows = (rs: typeof t.rows, cell: 'th' | 'td') =>
      rs
        .map((r) => {
          const cells = r.cells
            .filter((c) => !c.continued)
            .map((c) => {
              const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
              // Aligned as the DOCX aligns them: a list's cells centred, a table's header centred and long text justified.
              const align = c.align ?? (b.list || cell === 'th' ? 'center' : c.paragraphs.join('').length > 40 ? 'justify' : 'left');
              const style = ` style="text-align:${align}"`;
              // One block per paragraph of the cell (the DOCX gives each its own spacing).
              const inner = (c.paragraphs.length ? c.paragraphs : ['']).map((x) => `<div class="cp">${cellHtml(x) || '&nbsp;'}</div>`).join('');
              return `<${cell}${span}${style}>${c.bold ? `<b>${inner}</b>` : inner}</${cell}>`;
            })
            .join('');
          return `<tr${r.group ? ' class="group"' : ''}>${cells}</tr>`;
        })
        .join('');
    return {
      kind: 'table',
      landscape: t.landscape,
      list: !!b.list,
      line: line(b.path),
      ...(b.path ? { path: b.path } : {}),
      ...(t.title ? { caption: inlineHtml(t.title) } : {}),
      html: `<table class="${b.list ? 'list' : 'grid'}" style="font-size:${t.fontSize}pt"><colgroup>${cols}</colgroup><thead>${rows(t.header, 'th')}</thead><tbody>${rows(t.rows, 'td')}</tbody></table>`,
    };
  }
  const label = b.label ? `${escapeHtml(b.label)} ` : '';
  const heading = b.role === 'part' || b.role === 'section';
  let html: string;
  // Nghị định 30: “Phần I”, then its title on the next line (as the DOCX breaks it).
  if (b.role === 'part') html = `<b>${escapeHtml(b.label)}<br>${inlineHtml(b.title ?? b.text ?? '')}</b>`;
  else if (b.title && b.text) html = b.inline ? `${label}<b>${inlineHtml(b.title)}</b>: ${inlineHtml(b.text)}` : `<b>${label}${inlineHtml(b.title)}</b><br>${inlineHtml(b.text)}`;
  else if (b.title) html = `<b>${label}${inlineHtml(b.title)}</b>`;
  else html = `${heading ? `<b>${label}` : label}${inlineHtml(b.text ?? '')}${heading ? '</b>' : ''}`;
  return { kind: 'p', role: b.role, depth: b.depth, html, line: line(b.path), ...(b.path ? { path: b.path } : {}) };
}

/** The preview of a printed document; `plan.source.map` gives each block's line, for jumping to the text. */
export function previewDoc(doc: PrintedDocument, plan: Plan): PreviewDoc {
  const line = (path?: string) => (path ? plan.source.map[path]?.[0] : undefined);
  const h = doc.header;
  return {
    header: { parent: h.parentLines, issuer: h.issuerLines, nation: h.nation, motto: h.motto, numberLine: h.numberLine, dateLine: h.dateLine, subject: h.subjectLines },
    titleLines: doc.titleLines,
    addressees: doc.addressees,
    body: doc.body.map((b) => block(b, line)),
    signatures: doc.signatures,
    ...(doc.recipients ? { recipients: doc.recipients } : {}),
    appendices: doc.appendices.map((a) => ({ heading: a.heading, title: a.title, attached: a.attached, landscape: a.landscape, body: a.body.map((b) => block(b, line)) })),
    spreadStarts: Object.fromEntries(firstSpreadStarts(docxFrames(doc) ?? [])),
  };
}
