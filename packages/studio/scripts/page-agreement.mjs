// How well the studio's preview breaks pages as LibreOffice breaks the DOCX: for every example plan,
// the DOCX (kehoach's renderDocx) is converted to PDF by LibreOffice (one soffice call for all) and
// each page's first and last words are read with pdftotext; the same plan is opened in the built
// studio in headless Chromium and each previewed page's first and last visible words are read from
// the screen (page-words.mjs). Prints, per example, the page counts and the pages whose first and last
// words agree, then the agreement over all pages. Printed, not asserted (test/browser/studio-pages.test.ts
// asserts). Usage: node page-agreement.mjs <built studio folder> (pnpm studio:build first).
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlan, renderDocx } from 'kehoach';
import { convertManyToPdf } from 'kehoach/node';
import { comparePages, officePages, openExample, openStudioPage, previewPages } from './page-words.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dist = resolve(process.argv[2] ?? join(root, 'packages/studio/dist'));
const CHROMIUM = process.env.KEHOACH_CHROMIUM ?? '/usr/bin/chromium';

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
  return officePages(file);
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
await openStudioPage(page, `http://127.0.0.1:${server.address().port}/`);

let starts = 0;
let ends = 0;
let total = 0;
let countsAgree = 0;
const show = (p) => (p ? `“${p.first}” … “${p.last}”` : '—');
console.log('Chỗ sang trang: bản xem trước so với PDF của LibreOffice (first and last words of each page)');
for (const [i, d] of docs.entries()) {
  await openExample(page, d.name, d.text);
  const { pages, counts } = comparePages(await previewPages(page), office[i]);
  const s = pages.filter((p) => p.start).length;
  const e = pages.filter((p) => p.end).length;
  starts += s;
  ends += e;
  total += pages.length;
  if (counts) countsAgree++;
  const lo = office[i].length;
  console.log(`  ${basename(d.name).padEnd(46)} trang: xem trước ${String(pages.filter((p) => p.preview).length).padStart(2)}, LibreOffice ${String(lo).padStart(2)}; đầu trang khớp ${s}/${pages.length}, cuối trang khớp ${e}/${pages.length}`);
  for (const p of pages.filter((x) => !x.start || !x.end).slice(0, 4)) console.log(`      tr. ${p.page}: xem trước ${show(p.preview)} / LibreOffice ${show(p.office)}`);
}
const pct = (n) => ((100 * n) / Math.max(1, total)).toFixed(0);
console.log(`Khớp: đầu trang ${starts}/${total} (${pct(starts)} %), cuối trang ${ends}/${total} (${pct(ends)} %); số trang đúng ở ${countsAgree}/${docs.length} ví dụ.`);
await browser.close();
server.close();
