import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { haveChromium, openStudio, startApp, type RunningApp } from './serve-app.js';
import { ROOT } from '../helpers.js';

// The studio never loses work (issue 22): every document's versions are kept in the browser with
// their times and can be restored; undo never empties a reopened document; an empty text never
// replaces a stored one; a template opens as a new document; two tabs never overwrite each other.
// Each path reloads the page between steps, as a clerk closing and reopening the browser would.
vi.setConfig({ expect: { poll: { timeout: 20_000 } } });

let app: RunningApp | undefined;
let browser: Browser;

const VALID = 'Hợp lệ: 28 nhiệm vụ, 19 cơ quan.';

async function open(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await openStudio(page, app!.url);
  await expect.poll(() => page.textContent('#counts'), { message: errors.join('\n') }).toMatch(/^Hợp lệ/);
  return { page, errors };
}

/** The whole text in the editor (CodeMirror draws only the lines in view; its view hangs on its content element). */
const editorText = (page: Page) => page.evaluate(() => (globalThis as unknown as { kehoachStudio: { text(): string } }).kehoachStudio.text());

/** Every stored document: its name and its versions' kinds and texts, in the index's order. */
const stored = (page: Page) =>
  page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem('kehoach-studio:documents') ?? '{"docs":[]}') as { docs: Array<{ id: string }>; current?: string };
    return index.docs.map((d) => {
      const doc = JSON.parse(localStorage.getItem(`kehoach-studio:doc:${d.id}`)!) as { name: string; versions: Array<{ kind: string; text: string; t: number }> };
      return { id: d.id, current: d.id === index.current, name: doc.name, versions: doc.versions };
    });
  });

