#!/usr/bin/env node
/**
 * Screenshots of a page as readers see it: desktop (1280 px) and phone (390 px), light and dark,
 * in the languages asked for. `node scripts/screenshots.mjs URL OUTDIR [lang ...]` (default: en sv).
 * Needs the page served (npm start) and Chromium (CHROME_PATH or /usr/bin/chromium).
 * Waits until every widget on the page is ready (or has reported an error). With SHOT_SELECTOR
 * (e.g. `#migration-map`), each matching element is shot on its own instead of the full page.
 */
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [url, out = 'test/.screenshots', ...langs] = process.argv.slice(2);
if (!url) throw new Error('usage: node scripts/screenshots.mjs URL [OUTDIR] [lang ...]');
mkdirSync(out, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
try {
  for (const lang of langs.length ? langs : ['en', 'sv']) {
    for (const [device, width] of [['desktop', 1280], ['phone', 390]]) {
      for (const scheme of ['light', 'dark']) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        // Each widget says when it has drawn (nordic-ready) or given up (nordic-error).
        await page.evaluateOnNewDocument(() => {
          window.__nordicDone = new WeakSet();
          for (const type of ['nordic-ready', 'nordic-error']) addEventListener(type, (event) => window.__nordicDone.add(event.composedPath()[0]), true);
        });
        const address = new URL(url);
        address.searchParams.set('lang', lang);
        await page.goto(address.href, { waitUntil: 'load' });
        // No scrolling: widgets far below the fold are drawn in idle time after load (loading="auto"),
        // as in any full-page screenshot a reader or a tool takes.
        await page.waitForFunction(() => {
          const widgets = [...document.querySelectorAll('*')].filter((e) => /^(nordic-|case-study-)/.test(e.localName));
          return widgets.every((w) => window.__nordicDone.has(w));
        }, { timeout: 60000 }).catch(() => console.warn(`${lang} ${device} ${scheme}: some widgets not drawn`));
        await new Promise((r) => setTimeout(r, 1500));
        const selector = process.env.SHOT_SELECTOR;
        const targets = selector ? await page.$$(selector) : [null];
        for (const [i, target] of targets.entries()) {
          const file = join(out, `${lang}-${device}-${scheme}${selector ? `-${i}` : ''}.png`);
          if (target) {
            // Widgets left while drawing wait to be seen again: bring this one into view and let it finish.
            await target.evaluate((e) => e.scrollIntoView());
            await page.waitForFunction((e) => [...e.querySelectorAll('*')].filter((w) => w.localName.includes('-') && w.shadowRoot)
              .every((w) => !w.shadowRoot.querySelector('.loading')), { timeout: 30000 }, target).catch(() => console.warn(`${file}: some widgets still loading`));
            await new Promise((r) => setTimeout(r, 1000));
            await target.screenshot({ path: file });
          }
          else await page.screenshot({ path: file, fullPage: true });
          console.log(file);
        }
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
