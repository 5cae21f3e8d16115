/**
 * The browser side of the benchmark: one Chromium (the system one, found like the tests find
 * it), a fresh context (own cache, own storage) for every sample, and a network log per page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

export async function launch() {
  return chromium.launch({
    executablePath: findChrome(),
    headless: true,
    // --enable-precise-memory-info: performance.memory without bucketing (we read CDP heap usage anyway).
    args: [...CHROME_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
}

/**
 * Runs `fn(page, net, cdp)` in a new browser context and closes it. `net.requests` lists every
 * finished request (url, path, type, status).
 */
export async function inFreshContext(browser, fn, { viewport = { width: 1200, height: 900 }, deviceScaleFactor = 1 } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor, reducedMotion: 'no-preference' });
  const page = await context.newPage();
  const net = { requests: [], failed: [] };
  page.on('requestfinished', async (request) => {
    const response = await request.response().catch(() => null);
    const url = new URL(request.url());
    net.requests.push({ url: request.url(), path: url.pathname, type: request.resourceType(), status: response?.status() ?? 0 });
  });
  page.on('requestfailed', (request) => net.failed.push({ url: request.url(), error: request.failure()?.errorText }));
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`);
  });
  try {
    const cdp = await context.newCDPSession(page);
    return await fn(page, net, cdp, pageErrors);
  } finally {
    await context.close();
  }
}

const gzipCache = new Map();
/** Gzip size (zlib level 9: what a build step pre-compresses) of a served file. */
export function gzipBytes(siteDir, path) {
  const file = join(siteDir, decodeURIComponent(path));
  if (!gzipCache.has(file)) {
    const raw = readFileSync(file);
    gzipCache.set(file, { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length });
  }
  return gzipCache.get(file);
}

/** Sum of the library's JS (script requests under /dist/) and data (under /dist/data/) a page fetched. */
export function pageBytes(siteDir, net) {
  const seen = new Set();
  const js = [];
  const data = [];
  for (const request of net.requests) {
    if (seen.has(request.path) || request.status !== 200) continue;
    seen.add(request.path);
    if (!request.path.startsWith('/dist/')) continue;
    const size = { path: request.path, ...gzipBytes(siteDir, request.path) };
    if (request.path.startsWith('/dist/data/')) data.push(size);
    else if (request.path.endsWith('.js')) js.push(size);
  }
  const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
  return { jsGzip: sum(js, 'gzip'), jsRaw: sum(js, 'raw'), dataGzip: sum(data, 'gzip'), dataRaw: sum(data, 'raw'), js, data };
}

/** Forces a full garbage collection and returns the used JS heap in bytes. */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
