import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { haveChromium, startApp, type RunningApp } from './serve-app.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.js';
import { all, attr, child, documentText, openDocx } from '../render/docx-helpers.js';

// The browser page of examples/browser, built with Vite and driven in Debian's headless Chromium.
// CI installs chromium (.ci/run); on a machine without it these tests are skipped.

let url: string;
let browser: Browser;

describe.skipIf(!haveChromium)('the browser page in headless Chromium', () => {
  let app: RunningApp | undefined;
  beforeAll(async () => {
    app = await startApp(`${ROOT}examples/browser/vite.config.mjs`, 'kehoach-page-');
    url = app.url;
    browser = app.browser;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  test('loads an example, shows it valid, and downloads a DOCX that passes the same checks', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.click('#example');
    await expect.poll(() => page.textContent('#status')).toBe('Hợp lệ: 28 nhiệm vụ, 19 cơ quan.');
    expect(await page.textContent('#preview')).toContain('b) Chỉ đạo các doanh nghiệp viễn thông gửi tin nhắn SMS');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('ke-hoach.docx');
    const d = openDocx(readFileSync(await download.path()));
    const sect = all(d.document, 'sectPr').at(-1)!;
    expect([attr(child(sect, 'pgSz'), 'w'), attr(child(sect, 'pgSz'), 'h')]).toEqual(['11906', '16838']);
    expect(attr(child(sect, 'pgMar'), 'left')).toBe('1701');
    const text = documentText(d.document);
    expect(text).toContain('Số: 15/KH-UBND');
    expect(text).toContain('Tuyên Quang, ngày 24 tháng 7 năm 2025');
    expect(text).toContain('đ) Chủ trì, phối hợp với các cơ quan liên quan tổ chức chiến dịch tuyên truyền');
    expect(errors).toEqual([]);
  }, 60_000);

  test('a mistake shows its line and column, and the download is disabled', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.click('#example');
    const text = (await page.inputValue('#source')).replace('lead: so-khcn', 'lead: so-khcnn');
    await page.fill('#source', text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('so-khcnn')) + 1;
    const column = lines[line - 1]!.indexOf('so-khcnn') + 1;
    const item = page.locator('#diagnostics li[data-code="UNKNOWN_AGENCY"]');
    await expect.poll(() => item.textContent()).toContain(`Dòng ${line}, cột ${column}: Cơ quan “so-khcnn” chưa được khai báo`);
    expect(await page.isDisabled('#download')).toBe(true);
    expect(await page.textContent('#status')).toBe('Có 1 lỗi.');
    if (process.env.KEHOACH_SCREENSHOT) await page.screenshot({ path: process.env.KEHOACH_SCREENSHOT });
  }, 60_000);
});
