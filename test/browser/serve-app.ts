import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';

/** Debian's Chromium (installed by .ci/run); the browser tests are skipped without it, except in CI. */
export const CHROMIUM = process.env.KEHOACH_CHROMIUM ?? '/usr/bin/chromium';
export const haveChromium = spawnSync(CHROMIUM, ['--version']).status === 0;
if (!haveChromium && process.env.CI) throw new Error(`CI needs Chromium at ${CHROMIUM} (installed by .ci/run)`);

/** A built page served on loopback, and the headless Chromium that drives it. */
export interface RunningApp {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Builds a Vite app into a temporary folder, serves it as static files on 127.0.0.1 (a random
 * port; no path leaves the folder) and launches headless Chromium with the flags this machine needs
 * (no background networking: the network is closed here).
 */
export async function startApp(viteConfig: string, prefix: string): Promise<RunningApp> {
  const out = mkdtempSync(join(tmpdir(), prefix));
  await build({ configFile: viteConfig, build: { outDir: out, emptyOutDir: true }, logLevel: 'silent' });
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(out, path === '/' || path === '\\' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/**
 * Opens the studio at `url` as a clerk does: a first visit starts on the start screen, where the
 * example is opened (the Tuyên Quang plan unless another is named); a browser that keeps documents
 * from an earlier visit opens them at once, without the start screen.
 */
export async function openStudio(page: Page, url: string, example = 'tuyen-quang-2025-30-7'): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.screen === 'studio' || !!document.querySelector('#start [data-example]'));
  if (await page.evaluate(() => document.body.dataset.screen === 'start')) await page.click(`#start [data-example="${example}"]`);
}
