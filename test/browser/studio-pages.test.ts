import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderDocx } from 'kehoach';
import { convertManyToPdf } from 'kehoach/node';
import { ALL_EXAMPLES, exampleText, loadExample, ROOT } from '../helpers.js';
import { haveChromium, startApp, type RunningApp } from './serve-app.js';
// A plain script module, shared with packages/studio/scripts/page-agreement.mjs.
import { comparePages, officePages, openExample, openStudioPage, previewPages } from '../../packages/studio/scripts/page-words.mjs';

// Issue 22, “pages as they will print”: for every example, the studio's preview (built with Vite,
// in headless Chromium) has as many pages as the DOCX opened in LibreOffice, and each page starts and
// ends with the same words. `node packages/studio/scripts/page-agreement.mjs` prints the same figures.
const haveSoffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
if (!haveSoffice && process.env.CI) throw new Error('CI needs LibreOffice and poppler-utils (installed by .ci/run)');
const why = !haveChromium ? 'Chromium is missing' : !haveSoffice ? 'LibreOffice (soffice) or pdftotext is missing' : '';
if (why) console.warn(`studio-pages: skipped — ${why}`);

interface PageWords {
  first: string;
  last: string;
}
interface PageCompare {
  page: number;
  preview?: PageWords;
  office?: PageWords;
  start: boolean;
  end: boolean;
}

/**
 * Where LibreOffice 7.4 prints otherwise than the preview, asserted as it stands on both sides, so a
 * change on either side shows here.
 * - Quảng Trị, page 1: the last line of the page's last paragraph. Chromium fits “ứng” on the line
 *   before (467.58 pt of 467.72 pt); LibreOffice's own glyph advances come out a little wider and it
 *   breaks before it. The page break itself agrees.
 *
 * (Đắk Lắk's page 1 → 2, where LibreOffice leaves a kept heading at the foot of the page because its
 * first spread of the DOCX by count put the heading's follower on page 2, agrees: the preview models
 * that spread, packages/studio/src/lo-first-spread.ts.)
 */
const KNOWN: Record<string, Record<number, { preview: PageWords; office: PageWords }>> = {
  'quang-tri-2026-chuyen-doi-so': {
    1: { preview: { first: 'ủy ban nhân dân', last: 'yêu cầu' }, office: { first: 'ủy ban nhân dân', last: 'ứng yêu cầu' } },
  },
};

describe.skipIf(!!why)('the studio preview breaks pages as LibreOffice breaks the DOCX', () => {
  let app: RunningApp | undefined;
  const office = new Map<string, PageWords[]>();
  beforeAll(async () => {
    // One LibreOffice process for all nine DOCX, while Vite builds the studio.
    const docs = ALL_EXAMPLES.map((name) => renderDocx(loadExample(name)).docx!);
    const [pdfs, started] = await Promise.all([convertManyToPdf(docs), startApp(`${ROOT}packages/studio/vite.config.mjs`, 'kehoach-studio-pages-')]);
    app = started;
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-studio-pages-'));
    ALL_EXAMPLES.forEach((name, i) => {
      const file = join(dir, `${name}.pdf`);
      writeFileSync(file, pdfs[i]!.pdf!);
      office.set(name, officePages(file));
    });
  }, 240_000);
  afterAll(async () => {
    await app?.close();
  });

  test('every example: the same page count, and each page the same first and last words', async () => {
    const page = await app!.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openStudioPage(page, app!.url);
    let agree = 0;
    let total = 0;
    for (const name of ALL_EXAMPLES) {
      await openExample(page, `${name}.yaml`, exampleText(name));
      const { pages, counts } = comparePages(await previewPages(page), office.get(name)!) as { pages: PageCompare[]; counts: boolean };
      expect(counts, `${name}: page count`).toBe(true);
      expect(pages.length, name).toBeGreaterThan(0);
      for (const p of pages) {
        total++;
        const known = KNOWN[name]?.[p.page];
        if (known) {
          expect({ preview: p.preview, office: p.office }, `${name} p. ${p.page}`).toEqual(known);
          continue;
        }
        expect(p.preview?.first, `${name} p. ${p.page}: first words`).toBeTruthy();
        expect(p.start, `${name} p. ${p.page}: preview “${p.preview?.first}” / LibreOffice “${p.office?.first}”`).toBe(true);
        expect(p.end, `${name} p. ${p.page}: preview “${p.preview?.last}” / LibreOffice “${p.office?.last}”`).toBe(true);
        agree++;
      }
    }
    console.log(`studio-pages: ${agree}/${total} pages agree at both ends; ${total - agree} known differences of LibreOffice (KNOWN)`);
    await page.close();
  }, 180_000);
});
