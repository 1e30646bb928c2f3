#!/usr/bin/env node
// The pictures of pages in the README (docs/images/*.png): documents made by the kehoach command, printed
// to PDF by LibreOffice, one page rasterised by pdftoppm (poppler-utils) as 8-bit grey, then written as a
// 4-bit grey PNG (16 levels: text stays sharp, the file stays small). Needs soffice and pdftoppm.
//
//   node scripts/page-images.mjs        (after `pnpm build`)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KEHOACH = [process.execPath, join(ROOT, 'packages/cli/dist/kehoach.mjs')];
const OUT = join(ROOT, 'docs/images');
/** Dots per inch of the pictures: an A4 page is 595 px wide. */
const DPI = 72;

/** Each picture: the kehoach commands that make a PDF in a scratch folder, and the page to show. */
const PICTURES = [
  { name: 'ke-hoach-moi.png', pdf: 'moi.pdf', page: 1, run: [['new', 'moi.yaml', '--unit', 'xa', '--name', 'Minh Xuân', '--year', '2026'], ['render', 'moi.yaml', '-o', 'moi.pdf']] },
  { name: 'cong-van.png', pdf: 'cv.pdf', page: 1, run: [['render', 'examples/phu-tho-2025-cong-van-dich-vu-cong.yaml', '-o', 'cv.pdf']] },
  { name: 'danh-muc-nhiem-vu.png', pdf: 'dm.pdf', page: 1, docx: 'dm.docx', run: [['checklist', 'examples/dak-lak-2026-pho-bien-phap-luat.yaml', '-o', 'dm.docx']] },
];

/** CRC-32 of PNG chunks. */
const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A binary PGM (P5, 8-bit) as a 4-bit grey PNG. */
function pgmToPng(pgm) {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not an 8-bit binary PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const stride = Math.ceil(width / 2);
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const level = Math.round(pixels[y * width + x] / 17);
      raw[y * (stride + 1) + 1 + (x >> 1)] |= x & 1 ? level : level << 4;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([4, 0, 0, 0, 0], 8); // 4-bit greyscale, no interlace
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const work = mkdtempSync(join(tmpdir(), 'kehoach-pages-'));
try {
  mkdirSync(join(work, 'examples'));
  for (const f of ['phu-tho-2025-cong-van-dich-vu-cong.yaml', 'dak-lak-2026-pho-bien-phap-luat.yaml']) copyFileSync(join(ROOT, 'examples', f), join(work, 'examples', f));
  mkdirSync(OUT, { recursive: true });
  for (const p of PICTURES) {
    for (const args of p.run) execFileSync(KEHOACH[0], [KEHOACH[1], ...args, '-q'], { cwd: work, stdio: 'inherit' });
    if (p.docx) execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, join(work, p.docx)], { stdio: 'ignore' });
    execFileSync('pdftoppm', ['-r', String(DPI), '-gray', '-f', String(p.page), '-l', String(p.page), '-singlefile', join(work, p.pdf), join(work, 'page')]);
    const png = pgmToPng(readFileSync(join(work, 'page.pgm')));
    writeFileSync(join(OUT, p.name), png);
    console.log(`docs/images/${p.name}: ${(png.length / 1024).toFixed(0)} KB`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