/** Puts the cursor at the end of the line `number: …` and types `s`. */
async function typeAtNumber(page: Page, s: string): Promise<void> {
  await page.locator('.cm-line', { hasText: /^number: \d+$/ }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(s);
}

describe.skipIf(!haveChromium)('the studio keeps every version (headless Chromium)', () => {
  beforeAll(async () => {
    app = await startApp(`${ROOT}packages/studio/vite.config.mjs`, 'kehoach-studio-versions-');
    browser = app.browser;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  test('after a reload, undo stops at the reopened text, and an emptied editor never replaces the stored plan', async () => {
    const context = await browser.newContext();
    const { page, errors } = await open(context);
    await typeAtNumber(page, '7');
    await expect.poll(() => page.textContent('#autosave')).toBe('Đã tự lưu trong trình duyệt');
    await page.reload();
    await expect.poll(() => page.textContent('#counts')).toBe(VALID);
    expect(await page.textContent('#autosave')).toBe('Đã mở lại bản tự lưu trong trình duyệt');
    const reopened = await editorText(page);
    expect(reopened).toContain('\nnumber: 157\n');
    // Ctrl+Z, many times: nothing to undo in a reopened document.
    await page.locator('.cm-content').click();
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z');
    expect(await editorText(page)).toBe(reopened);
    // Select all and delete: the empty text is not stored; the reload brings the plan back.
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    expect(await editorText(page)).toBe('');
    await expect.poll(() => page.textContent('#autosave')).toContain('Văn bản trống: không lưu đè');
    const docs = await stored(page);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.versions.map((v) => v.kind)).toEqual(['open', 'edit']);
    expect(docs[0]!.versions.at(-1)!.text).toBe(reopened);
    await page.reload();
    await expect.poll(() => page.textContent('#counts')).toBe(VALID);
    expect(await editorText(page)).toBe(reopened);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the versions are listed with their times and restored from the list; the restore is a version too', async () => {
    const context = await browser.newContext();
    const { page, errors } = await open(context);
    const original = await editorText(page);
    await typeAtNumber(page, '9');
    await expect.poll(() => page.textContent('#autosave')).toBe('Đã tự lưu trong trình duyệt');
    await page.reload();
    await expect.poll(() => page.textContent('#counts')).toBe(VALID);
    await page.click('#history-open');
    expect(await page.isVisible('#history')).toBe(true);
    const items = page.locator('#history-list li');
    expect(await items.count()).toBe(2);
    // Newest first, each with its time (hh:mm:ss dd/mm/yyyy) and how it came to be.
    expect(await items.nth(0).textContent()).toMatch(/^\d\d:\d\d:\d\d \d\d\/\d\d\/\d{4} — tự lưu khi sửa, \d+ dòng \(đang mở\)/);
    expect(await items.nth(1).textContent()).toMatch(/^\d\d:\d\d:\d\d \d\d\/\d\d\/\d{4} — khi mở, \d+ dòng/);
    expect(await items.nth(0).locator('button').isDisabled()).toBe(true);
    await items.nth(1).locator('button', { hasText: 'Khôi phục' }).click();
    expect(await page.isVisible('#history')).toBe(false);
    await expect.poll(() => editorText(page)).toBe(original);
    await expect.poll(() => page.textContent('#pages')).toContain('Số: 15/KH-UBND');
    // Restoring is undoable, and kept: after a reload the restored text is there and all three versions are listed.
    await page.reload();
    await expect.poll(() => page.textContent('#counts')).toBe(VALID);
    expect(await editorText(page)).toBe(original);
    const [doc] = await stored(page);
    expect(doc!.versions.map((v) => v.kind)).toEqual(['open', 'edit', 'restore']);
    expect(doc!.versions[1]!.text).toContain('\nnumber: 159\n');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a template opens as a new document: the plan in hand stays, edited, in the list and after a reload', async () => {
    const context = await browser.newContext();
    const { page, errors } = await open(context);
    await typeAtNumber(page, '3');
    await expect.poll(() => page.textContent('#autosave')).toBe('Đã tự lưu trong trình duyệt');
    await page.selectOption('#template', 'khanh-hoa-2025');
    await expect.poll(() => page.locator('#documents option').allTextContents()).toEqual(['tuyen-quang-2025-30-7.yaml', 'khanh-hoa-2025.yaml']);
    expect(await page.textContent('#status')).toContain('thành tài liệu mới; “tuyen-quang-2025-30-7.yaml” vẫn mở');
    await expect.poll(() => page.textContent('#counts')).toMatch(/^Hợp lệ: 24 nhiệm vụ/);
    // Undo in the new document never brings the other plan's text into it.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+z');
    expect(await editorText(page)).not.toContain('number: 153');
    await page.reload();
    await expect.poll(() => page.locator('#documents option').allTextContents()).toEqual(['tuyen-quang-2025-30-7.yaml', 'khanh-hoa-2025.yaml']);
    expect(await page.inputValue('#documents')).toBe('1'); // the last one shown is in front again
    await page.selectOption('#documents', { label: 'tuyen-quang-2025-30-7.yaml' });
    await expect.poll(() => editorText(page)).toContain('\nnumber: 153\n');
    await expect.poll(() => page.textContent('#counts')).toBe(VALID);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('two tabs: the later one shows “đang mở ở thẻ khác” read-only and follows the other; taking over swaps them; nothing is overwritten', async () => {
    const context = await browser.newContext();
    const { page: a, errors: ea } = await open(context);
    await typeAtNumber(a, '1');
    await expect.poll(() => a.textContent('#autosave')).toBe('Đã tự lưu trong trình duyệt');
    const { page: b, errors: eb } = await open(context);
    await expect.poll(() => b.isVisible('#tab-lock')).toBe(true);
    expect(await b.textContent('#tab-lock')).toContain('đang mở ở thẻ khác');
    expect(await a.isVisible('#tab-lock')).toBe(false);
    // Typing in the read-only tab changes nothing.
    const before = await editorText(b);
    await typeAtNumber(b, '8');
    expect(await editorText(b)).toBe(before);
    // What A types, B shows.
    await typeAtNumber(a, '2');
    await expect.poll(() => editorText(b)).toContain('\nnumber: 1512\n');
    // B takes the document: A becomes read-only, B edits, A follows.
    await b.click('#take-over');
    await expect.poll(() => a.isVisible('#tab-lock')).toBe(true);
    await expect.poll(() => b.isVisible('#tab-lock')).toBe(false);
    await typeAtNumber(b, '4');
    await expect.poll(() => editorText(a)).toContain('\nnumber: 15124\n');
    await typeAtNumber(a, '0');
    expect(await editorText(a)).toContain('\nnumber: 15124\n');
    const docs = await stored(b);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.versions.at(-1)!.text).toContain('\nnumber: 15124\n');
    // B closes: A may edit again.
    await b.close();
    await expect.poll(() => a.isVisible('#tab-lock')).toBe(false);
    await typeAtNumber(a, '6');
    await expect.poll(async () => (await stored(a))[0]!.versions.at(-1)!.text).toContain('\nnumber: 151246\n');
    expect([...ea, ...eb]).toEqual([]);
    await context.close();
  });
});
