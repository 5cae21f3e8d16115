/**
 * Giving the main thread back between pieces of long work, so a widget's first drawing never
 * blocks the page (its input, its other scripts) for long: a phone's CPU turns one 60 ms task
 * into a quarter of a second of a page that does not answer. `scheduler.yield()` where the
 * browser has it (the rest of the work keeps its place ahead of other tasks), a macrotask
 * otherwise.
 */
type Scheduler = { yield?: () => Promise<void> };

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A time budget for one task: `spent()` is true once the work since the last yield took `ms`
 * or more, and `yield()` then gives the main thread back (doing nothing otherwise).
 */
export class TaskBudget {
  private start = performance.now();
  private held = false;

  constructor(public ms = 25) {}

  spent(): boolean {
    return !this.held && performance.now() - this.start >= this.ms;
  }

  /** Never spent until the current task ends: for work the browser's next step must find done (printing). */
  holdForThisTask(): void {
    this.held = true;
    setTimeout(() => (this.held = false));
  }

  async yield(): Promise<void> {
    if (!this.spent()) return;
    await yieldToMain();
    this.start = performance.now();
  }

  /** Yields whatever the time spent (between phases that each take a while). */
  async yieldNow(): Promise<void> {
    await yieldToMain();
    this.start = performance.now();
  }
}

/**
 * Resolves once the browser has had the chance to paint what changed so far (a task after the
 * next animation frame), or after `ms` where no frame comes (a hidden tab): work that can wait,
 * such as text around a drawing, then does not delay the drawing's own paint.
 */
export function afterNextPaint(ms = 100): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, ms);
  });
}
