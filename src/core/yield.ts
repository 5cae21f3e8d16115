/**
 * Giving the main thread back between pieces of long work, so a widget's first drawing never
 * blocks the page (its input, its other scripts) for long: a phone's CPU turns one 60 ms task
 * into a quarter of a second of a page that does not answer. `scheduler.yield()` where the
 * browser has it (the rest of the work keeps its place ahead of other tasks), a macrotask
 * otherwise.
 */
type Scheduler = { yield?: () => Promise<void> };

let taskStart: number | undefined;

/** Notes that a task begins now; a timer, which runs in a later task, ends the note. */
function startTask(): void {
  taskStart = performance.now();
  setTimeout(() => (taskStart = undefined));
}

/** When the current task began, as far as this module can tell: the end of a yield, or its first question in the task. */
function currentTaskStart(): number {
  if (taskStart === undefined) startTask();
  return taskStart!;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  const yielded = typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
  return yielded.then(startTask);
}

/**
 * A time budget for the current task: `spent()` is true once the task has run `ms` or more, and
 * `yield()` then gives the main thread back (doing nothing otherwise). On a fast CPU work that
 * fits the budget runs on without a pause (each pause may cost a frame), on a slow one it is cut
 * into tasks of about `ms`.
 */
export class TaskBudget {
  private held = false;

  constructor(public ms = 25) {}

  spent(): boolean {
    return !this.held && performance.now() - currentTaskStart() >= this.ms;
  }

  /** Never spent until the current task ends: for work the browser's next step must find done (printing). */
  holdForThisTask(): void {
    this.held = true;
    setTimeout(() => (this.held = false));
  }

  async yield(): Promise<void> {
    if (this.spent()) await yieldToMain();
  }

  /** Yields whatever the time spent (between phases that each take a while). */
  async yieldNow(): Promise<void> {
    await yieldToMain();
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
