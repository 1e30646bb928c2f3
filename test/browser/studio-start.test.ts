import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { haveChromium, startApp, type RunningApp } from './serve-app.js';
import { ROOT } from '../helpers.js';

// The start screen of a first visit, in headless Chromium: what it offers, what it loads (nothing of
// the studio until a choice is made), and each choice handing over to the studio.
vi.setConfig({ expect: { poll: { timeout: 20_000 } } });

let app: RunningApp | undefined;
let browser: Browser;

/** A first visit: a fresh browser context (no storage), the requests it makes recorded. */
async function firstVisit(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname.replace(/-[\w-]{8}\.(js|css)$/, '.$1')));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app!.url);
  await page.waitForSelector('#start [data-example]');
  await page.waitForLoadState('networkidle');
  return { page, requests, errors };
}

describe.skipIf(!haveChromium)('the start screen (headless Chromium)', () => {
  beforeAll(async () => {
    app = await startApp(`${ROOT}packages/studio/vite.config.mjs`, 'kehoach-studio-start-');
    browser = app.browser;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  test('a first visit shows the start screen and loads nothing of the studio: no editor, no worker, no rules', async () => {
    const { page, requests, errors } = await firstVisit();
    expect(await page.getAttribute('body', 'data-screen')).toBe('start');
    expect(await page.isVisible('#editor')).toBe(false);
    expect(requests.filter((r) => r !== '/favicon.ico')).toEqual(['/', '/assets/index.js', '/assets/index.css']);
    // The choices a clerk starts from, in Vietnamese.
    expect(await page.locator('#start [data-unit]').allTextContents()).toEqual(['Ủy ban nhân dân xã', 'Ủy ban nhân dân phường', 'Ủy ban nhân dân tỉnh', 'Sở', 'Trường học']);
    expect(await page.textContent('label[for="start-import"]')).toBe('Chọn văn bản…');
    expect(await page.textContent('label[for="start-open"]')).toBe('Mở tệp YAML…');
    // Every example under a readable name (no file names), the province plan first.
    const examples = await page.locator('#start-examples button').allTextContents();
    expect(examples).toHaveLength(9);
    expect(examples[0]).toBe('UBND tỉnh Tuyên Quang — hưởng ứng Ngày toàn dân phòng, chống mua bán người 30/7 (2025)');
    expect(examples.filter((e) => /\.yaml|-\d{4}$/.test(e))).toEqual([]);
    expect(await page.isVisible('#start-recent')).toBe(false); // nothing kept yet
    expect(await page.locator('.start-help li').count()).toBe(5);
    if (process.env.KEHOACH_SCREENSHOTS) await page.screenshot({ path: `${process.env.KEHOACH_SCREENSHOTS}/studio-start.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('“Ủy ban nhân dân xã” opens “Kế hoạch mới” for a commune; the blank plan opens valid in the studio', async () => {
    const { page, errors } = await firstVisit();
    await page.click('#start [data-unit="xa"]');
    await expect.poll(() => page.isVisible('#new-plan-dialog')).toBe(true);
    expect(await page.inputValue('#np-unit')).toBe('xa');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('np-name');
    await page.fill('#np-name', 'Minh Xuân');
    await page.fill('#np-year', '2026');
    await page.click('#new-plan-form button[type="submit"]');
    await expect.poll(() => page.textContent('#counts')).toMatch(/^Hợp lệ: /);
    expect(await page.getAttribute('body', 'data-screen')).toBe('studio');
    expect(await page.textContent('#file-name')).toBe('ke-hoach-minh-xuan-2026.yaml');
    await expect.poll(() => page.textContent('#pages')).toContain('ỦY BAN NHÂN DÂN');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('an example opens in the studio; “Trang đầu” lists it among the recent documents, which reopens it', async () => {
    const { page, errors } = await firstVisit();
    await page.click('#start [data-example="khanh-hoa-2025"]');
    await expect.poll(() => page.textContent('#counts')).toBe('Hợp lệ: 24 nhiệm vụ, 17 cơ quan.');
    expect(await page.textContent('#file-name')).toBe('khanh-hoa-2025.yaml');
    await page.click('#home');
    expect(await page.getAttribute('body', 'data-screen')).toBe('start');
    expect(await page.isVisible('#start-back')).toBe(true);
    expect(await page.locator('#start-recent button').allTextContents()).toEqual(['khanh-hoa-2025.yaml']);
    expect(await page.textContent('#start-recent li')).toMatch(/khanh-hoa-2025\.yaml · vừa xong$/);
    await page.click('#start [data-example="tuyen-quang-2025-30-7"]');
    await expect.poll(() => page.textContent('#counts')).toBe('Hợp lệ: 28 nhiệm vụ, 19 cơ quan.');
    await page.click('#home');
    await page.click('#start-recent button[data-doc]:text("khanh-hoa-2025.yaml")');
    await expect.poll(() => page.textContent('#file-name')).toBe('khanh-hoa-2025.yaml');
    await expect.poll(() => page.textContent('#counts')).toBe('Hợp lệ: 24 nhiệm vụ, 17 cơ quan.');
    // A reload opens the kept documents at once, without the start screen (and says nothing is still opening).
    await page.reload();
    await expect.poll(() => page.getAttribute('body', 'data-screen')).toBe('studio');
    await expect.poll(() => page.textContent('#counts')).toMatch(/^Hợp lệ: /);
    expect(await page.textContent('#status')).not.toContain('Đang mở trình soạn thảo');
    expect(await page.locator('#documents option').allTextContents()).toEqual(['khanh-hoa-2025.yaml', 'tuyen-quang-2025-30-7.yaml']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a YAML file chosen on the start screen opens as a document', async () => {
    const { page, errors } = await firstVisit();
    const yaml = (await import('node:fs')).readFileSync(`${ROOT}examples/quang-tri-2026-chuyen-doi-so.yaml`);
    await page.setInputFiles('#start-open', { name: 'qt.yaml', mimeType: 'application/yaml', buffer: yaml });
    await expect.poll(() => page.textContent('#file-name')).toBe('qt.yaml');
    await expect.poll(() => page.textContent('#counts')).toMatch(/^Hợp lệ: /);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
