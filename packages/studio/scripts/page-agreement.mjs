// How well the studio's preview breaks pages as LibreOffice breaks the DOCX: for every example plan,
// the DOCX (kehoach's renderDocx) is converted to PDF by LibreOffice and each page's first words are
// read with pdftotext; the same plan is opened in the built studio in headless Chromium and each
// previewed page's first visible words are read from the screen. Prints, per example, the page
// counts and the pages whose first words agree, then the agreement over all pages. Printed, not
// asserted. Usage: node page-agreement.mjs <built studio folder> (pnpm studio:build first).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlan, renderDocx } from 'kehoach';
import { convertManyToPdf } from 'kehoach/node';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dist = resolve(process.argv[2] ?? join(root, 'packages/studio/dist'));
const CHROMIUM = process.env.KEHOACH_CHROMIUM ?? '/usr/bin/chromium';
const WORDS = 4;

/** The first words of a text, lower case, without punctuation (page numbers at the top dropped). */
const firstWords = (s) =>
  s.replace(/^\s*\d+\s*\n/, '').normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean).slice(0, WORDS).join(' ');

const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml')).sort();
const docs = examples.map((f) => {
  const text = readFileSync(join(root, 'examples', f), 'utf8');
  const { plan } = loadPlan(text);
  return { name: f, text, docx: plan ? renderDocx(plan).docx : undefined };
});
const pdfs = await convertManyToPdf(docs.map((d) => d.docx ?? new Uint8Array()));
const tmp = mkdtempSync(join(tmpdir(), 'kehoach-agreement-'));
const office = docs.map((d, i) => {
  const pdf = pdfs[i]?.pdf;
  if (!pdf) return [];
  const file = join(tmp, `${i}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim()).map(firstWords);
});

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = path === '/' ? 'index.html' : path;
  try {
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(join(dist, file)));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.waitForFunction(() => Number(document.getElementById('pages')?.dataset.pages) > 0);

/** The first visible words of each previewed page: from the first character drawn inside its first piece (a split paragraph's later lines start lower). */
const previewPages = () =>
  page.evaluate((n) =>
    [...document.querySelectorAll('#pages .page')].map((p) => {
      const piece = p.querySelector('.piece');
      if (!piece) return '';
      const top = piece.getBoundingClientRect().top;
      const walker = document.createTreeWalker(piece, NodeFilter.SHOW_TEXT);
      let out;
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const t = node.textContent ?? '';
        if (out === undefined) {
          for (let k = 0; k < t.length; k++) {
            if (!t[k].trim()) continue;
            const r = document.createRange();
            r.setStart(node, k);
            r.setEnd(node, k + 1);
            const rect = r.getClientRects()[0];
            if (rect && rect.top >= top - 1) {
              out = t.slice(k);
              break;
            }
          }
        } else out += ` ${t}`;
        if (out !== undefined && out.split(/\s+/).filter(Boolean).length > n + 2) break;
      }
      return out ?? '';
    }),
  WORDS);

let agree = 0;
let total = 0;
let countsAgree = 0;
console.log('Chỗ sang trang: bản xem trước so với PDF của LibreOffice (first words of each page)');
for (const [i, d] of docs.entries()) {
  // The pages say they are laid out (data-pages) again once this plan's preview is drawn.
  await page.evaluate(() => delete document.getElementById('pages').dataset.pages);
  await page.setInputFiles('#open-file', { name: d.name, mimeType: 'application/x-yaml', buffer: Buffer.from(d.text) });
  await page.waitForFunction((name) => document.getElementById('file-name')?.textContent === name && document.getElementById('pages').dataset.pages && /^Hợp lệ/.test(document.getElementById('counts')?.textContent ?? ''), d.name);
  await page.waitForTimeout(300);
  const preview = (await previewPages()).map(firstWords);
  const lo = office[i];
  const pages = Math.max(preview.length, lo.length);
  let same = 0;
  const diffs = [];
  for (let p = 0; p < pages; p++) {
    // A page that starts with a short heading: the preview reads that block alone, LibreOffice runs on into the next.
    const a = preview[p];
    const b = lo[p];
    if (a !== undefined && b !== undefined && a && b && (a === b || b.startsWith(`${a} `) || a.startsWith(`${b} `))) same++;
    else diffs.push(`tr. ${p + 1}: xem trước “${preview[p] ?? '—'}” / LibreOffice “${lo[p] ?? '—'}”`);
  }
  agree += same;
  total += pages;
  if (preview.length === lo.length) countsAgree++;
  console.log(`  ${basename(d.name).padEnd(52)} trang: xem trước ${String(preview.length).padStart(2)}, LibreOffice ${String(lo.length).padStart(2)}; đầu trang khớp ${same}/${pages}`);
  for (const x of diffs.slice(0, 4)) console.log(`      ${x}`);
}
console.log(`Khớp: ${agree}/${total} đầu trang (${((100 * agree) / Math.max(1, total)).toFixed(0)} %); số trang đúng ở ${countsAgree}/${docs.length} ví dụ.`);
await browser.close();
server.close();
