/**
 * Lazy first render: a widget far below the fold waits until it approaches the viewport.
 * One IntersectionObserver serves every widget; printing renders everything at once.
 */
const waiting = new Map<Element, () => void>();

function release(element: Element): void {
  const resolve = waiting.get(element);
  if (!resolve) return;
  waiting.delete(element);
  observer?.unobserve(element);
  resolve();
}

function releaseAll(): void {
  [...waiting.keys()].forEach(release);
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
    observer.observe(element);
  });
}

/** For printing from script (`window.print()` fires `beforeprint` too) and for tests. */
export function renderAllNow(): void {
  releaseAll();
}
