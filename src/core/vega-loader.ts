/**
 * The one Vega loader: a single dynamic import shared by every widget on the page. Views are
 * CSP-safe (Vega's expression interpreter: no eval or `new Function`) and inject no `<style>`
 * (we use neither vega-embed nor vega-tooltip at run time; tooltips are our own HTML).
 */
import type { Spec, View } from 'vega';
import { diagnostics } from './diagnostics.js';

type VegaRuntime = typeof import('./vega-runtime.js');
let runtime: Promise<VegaRuntime> | undefined;

export function loadVega(): Promise<VegaRuntime> {
  if (!runtime) {
    diagnostics.vegaLoads++;
    runtime = import('./vega-runtime.js');
    runtime.catch(() => (runtime = undefined));
  }
  return runtime;
}

export interface ViewOptions {
  renderer: 'svg' | 'canvas';
  /** Named datasets of the spec, inserted before the first run. */
  data?: Record<string, unknown[]>;
  /** Initial signal values. */
  signals?: Record<string, unknown>;
  /** Accessible description of the drawing (`aria-label` of the SVG). */
  description?: string;
}

/** Parses `spec`, draws it into `container` and resolves once the first frame is rendered. */
export async function createView(spec: Spec, container: HTMLElement, options: ViewOptions): Promise<View> {
  const vega = await loadVega();
  const parsed = vega.parse(spec, undefined, { ast: true });
  const view = new vega.View(parsed, {
    expr: vega.expressionInterpreter,
    renderer: options.renderer,
    container,
    hover: false,
    logLevel: 1,
  });
  diagnostics.liveViews++;
  for (const [name, values] of Object.entries(options.data ?? {})) view.data(name, values);
  for (const [name, value] of Object.entries(options.signals ?? {})) view.signal(name, value);
  if (options.description) view.description(options.description);
  await view.runAsync();
  return view;
}

/** Stops a view's timers and listeners so nothing outlives its element. */
export function finalizeView(view: View | undefined): void {
  if (!view) return;
  view.finalize();
  diagnostics.liveViews--;
}
