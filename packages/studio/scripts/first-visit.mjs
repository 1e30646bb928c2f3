// What a first visit of the studio costs, as a browser sees it: the built folder served on loopback,
// headless Chromium opening the page with an empty cache and empty storage, every request it makes
// counted at its gzip size (level 9, as a static host would send it). Two steps, as a clerk takes them:
// the page opens on its start screen (counted until the network is quiet); then the first example is
// opened from it (counted until its first preview is on screen, then until the checker's findings are
// in and the network is quiet). Prints the requests by step, the time from the click to the first
// preview, and the totals. Usage: node first-visit.mjs <dist folder> [chromium path]. Printed, not asserted.
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Measures `dir` (a built studio); resolves to the figures, or undefined without Chromium. */
export async function firstVisit(dir, chromiumPath = process.env.KEHOACH_CHROMIUM ?? '/usr/bin/chromium') {
  if (!existsSync(chromiumPath)) return undefined;
  const { chromium } = await import('playwright-core');
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.mjs': 'text/javascript' };
  const sizes = new Map();
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      sizes.set(path === '/' ? '/index.html' : path, gzipSync(body, { level: 9 }).length);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const seen = [];
    let phase = 'start';
    page.on('request', (r) => seen.push({ path: new URL(r.url()).pathname, phase }));
    await page.goto(url);
    await page.waitForSelector('#start [data-example]');
    await page.waitForLoadState('networkidle');
    phase = 'open';
    const t0 = Date.now();
    await page.click('#start [data-example]');
    await page.waitForFunction(() => Number(document.getElementById('pages')?.dataset.pages) > 0, null, { timeout: 60_000 });
    const preview = Date.now() - t0;
    phase = 'check';
    await page.waitForFunction(() => /^Kiểm tra nội dung:/.test(document.getElementById('check-note')?.textContent ?? ''), null, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const rows = seen.filter((s) => s.path !== '/favicon.ico').map((s) => ({ ...s, path: s.path === '/' ? '/index.html' : s.path })).map((s) => ({ ...s, gzip: sizes.get(s.path) ?? 0 }));
    const sum = (...phases) => rows.filter((r) => phases.includes(r.phase)).reduce((a, r) => a + r.gzip, 0);
    return { preview, rows, start: sum('start'), open: sum('open'), check: sum('check'), beforePreview: sum('start', 'open'), total: sum('start', 'open', 'check') };
  } finally {
    await browser.close();
    server.close();
  }
}

const PHASES = { start: 'trang đầu', open: 'mở ví dụ', check: 'kiểm tra' };

/** Prints the figures of `firstVisit`. */
export function printFirstVisit(r) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  if (!r) return console.log('Lần truy cập đầu: không có Chromium để đo (KEHOACH_CHROMIUM).');
  console.log('Lần truy cập đầu trong Chromium (first visit, every request, gzip):');
  for (const row of r.rows) console.log(`  ${row.path.replace(/^\//, '').padEnd(48)} ${kb(row.gzip).padStart(10)}  ${PHASES[row.phase]}`);
  console.log(`  trang đầu (start screen, until the network is quiet): ${kb(r.start)} (mục tiêu ≤ 300 KB)`);
  console.log(`  mở ví dụ đầu tiên tới bản xem trước (opening the first example, to its preview): +${kb(r.open)}; kiểm tra nội dung: +${kb(r.check)}`);
  console.log(`  cả lần đầu, từ trang đầu tới khi có kết quả kiểm tra (the whole first use): ${kb(r.total)}`);
  console.log(`  bản xem trước đầu tiên sau ${r.preview} ms kể từ lúc bấm (mục tiêu ≤ 1500 ms; máy này)`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  printFirstVisit(await firstVisit(process.argv[2] ?? 'dist', process.argv[3]));
}
