/**
 * The page preview: the printed document laid out on A4 pages with Decree 30 margins (top and bottom
 * 20 mm, left 30 mm, right 15 mm) and Times New Roman 14 pt. Blocks are measured once in a hidden
 * column of the page's text width, then dealt onto pages; a block taller than a page gets a page of
 * its own. Clicking a paragraph jumps to its line in the YAML.
 */
import type { PreviewBlock, PreviewDoc } from './protocol.js';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function el(tag: string, className: string, html = ''): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  e.innerHTML = html;
  return e;
}

function headerBlock(d: PreviewDoc): HTMLElement {
  const h = d.header;
  const left = [
    ...h.parent.map((l) => `<div>${esc(l)}</div>`),
    ...h.issuer.map((l) => `<div><b>${esc(l)}</b></div>`),
    '<div class="rule short"></div>',
    `<div class="number">${esc(h.numberLine)}</div>`,
    ...h.subject.map((l) => `<div class="subject">${esc(l)}</div>`),
  ].join('');
  const right = [
    `<div><b>${esc(h.nation)}</b></div>`,
    `<div class="motto"><b>${esc(h.motto)}</b></div>`,
    '<div class="rule motto-rule"></div>',
    `<div class="date"><i>${esc(h.dateLine)}</i></div>`,
  ].join('');
  return el('div', 'doc-header', `<div class="issuer">${left}</div><div class="nation">${right}</div>`);
}

function titleBlock(d: PreviewDoc): HTMLElement | undefined {
  if (!d.titleLines.length && !d.addressees.length) return undefined;
  const title = d.titleLines.map((l) => `<div><b>${esc(l)}</b></div>`).join('');
  const to = d.addressees.length ? `<div class="addressees">Kính gửi: ${d.addressees.map((a) => `<div>${esc(a)}</div>`).join('')}</div>` : '';
  return el('div', 'doc-title', `${title}${d.titleLines.length ? '<div class="rule title-rule"></div>' : ''}${to}`);
}

function bodyBlock(b: PreviewBlock): HTMLElement {
  const e = b.kind === 'table' ? el('div', `doc-table${b.landscape ? ' landscape' : ''}`, b.html) : el('p', `doc-p r-${b.role} d-${Math.min(b.depth, 4)}`, b.html);
  if (b.line) {
    e.dataset.line = String(b.line);
    e.title = `Dòng ${b.line} — bấm để tới chỗ này trong YAML`;
  }
  return e;
}

function signatureBlock(d: PreviewDoc): HTMLElement {
  const rec = d.recipients
    ? `<div class="recipients"><div class="rec-head"><b><i>${esc(d.recipients.heading)}</i></b></div>${d.recipients.lines.map((l) => `<div>${esc(l)}</div>`).join('')}</div>`
    : '<div class="recipients"></div>';
  const sigs = d.signatures
    .map((s) => `<div class="signature">${s.lines.map((l) => `<div><b>${esc(l)}</b></div>`).join('')}<div class="sign-space"></div><div><b>${esc(s.name)}</b></div></div>`)
    .join('');
  return el('div', 'doc-signature', `${rec}<div class="signatures">${sigs}</div>`);
}

/** The blocks of the document, in order, each appendix starting a new page. */
function blocks(d: PreviewDoc): Array<{ node: HTMLElement; newPage?: boolean }> {
  const out: Array<{ node: HTMLElement; newPage?: boolean }> = [{ node: headerBlock(d) }];
  const t = titleBlock(d);
  if (t) out.push({ node: t });
  d.body.forEach((b) => out.push({ node: bodyBlock(b) }));
  out.push({ node: signatureBlock(d) });
  for (const a of d.appendices) {
    out.push({ node: el('div', 'doc-appendix-head', `<div><b>${esc(a.heading)}</b></div><div><b>${esc(a.title)}</b></div><div><i>${esc(a.attached)}</i></div>`), newPage: true });
    a.body.forEach((b) => out.push({ node: bodyBlock(b) }));
  }
  return out;
}

/** Lays the document out as pages inside `host` and returns how many pages it made. */
export function renderPages(host: HTMLElement, d: PreviewDoc): number {
  const measure = el('div', 'page measure');
  const body = el('div', 'page-body');
  measure.append(body);
  document.body.append(measure);
  const list = blocks(d);
  list.forEach((b) => body.append(b.node));
  const limit = body.clientHeight;
  const tops = list.map((b) => b.node.offsetTop);
  const bottoms = list.map((b) => b.node.offsetTop + b.node.offsetHeight);
  const pages: HTMLElement[][] = [];
  let start = 0;
  let current: HTMLElement[] = [];
  list.forEach((b, i) => {
    const tooTall = bottoms[i]! - tops[start]! > limit;
    if (current.length && (b.newPage || tooTall)) {
      pages.push(current);
      current = [];
      start = i;
    }
    current.push(b.node);
  });
  if (current.length) pages.push(current);
  measure.remove();
  const frag = document.createDocumentFragment();
  pages.forEach((nodes, i) => {
    const page = el('section', 'page');
    page.setAttribute('aria-label', `Trang ${i + 1}`);
    if (i > 0) page.append(el('div', 'page-number', String(i + 1)));
    const pb = el('div', 'page-body');
    pb.append(...nodes);
    page.append(pb);
    frag.append(page);
  });
  host.replaceChildren(frag);
  return pages.length;
}
