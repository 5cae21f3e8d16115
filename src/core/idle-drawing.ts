/**
 * Idle-time drawing (started by lazy.ts): release the waiting widget nearest the middle of the
 * viewport, wait until it is ready or has failed (at most 5 s, for one that never says), then, in
 * the next idle period, the next. One at a time, so a reader's scrolling and input come first.
 * Not on connections that ask to save data.
 */
import { connected, idleDrawing, release, whenIdle } from './lazy.js';

/** Longest wait for one widget before idle time moves on to the next. */
const WIDGET_TIMEOUT_MS = 5000;

/** The waiting widgets idle time may draw: `loading="auto"`, with a box (display: none could not lay itself out). */
function candidates(): Element[] {
  if ((navigator as { connection?: { saveData?: boolean } }).connection?.saveData) return [];
  return [...connected].filter((element) => element.getAttribute('loading') !== 'lazy' && element.getClientRects().length);
}

export function drawNextWhenIdle(): void {
  const waiting = candidates();
  if (!waiting.length) {
    idleDrawing.started = false; // a widget added later starts it again
    return;
  }
  const distance = (element: Element): number => Math.abs(element.getBoundingClientRect().top - innerHeight / 2);
  const nearest = waiting.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  new Promise((done) => {
    nearest.addEventListener('nordic-ready', done, { once: true });
    nearest.addEventListener('nordic-error', done, { once: true });
    setTimeout(done, WIDGET_TIMEOUT_MS);
    release(nearest);
  }).then(() => whenIdle(drawNextWhenIdle));
}
