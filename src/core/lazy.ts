/**
 * Lazy first render: a widget far below the fold waits until it approaches the viewport.
 * One IntersectionObserver serves every widget; printing renders everything at once.
 */
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

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

export function whenNearViewport(element: Element): Promise<void> {
  if (typeof IntersectionObserver === 'undefined') return Promise.resolve();
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => entries.forEach((entry) => entry.isIntersecting && release(entry.target)),
      { rootMargin: '400px 0px' },
    );
    window.addEventListener('beforeprint', releaseAll);
  }
  return new Promise((resolve) => {
    const previous = waiting.get(element);
    waiting.set(element, () => {
      previous?.();
      resolve();
    });
    observer!.observe(element);
  });
}

/** For printing from script (`window.print()` fires `beforeprint` too) and for tests. */
export function renderAllNow(): void {
  releaseAll();
}
