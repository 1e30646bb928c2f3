import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { ROOT } from '../helpers.js';
import { all, openDocx, paragraphText } from '../render/docx-helpers.js';
import { haveChromium, startApp, type RunningApp } from './serve-app.js';

// The studio's duty and section forms (issue 22), driven in Debian's headless Chromium: through the
// forms alone a duty gets a spoken period and another a monthly recurrence, duties move within their
// list and to another section, a section is added and renamed — and the YAML (comments kept) and the
// DOCX show it. The plan is the team's own short example, opened as a file.
vi.setConfig({ expect: { poll: { timeout: 20_000 } } });

const PLAN = `# Kế hoạch phổ biến pháp luật năm 2026 của xã Minh Xuân (bản thử của nhóm)
schemaVersion: 2
issuer: { name: Ủy ban nhân dân xã Minh Xuân, headerLines: [ ỦY BAN NHÂN DÂN, XÃ MINH XUÂN ], abbreviation: UBND, place: Minh Xuân }
number: 12
date: "2026-01-15"
title: Phổ biến, giáo dục pháp luật năm 2026
agencies:
  cong-an-xa: { name: Công an xã, level: xa, kind: cong-an }
  tu-phap-xa: { name: Công chức Tư pháp - Hộ tịch, level: xa, kind: chuyen-mon }
  vks-tinh: { name: Viện kiểm sát nhân dân tỉnh, shortName: VKSND tỉnh, level: tinh, kind: to-tung }
body:
  - title: MỤC ĐÍCH, YÊU CẦU
    items:
      - Nâng cao hiểu biết pháp luật của Nhân dân trên địa bàn xã.
  - title: NHIỆM VỤ
    items:
      - tasks:
          tasks:
            # Tuyên truyền trên loa
            - id: loa
              lead: cong-an-xa
              text: Tuyên truyền trên hệ thống loa truyền thanh xã.
              time: { before: "2026-03-31" }
            - id: hoi-nghi
              lead: tu-phap-xa
              text: >-
                Tổ chức hội nghị phổ biến pháp luật
                cho cán bộ thôn.
              # hội trường Ủy ban
            - id: bao-cao
              lead: tu-phap-xa
              text: Báo cáo kết quả thực hiện về Ủy ban nhân dân xã.
  - title: TỔ CHỨC THỰC HIỆN
    items:
      - Công chức Tư pháp - Hộ tịch theo dõi, đôn đốc thực hiện Kế hoạch này.
signature: { authority: [ { type: TM, of: ỦY BAN NHÂN DÂN } ], titles: [ CHỦ TỊCH ], name: Nguyễn Văn Bình }
recipients:
  to:
    - { name: Thường trực Đảng ủy xã, purpose: để báo cáo }
  archive: VT, TP
`;

let url: string;
let browser: Browser;

/**
 * The one way these tests open the studio: a fresh page (its own storage), `yaml` opened as a file
 * through “Mở tệp”, and the page waited on until that plan is shown and valid.
 */
async function studioWith(yaml: string, name = 'ke-hoach-minh-xuan.yaml'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  // A first visit starts on the start screen: the file opens from its “Mở tệp YAML…”.
  await page.waitForSelector('#start-open');
  await page.setInputFiles('#start-open', { name, mimeType: 'application/yaml', buffer: Buffer.from(yaml) });
  await expect.poll(() => text(page), { message: errors.join('\n') }).toBe(yaml);
  await expect.poll(() => page.textContent('#counts')).toMatch(/^Hợp lệ: 3 nhiệm vụ, 3 cơ quan/);
  return { page, errors };
}

/** The shown document's whole YAML. */
const text = (page: Page) => page.evaluate(() => (globalThis as unknown as { kehoachStudio: { text(): string } }).kehoachStudio.text());
const status = (page: Page) => page.textContent('#status');

