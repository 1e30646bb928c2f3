/**
 * The page preview: the printed document laid out on A4 pages as the DOCX prints them (Decree 30
 * margins: top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 14 pt at the template's
 * spacing). Each block is measured once in a hidden column of the page's text width, the pages are
 * broken by `layoutPages` (lines, widows and orphans, headings kept with what follows, table rows),
 * and each piece is painted at its place: a paragraph split between pages shows its first lines at
 * the foot of one page and the rest at the top of the next, as in Word and LibreOffice. Clicking a
 * paragraph jumps to its line in the YAML (and opens its form).
 */
import { blockKey } from './docx-frames.js';
import { layoutPages, type FlowItem, type LaidPage } from './page-layout.js';
import type { PreviewBlock, PreviewDoc } from './protocol.js';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Points in CSS pixels. */
const PT = 96 / 72;
/** The template's body paragraphs: 6 pt after (line spacing is in the stylesheet: 1.1 × single). */
const AFTER = 6 * PT;
/** Text area heights (A4 less the margins): portrait 297 − 2 × 20 mm; landscape 210 − 30 − 20 mm. */
const GEOMETRY = { portrait: (257 * 96) / 25.4, landscape: (160 * 96) / 25.4 };

function el(tag: string, className: string, html = ''): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  e.innerHTML = html;
  return e;
}

const lines = (list: string[], cls: string) => list.map((l) => `<div class="${cls}">${esc(l) || '&nbsp;'}</div>`).join('');

/** Page 1's header, type line, title and Kính gửi: the template's two-column table and what follows it. */
function frontMatter(d: PreviewDoc): HTMLElement {
  const h = d.header;
  const left = `${lines(h.parent, 'h13')}${lines(h.issuer, 'h13 b')}<div class="doc-rule issuer-rule"></div>`;
  const right = `<div class="h13 b">${esc(h.nation)}</div><div class="h14 b">${esc(h.motto)}</div><div class="doc-rule motto-rule"></div>`;
  const number = `<div class="h13">${esc(h.numberLine)}</div>${lines(h.subject, 'h12')}`;
  const date = `<div class="h14 i">${esc(h.dateLine)}</div>`;
  const table = `<div class="front-row"><div class="front-left">${left}</div><div class="front-right">${right}</div></div>` +
    `<div class="front-row"><div class="front-left">${number}</div><div class="front-right">${date}</div></div>`;
  const title = d.titleLines.length
    ? `<div class="type-line h14 b">${esc(d.titleLines[0]!)}</div><div class="h14 b">${d.titleLines.slice(1).map(esc).join('<br>')}</div><div class="doc-rule title-rule"></div>`
    : '';
  const to = d.addressees.length
    ? `<div class="kinh-gui h14">Kính gửi:</div>${d.addressees.map((a) => `<div class="addressee h14">- ${esc(a)};</div>`).join('')}<div class="h14 after6">&nbsp;</div>`
    : '';
  return el('div', 'doc-front', table + title + to);
}

function bodyNode(b: PreviewBlock): HTMLElement {
  const e = b.kind === 'table' ? el('div', `doc-table${b.landscape ? ' landscape' : ''}`, b.html) : el('p', `doc-p r-${b.role}`, b.html);
  if (b.line) {
    e.dataset.line = String(b.line);
    e.title = `Dòng ${b.line} — bấm để sửa chỗ này`;
  }
  if (b.path) e.dataset.path = b.path;
  return e;
}

/** The signature table: Nơi nhận on the left, the signer on the right (several signers side by side). */
function signatureBlock(d: PreviewDoc): HTMLElement {
  const rec = d.recipients
    ? `<div class="rec-head">${esc(d.recipients.heading)}</div>${d.recipients.lines.map((l) => `<div class="rec-line">${esc(l)}</div>`).join('')}`
    : '';
  const sigs = d.signatures
    .map((s) => `<div class="signature">${lines(s.lines, 'h14 b')}<div class="sign-space"></div><div class="h14 b">${esc(s.name) || '&nbsp;'}</div></div>`)
    .join('');
  return el('div', 'doc-signature', `<div class="recipients">${rec}</div><div class="signatures">${sigs}</div>`);
}

