// Shared by the bench pages (not part of what is measured: only /dist/ files count as the
// library's bytes). Records every nordic-ready / nordic-error with its time on the page clock.
// Long tasks from the first script of the page on (the bench's total blocking time): this file is
// the first script of every page, so only the navigation's own work before it goes unseen.
window.__longTasks = [];
if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Total blocking time of the long tasks that started before `end` (ms on the page clock). */
window.__blockingTime = (end = Infinity) =>
  window.__longTasks.filter((task) => task.start < end).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);

/**
 * Resolves with the time (page clock) right after the first frame in which `test()` holds has
 * been painted: checked in each animation frame (before that frame's style, layout and paint),
 * timed in a task queued from there, which runs after the frame.
 */
window.__whenPainted = (test) =>
  new Promise((resolve) => {
    const check = () => {
      if (!test()) return requestAnimationFrame(check);
      // A task at the highest priority runs right after this frame, before the continuations of
      // a widget's own yields (scheduler.yield), which would hold a normal task back.
      const scheduler = window.scheduler;
      if (typeof scheduler?.postTask === 'function') return void scheduler.postTask(() => resolve(performance.now()), { priority: 'user-blocking' });
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(check);
  });

/** Resolves once no long task has ended for `quietMs` (or after `maxMs`), with that time. */
window.__whenQuiet = (quietMs, maxMs) =>
  new Promise((resolve) => {
    const started = performance.now();
    const tick = () => {
      const now = performance.now();
      const last = window.__longTasks.reduce((latest, task) => Math.max(latest, task.start + task.duration), 0);
      if (now - Math.max(last, started) >= quietMs || now - started >= maxMs) resolve(now);
      else setTimeout(tick, 100);
    };
    setTimeout(tick, 100);
  });

window.__events = [];
for (const type of ['nordic-ready', 'nordic-error']) {
  document.addEventListener(type, (event) => {
    const target = event.composedPath()[0];
    const root = target && target.shadowRoot;
    window.__events.push({
      type,
      tag: target && target.localName,
      id: target && target.id,
      t: performance.now(),
      // "Fully drawn": the drawing is in the DOM when the event fires.
      svgPaths: root ? root.querySelectorAll('svg path').length : 0,
      canvas: root ? root.querySelectorAll('canvas').length : 0,
      detail: type === 'nordic-error' ? event.detail : undefined,
    });
  });
}

/** Resolves with the first nordic-ready of `element` (rejects on its nordic-error). */
window.__whenReady = (element) =>
  new Promise((resolve, reject) => {
    element.addEventListener('nordic-ready', (event) => resolve(event), { once: true });
    element.addEventListener('nordic-error', (event) => reject(new Error(`nordic-error ${JSON.stringify(event.detail)}`)), { once: true });
  });

window.__params = new URLSearchParams(location.search);

// A page ends by setting window.__result (or __error). The bench learns of it from a console
// message instead of polling with an injected script: Playwright's script costs the page
// ~100 ms of main-thread compile while it is being measured.
for (const name of ['__result', '__error']) {
  let value;
  Object.defineProperty(window, name, {
    configurable: true,
    get: () => value,
    set: (next) => {
      value = next;
      console.debug('bench:done');
    },
  });
}

/** Loads the library's script-tag entry, or one element's entry with ?entry=<tag>. */
window.__loadLibrary = () => {
  const entry = window.__params.get('entry');
  const src = entry ? `/dist/elements/${entry}.js` : '/dist/nordic-integration-widgets.js';
  return import(src);
};

/** The page's requests as a waterfall relative to `t0` (ms): where a render waits on the network. */
window.__resources = (t0) =>
  performance.getEntriesByType('resource').map((entry) => ({
    file: entry.name.replace(location.origin, ''),
    start: Math.round(entry.startTime - t0),
    end: Math.round(entry.responseEnd - t0),
  }));
