#!/usr/bin/env node
/**
 * The README's pictures, taken from the demo with headless Chromium: the configurator (desktop,
 * light; phone, dark) and the article example. `npm run build` first; writes docs/images/*.png.
 * Each is one viewport (not the full page) at device scale 1, so the files stay small.
 */
import puppeteer from 'puppeteer-core';
import { mkdirSync, statSync } from 'node:fs';
import { startServer } from './serve.mjs';

const SHOTS = [
  { file: 'configurator-desktop.png', path: '/demo/configure.html?element=nordic-fact&lang=en', width: 1100, height: 760, scheme: 'light' },
  { file: 'configurator-map-desktop.png', path: '/demo/configure.html?element=nordic-migration-map&lang=sv', width: 900, height: 640, scheme: 'light' },
  { file: 'configurator-phone-dark.png', path: '/demo/configure.html?element=case-study-card&lang=nb', width: 390, height: 800, scheme: 'dark' },
  { file: 'article-desktop.png', path: '/demo/article.html?lang=en', width: 900, height: 760, scheme: 'light' },
];

const out = new URL('../docs/images/', import.meta.url);
mkdirSync(out, { recursive: true });
const { server, port } = await startServer({ rootDir: new URL('..', import.meta.url).pathname.replace(/\/$/, ''), listenPort: 0, quiet: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage', '--hide-scrollbars'],
});
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.scheme }]);
    await page.goto(`http://127.0.0.1:${port}${shot.path}`, { waitUntil: 'networkidle0' });
    if (shot.scrollTo) await page.$eval(shot.scrollTo, (element) => element.scrollIntoView({ block: 'start' }));
    // Every widget in view finished (no loading placeholder), then the fonts and a frame settle.
    await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.includes('-') && e.shadowRoot).every((w) => !w.shadowRoot.querySelector('.loading')), { timeout: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const file = new URL(shot.file, out);
    await page.screenshot({ path: file.pathname });
    console.log(`docs/images/${shot.file}: ${statSync(file).size.toLocaleString('en')} B`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
