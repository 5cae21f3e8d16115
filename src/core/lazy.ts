/**
 * Lazy first render: a widget far below the fold waits until it approaches the viewport.
 * One IntersectionObserver serves every widget; printing renders everything at once.
 * A widget removed while it waits is only weakly held, so it can be collected; moved elsewhere
 * (removed and added again), it goes on waiting where it now is.
 */
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
        rootMargin: '400px 0px',
      });
if (observer && typeof window !== 'undefined') window.addEventListener('beforeprint', releaseAll);

export function whenNearViewport(element: Element): Promise<void> {
  if (!observer) return Promise.resolve();
  return new Promise((resolve) => {
    const previous = waiting.get(element);
    waiting.set(element, () => {
      previous?.();
      resolve();
    });
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