/** A block to lay out: its node and how it flows. */
interface Block {
  node: HTMLElement;
  flow: FlowItem;
  /** A paragraph's line height (px), to show a range of its lines. */
  lineHeight?: number;
}

const KEEP = new Set(['part', 'section', 'khoan']);

/** Measures a body block placed in the measuring column. */
function measureBody(b: PreviewBlock, node: HTMLElement, last: boolean): Block {
  if (b.kind === 'table') {
    const height = (r: Element) => r.getBoundingClientRect().height;
    const head = [...node.querySelectorAll('thead tr')].map(height);
    const rows = [...node.querySelectorAll('tbody tr')].map(height);
    // The DOCX follows each table with an empty 14 pt paragraph.
    return { node, flow: { type: 'table', header: head, rows, before: 0, after: 16.1 * PT } };
  }
  const lineHeight = parseFloat(getComputedStyle(node).lineHeight);
  const n = Math.max(1, Math.round(node.getBoundingClientRect().height / lineHeight));
  const keep = KEEP.has(b.role) || last;
  return { node, lineHeight, flow: { type: 'para', lines: n, lineHeight, before: b.role === 'part' ? 6 * PT : 0, after: AFTER, keepNext: keep, keepLines: keep } };
}

/** Measures a table's caption: a bold centred paragraph, 6 pt before and after, kept with the table. */
function captionBlock(node: HTMLElement): Block {
  const lineHeight = parseFloat(getComputedStyle(node).lineHeight);
  const lines = Math.max(1, Math.round(node.getBoundingClientRect().height / lineHeight));
  return { node, lineHeight, flow: { type: 'para', lines, lineHeight, before: 6 * PT, after: 6 * PT, keepNext: true, keepLines: true } };
}

const box = (node: HTMLElement, keepNext = false, after = 0): Block => ({
  node,
  flow: { type: 'box', height: node.getBoundingClientRect().height, before: 0, after, keepNext },
});

/** Every block of the document in order, measured in `column` (a page's text area of the right width). */
function measure(d: PreviewDoc, portrait: HTMLElement, landscape: HTMLElement): Block[] {
  const out: Block[] = [];
  const starts = new Map(Object.entries(d.spreadStarts));
  // `key`: the block's `blockKey`, to mark where LibreOffice's first spread starts a page.
  const add = (column: HTMLElement, node: HTMLElement, make: (n: HTMLElement) => Block, key: string) => {
    column.append(node);
    const b = make(node);
    const page = starts.get(key);
    if (page !== undefined && b.flow.type !== 'section') b.flow.spreadPage = page;
    out.push(b);
  };
  add(portrait, frontMatter(d), (n) => box(n), 'front');
  const lastPara = d.signatures.length ? d.body.map((b) => b.kind).lastIndexOf('p') : -1;
  const body = (column: HTMLElement, b: PreviewBlock, last: boolean, key: string) => {
    if (b.kind === 'table' && b.caption) add(column, el('p', 'doc-caption', b.caption), captionBlock, `${key}c`);
    add(column, bodyNode(b), (n) => measureBody(b, n, last), key);
  };
  d.body.forEach((b, i) => body(portrait, b, i === lastPara, blockKey(i)));
  // The template's empty paragraph kept with the signature table (14 pt, 6 pt after), then the table.
  add(portrait, el('div', 'h14 sig-gap', '&nbsp;'), (n) => box(n, true, AFTER), 'gap');
  add(portrait, signatureBlock(d), (n) => box(n), 'sig');
  d.appendices.forEach((a, k) => {
    const column = a.landscape ? landscape : portrait;
    out.push({ node: el('div', 'section-break'), flow: { type: 'section', landscape: a.landscape } });
    add(column, el('div', 'doc-appendix-head', `<div class="h14 b">${esc(a.heading)}</div><div class="h14 b">${esc(a.title)}</div><div class="h14 i">${esc(a.attached)}</div>`), (n) => box(n, false, 12 * PT), `a${k}`);
    a.body.forEach((b, i) => body(column, b, false, blockKey(i, k)));
  });
  return out;
}

