/**
 * A page's first `Intl` formatter costs the main thread 40–150 ms (Chromium loads its locale
 * data then; a phone-class CPU takes four times as long): one long task, whenever it comes. Those
 * data are shared by the page's threads, and the costly part is the same for every language, so a
 * worker that formats once first takes the cost off the main thread (measured at 4× CPU: the page's
 * first NumberFormat 79–180 ms alone, 0.1–7 ms after a worker's, whether the worker used the same
 * language or the browser's default). Only the CDN build ships the worker file, and a worker must
 * come from the page's own origin: elsewhere (a CDN on another origin, an app's bundle) the main
 * thread pays as before. One warm-up per page, started as early as a map's or chart's entry runs.
 *
 * No imports: the CDN build keeps this module in a chunk of its own beside the worker file, so an
 * element's entry can start it before the element's code has arrived.
 */

/** The worker's address; the CDN build sets it (rollup.config.ts), the npm build has none. */
const WORKER_URL = '' /* intl-worker-marker */;
/** A worker that has not answered by then is left (the widget formats anyway). */
const WAIT_MS = 2000;

let warmedUp: Promise<void> | undefined;

/** Resolves once `Intl` can be used without a long task (at once where no worker can help). */
export function warmUpIntl(): Promise<void> {
  warmedUp ??= new Promise<void>((resolve) => {
    // The document's origin (`location` would say "null" in an about:srcdoc frame, which has its parent's).
    if (!WORKER_URL || typeof Worker === 'undefined' || new URL(WORKER_URL).origin !== self.origin) return resolve();
    try {
      const worker = new Worker(WORKER_URL);
      const done = (): void => {
        clearTimeout(timer);
        worker.terminate();
        resolve();
      };
      const timer = setTimeout(done, WAIT_MS);
      worker.onmessage = done;
      worker.onerror = done;
      worker.postMessage([]);
    } catch {
      resolve();
    }
  });
  return warmedUp;
}