/** The serious and critical findings of axe-core on the page as it is. */
async function serious(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(`${ROOT}node_modules/axe-core/axe.min.js`, 'utf8'));
  return page.evaluate(async () => {
    const a = (window as unknown as { axe: { run(o: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await a.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe.skipIf(!haveChromium)('the studio’s duty and section forms in headless Chromium', () => {
  let app: RunningApp | undefined;
  beforeAll(async () => {
    app = await startApp(`${ROOT}packages/studio/vite.config.mjs`, 'kehoach-studio-forms-');
    url = app.url;
    browser = app.browser;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  test('a spoken period, a monthly recurrence, duties moved, a section added and renamed: through the forms alone, into the YAML and the DOCX', async () => {
    const { page, errors } = await studioWith(PLAN);
    await page.click('#tab-forms');
    await page.waitForSelector('#panel-forms:not([aria-busy])');
    await page.selectOption('#d-list', { label: 'NHIỆM VỤ' });

    // “quý III/2026” for the meeting: the printed words show beside the fields before saving.
    await page.selectOption('#d-task', '1');
    expect(await page.inputValue('#d-time-kind')).toBe('');
    await page.selectOption('#d-time-kind', 'within');
    expect(await page.isVisible('#d-period-unit')).toBe(true);
    expect(await page.isVisible('#d-date')).toBe(false);
    await page.selectOption('#d-period-unit', 'quarter');
    expect(await page.locator('#d-period-n option').allTextContents()).toEqual(['Quý I', 'Quý II', 'Quý III', 'Quý IV']);
    await page.selectOption('#d-period-n', '3');
    await page.fill('#d-period-year', '2026');
    await expect.poll(() => page.textContent('#d-time-words')).toBe('Trong quý III/2026');
    // And the court's prosecutors requested to take part (a body outside the commune's authority).
    await page.fill('#d-requested', 'vks-tinh');
    await page.click('#d-save');
    await expect.poll(() => status(page)).toBe('Đã ghi nhiệm vụ 2 của “NHIỆM VỤ”.');

    // A monthly report before the 25th.
    await page.selectOption('#d-task', '2');
    await page.selectOption('#d-time-kind', 'every');
    await page.selectOption('#d-every', 'month');
    expect(await page.isVisible('#d-weekday')).toBe(false);
    await page.fill('#d-day', '25');
    await expect.poll(() => page.textContent('#d-time-words')).toBe('Trước ngày 25 hằng tháng');
    await page.fill('#d-day', '32');
    await expect.poll(() => page.textContent('#d-time-words')).toBe('Ngày phải là số từ 1 đến 31.');
    await page.fill('#d-day', '25');
    await page.click('#d-save');
    await expect.poll(() => status(page)).toBe('Đã ghi nhiệm vụ 3 của “NHIỆM VỤ”.');
    let yaml = await text(page);
    expect(yaml).toContain('            - id: hoi-nghi\n              lead: tu-phap-xa\n              requested: vks-tinh\n              text: >-\n');
    expect(yaml).toContain('                cho cán bộ thôn.\n              time: { within: { quarter: 3, year: 2026 } }\n              # hội trường Ủy ban\n');
    expect(yaml).toContain('              text: Báo cáo kết quả thực hiện về Ủy ban nhân dân xã.\n              time: { every: month, day: 25 }\n');
    // Reopened in the form, the saved times show as the same fields.
    await page.selectOption('#d-task', '1');
    expect([await page.inputValue('#d-time-kind'), await page.inputValue('#d-period-unit'), await page.inputValue('#d-period-n'), await page.inputValue('#d-period-year')]).toEqual(['within', 'quarter', '3', '2026']);

    // The first duty one place down, by keyboard: the button keeps the focus, the status line says where it is.
    await page.selectOption('#d-task', '0');
    await page.focus('#d-down');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page)).toBe('Đã chuyển nhiệm vụ xuống: nay là nhiệm vụ 2 của “NHIỆM VỤ”.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('d-down');
    expect(await page.inputValue('#d-text')).toBe('Tuyên truyền trên hệ thống loa truyền thanh xã.');
    yaml = await text(page);
    expect(yaml).toContain('              time: { within: { quarter: 3, year: 2026 } }\n              # hội trường Ủy ban\n            # Tuyên truyền trên loa\n            - id: loa\n');

    // The report to the section that has no duties yet: one editor step (Ctrl+Z brings it back).
    await page.selectOption('#d-task', '2');
    expect(await page.inputValue('#d-text')).toBe('Báo cáo kết quả thực hiện về Ủy ban nhân dân xã.');
    const before = await text(page);
    await page.selectOption('#d-move-to', { label: 'TỔ CHỨC THỰC HIỆN (danh sách nhiệm vụ mới)' });
    await page.click('#d-move-go');
    await expect.poll(() => status(page)).toBe('Đã chuyển nhiệm vụ sang “TỔ CHỨC THỰC HIỆN” (Ctrl+Z để hoàn tác).');
    expect(await page.locator('#d-list option:checked').textContent()).toBe('TỔ CHỨC THỰC HIỆN');
    const moved = await text(page);
    expect(moved).toContain(
      '      - Công chức Tư pháp - Hộ tịch theo dõi, đôn đốc thực hiện Kế hoạch này.\n      - tasks:\n          tasks:\n            - id: bao-cao\n              lead: tu-phap-xa\n              text: Báo cáo kết quả thực hiện về Ủy ban nhân dân xã.\n              time: { every: month, day: 25 }\nsignature:',
    );
    await page.click('.cm-content');
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page)).toBe(before);
    await page.keyboard.press('Control+y');
    await expect.poll(() => text(page)).toBe(moved);

    // Sections: the one with duties cannot be deleted; a new one after it, renamed.
    await page.selectOption('#s-section', { label: 'NHIỆM VỤ (2 nhiệm vụ)' });
    await page.click('#s-delete');
    await expect.poll(() => status(page)).toBe('Mục “NHIỆM VỤ” còn 2 nhiệm vụ: chuyển các nhiệm vụ sang mục khác hoặc xóa chúng trước khi xóa mục.');
    expect(await text(page)).toBe(moved);
    await page.click('#s-add');
    await expect.poll(() => status(page)).toBe('Đã thêm mục “MỤC MỚI”: viết tiêu đề rồi bấm “Ghi tiêu đề”.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('s-title');
    await page.keyboard.type('KINH PHÍ THỰC HIỆN');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page)).toBe('Đã ghi tiêu đề mục “KINH PHÍ THỰC HIỆN”.');
    yaml = await text(page);
    expect(yaml).toContain('              time: { within: { quarter: 3, year: 2026 } }\n              # hội trường Ủy ban\n            # Tuyên truyền trên loa\n            - id: loa\n              lead: cong-an-xa\n              text: Tuyên truyền trên hệ thống loa truyền thanh xã.\n              time: { before: "2026-03-31" }\n  - title: KINH PHÍ THỰC HIỆN\n  - title: TỔ CHỨC THỰC HIỆN\n');
    expect(yaml.startsWith('# Kế hoạch phổ biến pháp luật năm 2026 của xã Minh Xuân (bản thử của nhóm)\n')).toBe(true);
    expect(await page.locator('#s-section option').allTextContents()).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NHIỆM VỤ (2 nhiệm vụ)', 'KINH PHÍ THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN (1 nhiệm vụ)']);
    expect(await serious(page)).toEqual([]);
    if (process.env.KEHOACH_SCREENSHOTS) await page.screenshot({ path: `${process.env.KEHOACH_SCREENSHOTS}/studio-forms.png`, fullPage: true });

    // The preview prints it; its section heading opens the section form.
    await page.click('#tab-preview');
    await expect.poll(() => page.textContent('#pages')).toContain('KINH PHÍ THỰC HIỆN');
    await page.locator('#pages [data-path="/body/2"]').first().click();
    await expect.poll(() => page.getAttribute('#tab-forms', 'aria-selected')).toBe('true');
    await expect.poll(() => page.inputValue('#s-title')).toBe('KINH PHÍ THỰC HIỆN');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('s-title');
    // And the outline's entries open theirs (F2 on the entry).
    await page.locator('#outline button[data-path="/body/1"]').focus();
    await page.keyboard.press('F2');
    await expect.poll(() => page.inputValue('#s-title')).toBe('NHIỆM VỤ');

    // The DOCX: the times in the printed words, the report under TỔ CHỨC THỰC HIỆN, the new section between.
    await expect.poll(() => page.textContent('#counts')).toMatch(/^Hợp lệ: 3 nhiệm vụ, 3 cơ quan/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="docx"]')]);
    const paragraphs = all(openDocx(readFileSync(await download.path())).document, 'p').map(paragraphText);
    const at = (s: string) => paragraphs.findIndex((p) => p.includes(s));
    expect(paragraphs[at('Tổ chức hội nghị phổ biến pháp luật')]).toMatch(/quý III\/2026/);
    expect(paragraphs[at('Tổ chức hội nghị phổ biến pháp luật')]).toMatch(/Viện kiểm sát nhân dân tỉnh|VKSND tỉnh/);
    expect(paragraphs[at('Báo cáo kết quả thực hiện về Ủy ban')]).toMatch(/[Tt]rước ngày 25 hằng tháng/);
    const order = ['NHIỆM VỤ', 'Tổ chức hội nghị phổ biến pháp luật', 'Tuyên truyền trên hệ thống loa', 'KINH PHÍ THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN', 'Báo cáo kết quả thực hiện về Ủy ban'].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(errors).toEqual([]);
  });
});
