/**
 * The one Vega loader: a single dynamic import shared by every widget on the page. Views are
 * CSP-safe (expressions compiled at build time, so no code is generated from strings) and inject no `<style>`
 * (we use neither vega-embed nor vega-tooltip at run time; tooltips are our own HTML).
 */
import type { Runtime, View } from 'vega';
import { diagnostics } from './diagnostics.js';
import { TaskBudget } from './yield.js';

type VegaRuntime = typeof import('./vega-runtime.js');

/**
 * How long a view's first run (its marks encoded, measured and laid out) goes on in one task
 * before it gives the main thread back (ms; `ms` can be changed, e.g. by tests).
 */
export const FIRST_RUN_BUDGET = new TaskBudget(30);
let runtime: Promise<VegaRuntime> | undefined;

export function loadVega(): Promise<VegaRuntime> {
  if (!runtime) {
    diagnostics.vegaLoads++;
    runtime = import('./vega-runtime.js').then((module) => {
      module.firstRun.budget ??= FIRST_RUN_BUDGET;
      return module;
    });
    runtime.catch(() => (runtime = undefined));
  }
  return runtime;
}

/**
 * Starts loading Vega without waiting for it: called when a widget that draws with Vega joins a
 * page, so the download and compile overlap the widget's first render and its wait for the
 * viewport (a widget far down the page still draws only when it comes near).
 */
export function preloadVega(): void {
  loadVega().catch(() => undefined);
}

export interface ViewOptions {
  renderer: 'svg' | 'canvas';
  /** Named datasets of the spec, inserted before the first run. */
  data?: Record<string, unknown[]>;
  /** Initial signal values. */
  signals?: Record<string, unknown>;
  /** Accessible description of the drawing (`aria-label` of the SVG). */
  description?: string;
  /** Number format definitions (d3-format locale) for axis labels. */
  numberLocale?: object;
}

/**
 * Draws a spec (already parsed at build time: a `*.vl.json` module) into `container` and
 * resolves once the first frame is rendered. Up to four tasks, each a fraction of what one would
 * block on a phone-class CPU: the caller's preparation; the view is built from the spec; its
 * dataflow runs (scales, axes, layout) with no renderer yet; then the renderer draws the finished
 * scene (a fast CPU that stays within the budget goes on without the pauses, each of which may
 * cost a frame).
 */
export async function createView(runtime: Runtime, container: HTMLElement, options: ViewOptions): Promise<View> {
  const vega = await loadVega();
  // Building the view from the spec is one piece of work (tens of milliseconds on a phone): not
  // on top of what the caller did in this task already (measuring, reading the theme's colours).
  await FIRST_RUN_BUDGET.yield();
  const view = new vega.View(runtime, {
    expr: vega.compiledExpressions,
    renderer: options.renderer,
    hover: false,
    logLevel: 1,
    // Vega reads `{ number }` definitions here (its typings say formatters).
    ...(options.numberLocale ? { locale: { number: options.numberLocale } as never } : {}),
  });
  diagnostics.liveViews++;
  try {
    for (const [name, values] of Object.entries(options.data ?? {})) view.data(name, values);
    for (const [name, value] of Object.entries(options.signals ?? {})) view.signal(name, value);
    if (options.description) view.description(options.description);
    await FIRST_RUN_BUDGET.yield();
    await view.runAsync();
    await FIRST_RUN_BUDGET.yield();
    view.initialize(container);
    await view.runAsync();
  } catch (error) {
    finalizeView(view);
    throw error;
  }
  return view;
}

const sameValue = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b;

/** Sets the signals whose value differs from the view's (a new but equal array is no change). */
export function setChangedSignals(view: View, signals: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(signals)) if (!sameValue(view.signal(name), value)) view.signal(name, value);
}

/**
 * Changes fields of tuples a view already holds (`[tuple, field, value]`), instead of replacing
 * the data set: Vega then re-encodes those items and keeps everything else, such as projected paths.
 */
export async function modifyTuples(view: View, dataset: string, changes: readonly (readonly [object, string, unknown])[]): Promise<void> {
  if (!changes.length) return;
  const vega = await loadVega();
  const changeset = vega.changeset();
  for (const [tuple, field, value] of changes) changeset.modify(tuple, field, value);
  view.change(dataset, changeset);
}

/** Adds tuples to a data set of a view (drawn at its next run). */
export async function insertTuples(view: View, dataset: string, tuples: readonly object[]): Promise<void> {
  if (!tuples.length) return;
  const vega = await loadVega();
  view.change(dataset, vega.changeset().insert(tuples as object[]));
}

/** Every SVG node a view drew, found through its scenegraph (wherever the element moved the SVG). */
function drawnNodes(view: View): Element[] {
  type Item = { _svg?: Element; items?: Item[] };
  const nodes: Element[] = [];
  const visit = (item: Item | undefined): void => {
    if (!item) return;
    if (item._svg) nodes.push(item._svg);
    item.items?.forEach(visit);
  };
  visit((view.scenegraph() as unknown as { root?: Item }).root);
  return nodes;
}

/** Stops a view's timers and listeners so nothing outlives its element. */
export function finalizeView(view: View | undefined): void {
  if (!view) return;
  view.finalize();
  // Vega's SVG renderer keeps the last node it drew in a module variable. From there the view
  // stayed reachable after removal (found by `npm run bench`, leak cycles) along two links that
  // finalize() leaves: drawn nodes point to their scene items (`__data__`), and the SVG
  // handler's own listeners (link and tooltip events) point to the view. Cut both; the drawing
  // stays on screen as it is.
  for (const node of drawnNodes(view)) {
    // A group's background, content and foreground children (and text spans) point to it too.
    for (const bound of [node, ...Array.from(node.children)]) delete (bound as Element & { __data__?: unknown }).__data__;
  }
  (view as unknown as { _handler?: { initialize?: (el: null) => void } })._handler?.initialize?.(null);
  diagnostics.liveViews--;
}
