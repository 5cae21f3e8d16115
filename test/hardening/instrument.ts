// Counts what a page holds on to: listeners on long-lived targets (window, document, <html>,
// <body>, media queries), pending timers and frames, observed elements. Patched on the test
// page only, restored by `restore()`.

type Restore = () => void;

export interface Held {
  listeners: number;
  timers: number;
  frames: number;
  observed: number;
  /** What the listeners are, for a readable failure. */
  listenerKeys: string[];
  /** Observer kind → observed element names. */
  observedKeys: string[];
}

export function instrument(): { held(): Held; restore: Restore } {
  const restores: Restore[] = [];
  const patch = <T extends object, K extends keyof T>(target: T, key: K, make: (original: T[K]) => T[K]): void => {
    const original = target[key];
    target[key] = make(original);
    restores.push(() => (target[key] = original));
  };

  const longLived = (target: EventTarget): string | undefined =>
    target === window ? 'window' : target === document ? 'document' : target === document.documentElement ? 'html' : target === document.body ? 'body' : target instanceof MediaQueryList ? `media ${target.media}` : undefined;
  const listeners = new Map<string, number>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const keyOf = (target: EventTarget, type: string, listener: unknown, options: unknown): string | undefined => {
    const where = longLived(target);
    if (!where || !listener) return undefined;
    const capture = typeof options === 'boolean' ? options : !!(options as AddEventListenerOptions | undefined)?.capture;
    let id = ids.get(listener as object);
    if (id === undefined) ids.set(listener as object, (id = nextId++));
    return `${where} ${type} #${id}${capture ? ' capture' : ''}`;
  };
  patch(EventTarget.prototype, 'addEventListener', (original) =>
    function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      // A bare `addEventListener()` call (the global's own) comes with no `this`: it is the window's.
      const key = keyOf(this ?? window, type, listener, options);
      if (key && !(typeof options === 'object' && options.once)) listeners.set(key, 1);
      return original.call(this, type, listener, options);
    },
  );
  patch(EventTarget.prototype, 'removeEventListener', (original) =>
    function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      const key = keyOf(this ?? window, type, listener, options);
      if (key) listeners.delete(key);
      return original.call(this, type, listener, options);
    },
  );

  const timers = new Set<number>();
  patch(window, 'setTimeout', (original) =>
    ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id: number = original(
        (...a: unknown[]) => {
          timers.delete(id);
          if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
        },
        ms,
        ...args,
      );
      timers.add(id);
      return id;
    }) as typeof setTimeout,
  );
  patch(window, 'clearTimeout', (original) => ((id?: number) => (timers.delete(id!), original(id))) as typeof clearTimeout);
  const intervals = new Set<number>();
  patch(window, 'setInterval', (original) => ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = original(handler, ms, ...args);
    intervals.add(id);
    return id;
  }) as typeof setInterval);
  patch(window, 'clearInterval', (original) => ((id?: number) => (intervals.delete(id!), original(id))) as typeof clearInterval);
  const frames = new Set<number>();
  patch(window, 'requestAnimationFrame', (original) => ((callback: FrameRequestCallback) => {
    const id: number = original((time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  }) as typeof requestAnimationFrame);
  patch(window, 'cancelAnimationFrame', (original) => ((id: number) => (frames.delete(id), original(id))) as typeof cancelAnimationFrame);

  // Observed elements per observer; an observer's targets count while it is not disconnected.
  const observed = new Map<object, Set<Node>>();
  for (const Observer of [ResizeObserver, IntersectionObserver, MutationObserver] as unknown as { prototype: Record<string, unknown> }[]) {
    const proto = Observer.prototype as { observe(target: Node): void; unobserve?(target: Node): void; disconnect(): void };
    patch(proto, 'observe', (original) => function (this: object, target: Node, ...rest: unknown[]) {
      (observed.get(this) ?? observed.set(this, new Set()).get(this)!).add(target);
      return (original as (...a: unknown[]) => void).call(this, target, ...rest);
    });
    if (proto.unobserve) patch(proto, 'unobserve', (original) => function (this: object, target: Node) {
      observed.get(this)?.delete(target);
      return (original as (t: Node) => void).call(this, target);
    });
    patch(proto, 'disconnect', (original) => function (this: object) {
      observed.delete(this);
      return (original as () => void).call(this);
    });
  }

  return {
    held: () => ({
      listeners: listeners.size,
      timers: timers.size + intervals.size,
      frames: frames.size,
      observed: [...observed.values()].reduce((n, set) => n + set.size, 0),
      listenerKeys: [...listeners.keys()],
      observedKeys: [...observed].flatMap(([observer, set]) => [...set].map((node) => `${observer.constructor.name} ${(node as Element).localName ?? node.nodeName}${node.isConnected ? '' : ' (removed)'}`)),
    }),
    restore: () => restores.reverse().forEach((undo) => undo()),
  };
}