/** The piece of a table on one page: its header rows (again, on a page it continues on) and rows `[from, to)`. */
function tablePiece(node: HTMLElement, from: number, to: number, first: boolean): HTMLElement {
  if (first && from === 0 && to === node.querySelectorAll('tbody tr').length) return node;
  const copy = node.cloneNode(true) as HTMLElement;
  const body = copy.querySelector('tbody')!;
  [...body.rows].forEach((r, i) => (i < from || i >= to) && r.remove());
  if (!first) copy.setAttribute('aria-hidden', 'true');
  return copy;
}

/** Paints the laid pages into `host`. */
function paint(host: HTMLElement, blocks: Block[], pages: LaidPage[]): void {
  const used = new Set<number>();
  const frag = document.createDocumentFragment();
  pages.forEach((p, i) => {
    const page = el('section', `page paper${p.landscape ? ' landscape' : ''}`);
    page.setAttribute('aria-label', `Trang ${i + 1}`);
    if (p.number > 1) page.append(Object.assign(el('div', 'page-number', String(p.number)), { ariaHidden: 'true' }));
    const body = el('div', 'page-body');
    for (const piece of p.pieces) {
      const b = blocks[piece.item]!;
      const first = !used.has(piece.item);
      used.add(piece.item);
      const wrap = el('div', 'piece');
      wrap.style.top = `${piece.top}px`;
      if (b.flow.type === 'para') {
        const node = first ? b.node : (b.node.cloneNode(true) as HTMLElement);
        if (!first) node.setAttribute('aria-hidden', 'true');
        const whole = piece.from === 0 && piece.to === b.flow.lines;
        if (!whole) {
          wrap.classList.add('clip');
          wrap.style.height = `${(piece.to - piece.from) * b.lineHeight!}px`;
          node.style.marginTop = `${-piece.from * b.lineHeight!}px`;
          wrap.dataset.lines = `${piece.from}-${piece.to}`;
        }
        wrap.append(node);
      } else if (b.flow.type === 'table') wrap.append(tablePiece(b.node, piece.from, piece.to, first));
      else wrap.append(b.node);
      body.append(wrap);
    }
    page.append(body);
    const frame = el('div', `page-frame${p.landscape ? ' landscape' : ''}`);
    frame.append(page);
    frag.append(frame);
  });
  host.replaceChildren(frag);
}

/**
 * Paints the document as one column the width of `host`, the text at its printed size (a phone's
 * reading view): the same blocks in order, a mark where each page of the DOCX begins.
 */
function paintReading(host: HTMLElement, blocks: Block[], pages: LaidPage[]): void {
  const startsAt = new Map<number, number>();
  pages.forEach((p, i) => {
    const first = p.pieces[0];
    if (i > 0 && first && !startsAt.has(first.item)) startsAt.set(first.item, i + 1);
  });
  const column = el('div', 'reading paper');
  blocks.forEach((b, i) => {
    const page = startsAt.get(i);
    if (page !== undefined) column.append(Object.assign(el('div', 'page-mark', `Trang ${page}`), { role: 'separator' }));
    if (b.flow.type !== 'section') column.append(b.node);
  });
  host.replaceChildren(column);
}

/** How the preview shows the document: A4 pages, or one column at the printed text size. */
export type PreviewMode = 'pages' | 'reading';

/** Lays the document out as pages and paints them inside `host` (or, `reading`, the column with page marks); returns how many pages it made. */
export function renderPages(host: HTMLElement, d: PreviewDoc, mode: PreviewMode = 'pages'): number {
  const measureRoot = el('div', 'measure-root paper');
  measureRoot.setAttribute('aria-hidden', 'true');
  const portrait = el('div', 'page-body measure-column');
  const landscape = el('div', 'page-body measure-column landscape');
  measureRoot.append(portrait, landscape);
  document.body.append(measureRoot);
  const blocks = measure(d, portrait, landscape);
  const pages = layoutPages(blocks.map((b) => b.flow), GEOMETRY);
  blocks.forEach((b) => b.node.remove());
  measureRoot.remove();
  (mode === 'reading' ? paintReading : paint)(host, blocks, pages);
  host.dataset.mode = mode;
  return pages.length;
}
