/**
 * Lazy first render: a widget far below the fold waits until it approaches the viewport.
 * One IntersectionObserver serves every widget; printing renders everything at once. Once the
 * page has loaded, the browser's idle time draws the widgets still waiting, one at a time, the
 * nearest first (`loading="auto"`), so a reader who jumps far down or a full-page screenshot finds
 * them drawn; `loading="lazy"` waits for the viewport only, `eager` does not wait.
 * A widget removed while it waits is only weakly held, so it can be collected; moved elsewhere
 * (removed and added again), it goes on waiting where it now is.
 */
export type Loading = 'auto' | 'lazy' | 'eager';

const waiting = new WeakMap<Element, () => void>();
/** The waiting widgets that are in the document (for printing). */
const connected = new Set<Element>();

function release(element: Element): void {
  const resolve = waiting.get(element);
  if (!resolve) return;
  waiting.delete(element);
  connected.delete(element);
  observer?.unobserve(element);
  resolve();
}

function releaseAll(): void {
  [...connected].forEach(release);
}

/** How far below (or above) the viewport a widget starts loading, in CSS pixels. */
const MARGIN = 400;

/**
 * The one observer, created when this module loads, on purpose: a callback created inside
 * {@link whenNearViewport} (even in a helper the minifier inlines there) shares its closure
 * context with `element`, and the page-long observer then kept the first widget and its Vega
 * view alive forever after removal (found by `npm run bench`, leak cycles).
 */
const observer: IntersectionObserver | undefined =
  typeof IntersectionObserver === 'undefined'
    ? undefined
    : new IntersectionObserver((entries) => entries.forEach((entry) => entry.isIntersecting && release(entry.target)), {
        rootMargin: `${MARGIN}px 0px`,
      });
// An observer means a browser window (none in Node, where the pure modules are tested).
if (observer) addEventListener('beforeprint', releaseAll);

/**
 * Whether `element` has a box within {@link MARGIN} of the viewport. The observer reports only
 * after the next frame has painted and a task has run; a widget near the viewport from the start
 * need not wait that long. Asked when a widget starts waiting (it joins the page, or its first
 * update asks), it costs one layout, the one the next frame needs anyway. A widget hidden by a
 * clipping ancestor may start a little earlier than the observer would let it.
 */
function isNear(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const laidOut = box.width > 0 || box.height > 0;
  return laidOut && box.bottom >= -MARGIN && box.top <= window.innerHeight + MARGIN && box.right >= 0 && box.left <= window.innerWidth;
}

/**
 * Idle-time drawing starts after `load`, in an idle period, when some widget still waits; its
 * code (idle-drawing.ts) loads only then, so a page whose widgets are all in view never fetches it.
 */
export const idleDrawing = { started: false };
function startIdleDrawing(): void {
  if (idleDrawing.started) return;
  idleDrawing.started = true;
  const begin = (): unknown =>
    whenIdle(() => (connected.size ? void import('./idle-drawing.js').then((module) => module.drawNextWhenIdle()) : (idleDrawing.started = false)));
  if (document.readyState === 'complete') begin();
  else addEventListener('load', begin, { once: true });
}

/** Runs `task` in the browser's next idle period (a plain task where there is none). */
export const whenIdle = (task: () => void): unknown => (window.requestIdleCallback ?? setTimeout)(task);

export { connected, release };

/** Resolves when `element` should draw, as its `loading` attribute says ({@link Loading}; default `auto`). */
export function whenNearViewport(element: Element): Promise<void> {
  const loading = element.getAttribute('loading');
  if (!observer || loading === 'eager') return Promise.resolve();
  if (loading !== 'lazy') startIdleDrawing();
  return new Promise((resolve) => {
    const previous = waiting.get(element);
    waiting.set(element, () => {
      previous?.();
      resolve();
    });
    // Asked after it left the page (its first update ran late): wait for it to come back.
    if (!element.isConnected) return;
    // Near already (a widget joining the page in view): its files start with its code, not a
    // frame and a task later.
    if (isNear(element)) return release(element);
    connected.add(element);
    observer.observe(element);
  });
}

/** Called when a widget leaves the document: stop watching it, keep its wait (weakly). */
export function pauseNearViewport(element: Element): void {
  if (!connected.delete(element)) return;
  observer?.unobserve(element);
}

/** Called when a widget enters the document: resume a wait it had. */
export function resumeNearViewport(element: Element): void {
  if (!waiting.has(element) || connected.has(element)) return;
  connected.add(element);
  observer?.observe(element);
}

/** For printing from script (`window.print()` fires `beforeprint` too) and for tests. */
export function renderAllNow(): void {
  releaseAll();
}
