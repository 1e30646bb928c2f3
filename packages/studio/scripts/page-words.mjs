// Each page's first and last words, read the same way from LibreOffice's PDF (pdftotext) and from
// the studio's previewed pages (headless Chromium), and compared. Used by page-agreement.mjs (the
// printed figure) and test/browser/studio-pages.test.ts (the assertion).
import { execFileSync } from 'node:child_process';

/** How many words are compared at each end of a page. */
export const WORDS = 4;

/** Words of a text, lower case, NFC, without punctuation. */
export const normWords = (s) =>
  s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);

/** The first words of a page's text (a page number printed at its top dropped). */
export const firstWords = (s) => normWords(s.replace(/^\s*\d+\s*\n/, '')).slice(0, WORDS).join(' ');

/**
 * The last words of a page: the words of its lowest line, left to right (a line is every word whose
 * middle lies within the height of the lowest word), the last `WORDS` of them. `words` carry their
 * text and box (`x`, `top`, `bottom`) in any one unit.
 */
export function lastWords(words) {
  if (!words.length) return '';
  const low = words.reduce((a, b) => (b.bottom > a.bottom ? b : a));
  const line = words.filter((w) => (w.top + w.bottom) / 2 >= low.top && (w.top + w.bottom) / 2 <= low.bottom).sort((a, b) => a.x - b.x);
  return normWords(line.map((w) => w.t).join(' ')).slice(-WORDS).join(' ');
}

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unxml = (s) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => entities[e]).replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));

/** Each page of a PDF file that has text: its first and last words (pdftotext's reading order; lowest line). */
export function officePages(pdfFile) {
  const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).split('\f');
  const boxes = execFileSync('pdftotext', ['-bbox', pdfFile, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
    .split('<page ')
    .slice(1)
    .map((p) => [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x: +m[1], top: +m[2], bottom: +m[3], t: unxml(m[4]) })));
  return boxes.map((words, i) => ({ first: firstWords(text[i] ?? ''), last: lastWords(words), words: words.length })).filter((p) => p.words > 0).map(({ first, last }) => ({ first, last }));
}

/**
 * Loads the studio at `url` until it shows a preview: on a first visit's start screen (when there is
 * one) the Tuyên Quang example is chosen. With `openExample`, the only places that know how the studio
 * is opened.
 */
export async function openStudioPage(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => Number(document.getElementById('pages')?.dataset.pages) > 0 || !!document.querySelector('#start [data-example]'), undefined, { timeout: 60_000 });
  if (await page.evaluate(() => document.body.dataset.screen === 'start')) await page.click('#start [data-example="tuyen-quang-2025-30-7"]');
  await page.waitForFunction(() => Number(document.getElementById('pages')?.dataset.pages) > 0, undefined, { timeout: 60_000 });
}

/**
 * Opens an example in the studio page and waits until its preview is laid out and checked. The one
 * place that knows how the studio opens a file (its file input; the start screen may change it).
 */
export async function openExample(page, name, text) {
  await page.evaluate(() => delete document.getElementById('pages')?.dataset.pages);
  await page.setInputFiles('#open-file', { name, mimeType: 'application/x-yaml', buffer: Buffer.from(text) });
  await page.waitForFunction(
    (n) => document.getElementById('file-name')?.textContent === n && document.getElementById('pages')?.dataset.pages && /^Hợp lệ/.test(document.getElementById('counts')?.textContent ?? ''),
    name,
  );
  // The pages are drawn after the check's message; give the last paint a moment.
  await page.waitForTimeout(300);
}

/**
 * Each previewed page: its first visible words (from the first character drawn inside its first
 * piece — a split paragraph's later lines start lower) and the visible words with their boxes
 * (a piece clipped to some lines of a paragraph shows only those).
 */
export async function previewPages(page) {
  const pages = await page.evaluate((n) =>
    [...document.querySelectorAll('#pages .page')].map((p) => {
      const words = [];
      for (const piece of p.querySelectorAll('.piece')) {
        const clip = piece.classList.contains('clip') ? piece.getBoundingClientRect() : undefined;
        const walker = document.createTreeWalker(piece, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode;
          for (const m of (node.textContent ?? '').matchAll(/\S+/g)) {
            const r = document.createRange();
            r.setStart(node, m.index);
            r.setEnd(node, m.index + m[0].length);
            const rect = r.getClientRects()[0];
            const middle = rect ? (rect.top + rect.bottom) / 2 : 0;
            if (rect && (!clip || (middle >= clip.top && middle <= clip.bottom))) words.push({ t: m[0], x: rect.left, top: rect.top, bottom: rect.bottom });
          }
        }
      }
      const piece = p.querySelector('.piece');
      const top = piece ? piece.getBoundingClientRect().top - 1 : 0;
      const first = words.filter((w) => w.top >= top).slice(0, n + 2).map((w) => w.t).join(' ');
      return { first, words };
    }),
  WORDS);
  return pages.map((p) => ({ first: firstWords(p.first), last: lastWords(p.words) }));
}

/** Whether two first-word runs agree (a page starting with a short heading: one side may read that block alone). */
const sameStart = (a, b) => !!a && !!b && (a === b || b.startsWith(`${a} `) || a.startsWith(`${b} `));

/** Compares the preview's pages with LibreOffice's: per page, whether the first and the last words agree. */
export function comparePages(preview, office) {
  const n = Math.max(preview.length, office.length);
  const pages = [];
  for (let i = 0; i < n; i++) {
    const a = preview[i];
    const b = office[i];
    pages.push({ page: i + 1, preview: a, office: b, start: !!a && !!b && sameStart(a.first, b.first), end: !!a && !!b && !!a.last && a.last === b.last });
  }
  return { pages, counts: preview.length === office.length };
}
