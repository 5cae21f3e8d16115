/**
 * A page's first `Intl` formatter costs the main thread 40–150 ms (Chromium loads its locale
 * data then; a phone-class CPU takes four times as long): one long task, whenever it comes. Those
 * data are shared by the page's threads, so a worker that formats first takes the cost off the
 * main thread (measured at 4× CPU: the page's first NumberFormat 79–121 ms alone, 0.1–1 ms after
 * a worker's). Only the CDN build ships the worker file, beside data/, and a worker must come from
 * the page's own origin: elsewhere (a CDN on another origin, an app's bundle) the main thread pays
 * as before. One warm-up per page.
 */
import type { LangCode } from './data-types.js';
import { dataUrl } from './data-url.js';
import { intlLocales } from './format.js';

/** The worker file relative to the data folder; the CDN build sets it (rollup.config.ts). */
const WORKER_FILE = '' /* intl-worker-marker */;
/** A worker that has not answered by then is left (the widget formats anyway). */
const WAIT_MS = 2000;

let warmedUp: Promise<void> | undefined;

/** Resolves once `Intl` is ready for `lang` without a long task (at once where no worker can help). */
export function warmUpIntl(lang: LangCode): Promise<void> {
  warmedUp ??= new Promise<void>((resolve) => {
    const url = WORKER_FILE && dataUrl(WORKER_FILE);
    // The document's origin (`location` would say "null" in an about:srcdoc frame, which has its parent's).
    if (!url || typeof Worker === 'undefined' || new URL(url).origin !== self.origin) return resolve();
    try {
      const worker = new Worker(url);
      const done = (): void => {
        clearTimeout(timer);
        worker.terminate();
        resolve();
      };
      const timer = setTimeout(done, WAIT_MS);
      worker.onmessage = done;
      worker.onerror = done;
      worker.postMessage(intlLocales(lang));
    } catch {
      resolve();
    }
  });
  return warmedUp;
}
